namespace TrustBot.DirectLine;

/// <summary>The bot wrote to a Direct Line conversation that no longer exists (deleted by the person or by retention).</summary>
public sealed class DirectLineConversationNotFoundException : Exception
{
    public DirectLineConversationNotFoundException()
    {
    }

    public DirectLineConversationNotFoundException(string conversationId)
        : base("The Direct Line conversation no longer exists.")
    {
        ConversationId = conversationId;
    }

    public DirectLineConversationNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? ConversationId { get; }
}
