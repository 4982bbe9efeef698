namespace TrustBot.Dialogs.Triggers;

/// <summary>What <see cref="TriggerMatcher"/> found in free text.</summary>
/// <param name="TriggerId">The best-fitting trigger id, or null when nothing fitted.</param>
/// <param name="WhoId">A who id the text names ("mom" -> family), or null.</param>
/// <param name="OwnWords">The person's own text (trimmed, at most 120 characters) when no trigger fitted.</param>
/// <param name="MayBeControllingBehaviour">
/// True when the text describes someone monitoring, isolating or threatening the person (reading their
/// messages, tracking them, not letting them see family). These are possible signs of abuse, not trust
/// triggers: the caller should hand over to the safety layer instead of offering a trust exercise.
/// </param>
public sealed record TriggerMatch(string? TriggerId, string? WhoId, string? OwnWords, bool MayBeControllingBehaviour)
{
    /// <summary>True when a catalogue trigger fitted.</summary>
    public bool IsMatch => TriggerId is not null;
}
