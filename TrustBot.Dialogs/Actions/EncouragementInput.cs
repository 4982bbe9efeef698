namespace TrustBot.Dialogs.Actions;

/// <summary>What the person did in this check-in; everything optional because every step can be skipped.</summary>
/// <param name="Feeling">The feeling word as shown (catalogue title or their own word), or null.</param>
/// <param name="Thought">The automatic thought they wrote, or null when skipped.</param>
/// <param name="CheckedEvidence">True when they answered at least one evidence question.</param>
/// <param name="ActionId">The chosen action id (ActionCatalog), "own-idea", or null.</param>
/// <param name="IntensityBefore">The first 0-10 rating, or null.</param>
/// <param name="IntensityAfter">The closing 0-10 rating, or null.</param>
public sealed record EncouragementInput(
    string? Feeling = null,
    string? Thought = null,
    bool CheckedEvidence = false,
    string? ActionId = null,
    int? IntensityBefore = null,
    int? IntensityAfter = null);
