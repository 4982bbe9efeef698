namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// Stores a person's check-in schedule and keeps their trigger in step with it. Every change takes effect
/// at once; the methods that change when the next prompt comes return that instant (null: none planned).
/// </summary>
public interface ICheckInScheduler
{
    Task<CheckInSchedule?> GetAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the schedule and its trigger.</summary>
    Task<DateTimeOffset?> SaveAsync(CheckInSchedule schedule, CancellationToken cancellationToken);

    /// <summary>When the next prompt comes, or null when none is planned (paused, stopped, no schedule).</summary>
    Task<DateTimeOffset?> GetNextPromptAsync(string channelId, string userId, CancellationToken cancellationToken);

    Task<DateTimeOffset?> PauseAsync(string channelId, string userId, CancellationToken cancellationToken);

    Task<DateTimeOffset?> ResumeAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Removes the schedule and its triggers; false when there was none.</summary>
    Task<bool> StopAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>"Later": one more prompt after <paramref name="delay"/> (moved out of quiet hours).</summary>
    Task<DateTimeOffset?> SnoozeAsync(string channelId, string userId, TimeSpan delay, CancellationToken cancellationToken);

    /// <summary>"Skip today": no prompt on the person's current local date.</summary>
    Task<DateTimeOffset?> SkipTodayAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>A crisis response happened: the next prompt is a gentle follow-up with consent, not a cheerful one.</summary>
    Task RecordCrisisAsync(string channelId, string userId, CancellationToken cancellationToken);

    /// <summary>Plans the follow-up of a check-in's small action (conversation.md section 5).</summary>
    Task ScheduleFollowUpAsync(string channelId, string userId, string? conversationId, string checkInId, DateTimeOffset dueAt, CancellationToken cancellationToken);
}
