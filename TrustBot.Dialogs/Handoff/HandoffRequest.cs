using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// One person's request to talk to a therapist. <see cref="Summary"/> is set only when they agreed to
/// share it, and holds exactly the text they were shown.
/// </summary>
public sealed record HandoffRequest
{
    /// <summary>Random, unguessable: the console addresses requests by it, never by anything about the person.</summary>
    public required string Id { get; init; }

    public required string ChannelId { get; init; }

    public required string UserId { get; init; }

    /// <summary>Where the therapist's messages go (the bot's proactive path).</summary>
    public required ConversationReference Reference { get; init; }

    public required HandoffUrgency Urgency { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public HandoffStatus Status { get; init; } = HandoffStatus.Waiting;

    public string? Summary { get; init; }

    /// <summary>The console therapist's id, or <see cref="HubStaffId"/> when an agent hub accepted.</summary>
    public string? StaffId { get; init; }

    /// <summary>Sent to an agent hub (hub mode): the console neither lists nor accepts it.</summary>
    public bool ViaHub { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Who accepted a hub request, in the request and the audit trail (the hub names no agent to the bot).</summary>
    public const string HubStaffId = "agent-hub";

    public bool IsOpen => Status is HandoffStatus.Waiting or HandoffStatus.Live;

    /// <summary>Queue order: a crisis first, then distress, then routine; within one urgency the longest wait first.</summary>
    public static IOrderedEnumerable<HandoffRequest> InQueueOrder(IEnumerable<HandoffRequest> requests) =>
        requests.OrderByDescending(r => r.Urgency).ThenBy(r => r.RequestedAt).ThenBy(r => r.Id, StringComparer.Ordinal);
}
