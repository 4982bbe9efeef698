using TrustBot.Dialogs.Handoff;

namespace TrustBot.Scheduling;

/// <summary>
/// "Check in with me tomorrow" after a handoff nobody could take: a durable Quartz trigger in the person's
/// group (so it survives a restart and "delete my data" removes it), sent through the outbox on their channel.
/// </summary>
public sealed class QuartzHandoffFollowUpScheduler(QuartzCheckInScheduler scheduler) : IHandoffFollowUpScheduler
{
    public Task ScheduleCheckInAsync(string channelId, string userId, string? conversationId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        scheduler.ScheduleHandoffFollowUpAsync(channelId, userId, conversationId, dueAt, cancellationToken);
}
