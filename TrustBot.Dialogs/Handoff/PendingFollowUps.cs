using System.Collections.Concurrent;

namespace TrustBot.Dialogs.Handoff;

/// <summary>The dialogs' default without a scheduler (transcript tests): remembers requested follow-ups in memory.</summary>
public sealed class PendingFollowUps : IHandoffFollowUpScheduler
{
    private readonly ConcurrentQueue<(string ChannelId, string UserId, DateTimeOffset DueAt)> _requested = new();

    public IReadOnlyCollection<(string ChannelId, string UserId, DateTimeOffset DueAt)> Requested => _requested;

    public Task ScheduleCheckInAsync(string channelId, string userId, string? conversationId, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        _requested.Enqueue((channelId, userId, dueAt));
        return Task.CompletedTask;
    }
}
