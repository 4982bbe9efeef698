namespace TrustBot.Dialogs.Safety;

/// <summary>
/// A message prepared for rule matching: sentences in a canonical form (lower case, Latin diacritics
/// folded, digit/symbol look-alikes restored, spaced letters joined, stretched letters squeezed,
/// common misspellings of key words corrected) each padded with one space on both sides, plus the
/// risk emoji that were present.
/// </summary>
internal sealed record NormalizedText(IReadOnlyList<string> Sentences, RiskEmoji Emoji, int WordCount);
