using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// One safety event for the audit trail: what fired, what was offered, what the person chose.
/// Never the message text.
/// </summary>
/// <param name="At">When it happened (UTC).</param>
/// <param name="ChannelId">The channel.</param>
/// <param name="UserId">The person, so their records can be exported and deleted with the rest of their data.</param>
/// <param name="Event">crisis, distress, answer or resources.</param>
/// <param name="Decision">The detector's decision, or the distress signal.</param>
/// <param name="Category">The risk category, when there is one.</param>
/// <param name="RuleId">The rule that fired.</param>
/// <param name="Offered">What the bot offered (e.g. crisis-lines, are-you-safe, grounding, therapist).</param>
/// <param name="Choice">What the person chose in answer, when this record is an answer.</param>
public sealed record SafetyAuditRecord(
    DateTimeOffset At,
    string ChannelId,
    string UserId,
    string Event,
    string? Decision,
    string? Category,
    string? RuleId,
    string? Offered,
    string? Choice)
{
    /// <summary>The person's answer to something the safety layer asked or offered.</summary>
    public static SafetyAuditRecord Answer(ITurnContext turn, string choice) =>
        new(turn.Time.GetUtcNow(), turn.Activity.ChannelId ?? string.Empty, turn.Activity.From?.Id ?? string.Empty, "answer", null, null, null, null, choice);
}
