using System.Text.Json.Nodes;

namespace TrustBot.Dialogs.Engine;

/// <summary>One inbound activity a conversation has fully processed, with its invoke response to replay to a retry.</summary>
public sealed class ProcessedActivity
{
    public string Id { get; set; } = string.Empty;

    public DateTimeOffset ProcessedAt { get; set; }

    public int? InvokeStatus { get; set; }

    public JsonNode? InvokeBody { get; set; }
}
