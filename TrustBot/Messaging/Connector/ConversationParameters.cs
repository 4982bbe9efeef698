using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Messaging.Connector;

/// <summary>Body of <c>POST v3/conversations</c> (start a proactive conversation).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    public Activity? Activity { get; set; }

    public JsonNode? ChannelData { get; set; }
}
