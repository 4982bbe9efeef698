namespace TrustBot.WebChat;

/// <summary>What the page sends: its stable random user id and, to resume, the conversation it had.</summary>
public sealed class WebChatTokenRequest
{
    public string? UserId { get; set; }

    public string? ConversationId { get; set; }
}
