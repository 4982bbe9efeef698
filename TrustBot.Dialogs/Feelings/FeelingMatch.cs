namespace TrustBot.Dialogs.Feelings;

/// <summary>What <see cref="FeelingMatcher"/> found in free text.</summary>
/// <param name="Words">Matched catalogue words, de-duplicated, in the order the person wrote them.</param>
/// <param name="Negated">Words the person explicitly ruled out ("not angry"); never part of <see cref="Words"/>.</param>
/// <param name="OwnWords">The person's own text (trimmed, at most 80 characters) when nothing matched; otherwise null.</param>
public sealed record FeelingMatch(IReadOnlyList<FeelingWord> Words, IReadOnlyList<FeelingWord> Negated, string? OwnWords)
{
    /// <summary>True when at least one catalogue word matched.</summary>
    public bool IsMatch => Words.Count > 0;

    /// <summary>The core of the first matched word, or null.</summary>
    public FeelingCore? PrimaryCore => Words.Count > 0 ? Words[0].Core : null;
}
