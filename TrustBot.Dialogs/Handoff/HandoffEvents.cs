using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// The standard handoff events (protocol.md section f): <c>handoff.initiate</c> shaped as the SDK's
/// <c>EventFactory.CreateHandoffInitiation</c> builds it, and the state of an inbound <c>handoff.status</c>.
/// </summary>
public static class HandoffEvents
{
    public const string Initiate = "handoff.initiate";
    public const string Status = "handoff.status";
    public const string TranscriptName = "Transcript";

    public const string Accepted = "accepted";
    public const string Failed = "failed";
    public const string Completed = "completed";

    /// <summary>
    /// The initiation for the person's <paramref name="incoming"/> message: from the person (as the SDK sets
    /// it), relating to that message, <paramref name="context"/> as the hub's routing value and the
    /// transcript as an <c>application/json</c> attachment named <c>Transcript</c>.
    /// </summary>
    public static Activity CreateInitiation(Activity incoming, JsonObject context, IReadOnlyList<Activity> transcript, DateTimeOffset now) => new()
    {
        Type = ActivityTypes.Event,
        Name = Initiate,
        Id = Guid.NewGuid().ToString(),
        Timestamp = now,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = incoming.Conversation,
        From = incoming.From,
        Recipient = incoming.Recipient,
        RelatesTo = incoming.GetConversationReference(),
        ReplyToId = incoming.Id,
        Value = context,
        Attachments =
        [
            new Attachment
            {
                ContentType = ContentTypes.Json,
                Name = TranscriptName,
                Content = new JsonObject { ["activities"] = JsonSerializer.SerializeToNode(transcript, ProtocolJson.Options) },
            },
        ],
    };

    /// <summary>The <c>value.state</c> of a <c>handoff.status</c>, lower-case; null when it has none.</summary>
    public static string? ReadState(Activity activity) =>
        activity.Value is JsonObject value && value["state"] is JsonValue state && state.TryGetValue<string>(out var text)
            ? text.Trim().ToLowerInvariant()
            : null;
}
