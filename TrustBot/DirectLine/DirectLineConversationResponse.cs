using System.Text.Json.Serialization;

namespace TrustBot.DirectLine;

/// <summary>Direct Line's Conversation object. GOTCHA: <c>expires_in</c> is snake_case on the wire.</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);
