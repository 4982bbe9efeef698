namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// The seam to the check-in scheduler: after a handoff closed the person may ask for a later check-in. The
/// host schedules it durably (a Quartz trigger in the bot's database, delivered on the person's channel);
/// the dialogs' default keeps the wish in memory for transcripts.
/// </summary>
public interface IHandoffFollowUpScheduler
{
    Task ScheduleCheckInAsync(string channelId, string userId, string? conversationId, DateTimeOffset dueAt, CancellationToken cancellationToken);
}
