namespace TrustBot.Dialogs.CheckIn;

/// <summary>What <see cref="OwnWordsDialog"/> ends with: the person's own words, or null when they skipped.</summary>
public sealed record OwnWords(string? Text);
