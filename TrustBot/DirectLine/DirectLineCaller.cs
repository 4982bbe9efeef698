namespace TrustBot.DirectLine;

/// <summary>
/// Who is calling: a token holder (one conversation, one person) or a holder of the server secret
/// (any conversation). Exactly one of <see cref="Token"/> and <see cref="IsSecret"/> is set.
/// </summary>
public sealed record DirectLineCaller(DirectLineTokenClaims? Token, bool IsSecret)
{
    public bool MayAccess(string conversationId) =>
        IsSecret || string.Equals(Token?.ConversationId, conversationId, StringComparison.Ordinal);
}
