namespace TrustBot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, one person, until <see cref="ExpiresAt"/>.</summary>
public sealed record DirectLineTokenClaims(string ConversationId, string UserId, DateTimeOffset ExpiresAt);
