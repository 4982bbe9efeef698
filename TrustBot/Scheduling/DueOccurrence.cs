using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Scheduling;

/// <summary>A trigger that fired: whom it is for, what it sends, which trigger (<see cref="Source"/>) and the instant it was due.</summary>
public sealed record DueOccurrence(string ChannelId, string UserId, string? ConversationId, PromptKind Kind, string Source, DateTimeOffset DueAt);
