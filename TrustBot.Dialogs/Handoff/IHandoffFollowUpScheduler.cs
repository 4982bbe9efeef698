namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// The seam to the check-in scheduler (branch sched): after a timeout the person may ask for a later
/// check-in. Until the scheduler lands, the default keeps the wish in memory.
/// </summary>
public interface IHandoffFollowUpScheduler
{
    Task ScheduleCheckInAsync(string channelId, string userId, DateTimeOffset dueAt, CancellationToken cancellationToken);
}
