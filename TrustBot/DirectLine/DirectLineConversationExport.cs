using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>One conversation of a person's "my data" export: everything they and the bot said on the website.</summary>
public sealed record DirectLineConversationExport(string ConversationId, DateTimeOffset CreatedAt, IReadOnlyList<Activity> Activities);
