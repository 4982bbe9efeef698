namespace TrustBot.DirectLine;

/// <summary>What one retention pass removed.</summary>
public sealed record RetentionResult(int ConversationsDeleted, int ActivitiesDeleted);
