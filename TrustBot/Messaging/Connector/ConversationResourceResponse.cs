namespace TrustBot.Messaging.Connector;

/// <summary>Answer to create-conversation: the new conversation id, where to reach it, and the first activity's id.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
