namespace TrustBot.Dialogs.Scheduling;

/// <summary>What actually happened with a planned small action: kept with that check-in's id.</summary>
public sealed record FollowUpOutcome(
    string ChannelId,
    string UserId,
    string CheckInId,
    string Result,
    string? Noticed,
    int? Trust,
    DateTimeOffset RecordedAt)
{
    public const string DidIt = "did-it";
    public const string Partly = "partly";
    public const string NotYet = "not-yet";
    public const string ChangedMind = "changed-mind";
}
