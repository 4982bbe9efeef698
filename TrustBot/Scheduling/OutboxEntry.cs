using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Scheduling;

/// <summary>
/// One occurrence of a prompt in the durable outbox. It holds no message text (the prompt is rebuilt at
/// send time) and its <see cref="IdempotencyKey"/> names the occurrence, so it is inserted and sent once.
/// <see cref="CreatedAt"/> is when it entered the outbox (the firing, however late), which expiry counts from.
/// </summary>
public sealed record OutboxEntry(
    string IdempotencyKey,
    string ChannelId,
    string UserId,
    string? ConversationId,
    PromptKind Kind,
    DateTimeOffset DueAt,
    int Attempts,
    DateTimeOffset CreatedAt);
