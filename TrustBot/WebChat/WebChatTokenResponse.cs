using System.Text.Json.Serialization;

namespace TrustBot.WebChat;

/// <summary>
/// What the page gets: a Direct Line token, the conversation it is bound to, the user id the bot will
/// see (<c>dl_…</c>), its lifetime, and the Direct Line base URL to give the widget.
/// </summary>
public sealed record WebChatTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string? ConversationId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("domain")] string Domain);
