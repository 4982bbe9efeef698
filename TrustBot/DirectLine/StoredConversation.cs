namespace TrustBot.DirectLine;

/// <summary>A started Direct Line conversation and the person it belongs to.</summary>
public sealed record StoredConversation(string Id, string UserId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
