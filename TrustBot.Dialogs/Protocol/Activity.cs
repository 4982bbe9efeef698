using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TrustBot.Dialogs.Protocol;

/// <summary>
/// A Bot Framework activity (schema v3.1). Enum-like fields are open strings because channels add
/// values over time; channel-specific payloads stay raw JSON; unknown fields round-trip through
/// <see cref="ExtensionData"/>.
/// </summary>
public sealed class Activity
{
    /// <summary>The activity type, e.g. <c>message</c>; see <see cref="ActivityTypes"/>.</summary>
    public string? Type { get; set; }

    public string? Id { get; set; }

    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The sender's local time, keeping the sender's offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>IANA time zone name of the sender, e.g. <c>Europe/London</c>.</summary>
    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public string? TopicName { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    /// <summary>Wire values are <c>acceptingInput</c>, <c>expectingInput</c>, <c>ignoringInput</c>.</summary>
    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<JsonObject>? Entities { get; set; }

    public JsonNode? ChannelData { get; set; }

    /// <summary><c>add</c>/<c>remove</c> (+ Teams <c>-upgrade</c> forms) on installationUpdate.</summary>
    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public string? Label { get; set; }

    public string? ValueType { get; set; }

    public JsonNode? Value { get; set; }

    /// <summary>Event or invoke name.</summary>
    public string? Name { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    /// <summary>endOfConversation code.</summary>
    public string? Code { get; set; }

    public DateTimeOffset? Expiration { get; set; }

    public string? Importance { get; set; }

    /// <summary><c>normal</c>, <c>notification</c>, <c>ephemeral</c> or <c>expectReplies</c>.</summary>
    public string? DeliveryMode { get; set; }

    /// <summary>Set by the bot after authentication, never trusted from the wire.</summary>
    public string? CallerId { get; set; }

    /// <summary>Fields this model does not name, kept so they round-trip unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
