using Quartz;
using TrustBot.Dialogs.Preferences;
using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Scheduling;

/// <summary>
/// Schedules in the store, and one Quartz cron trigger per person in that person's time zone (so 9:00
/// stays 9:00 across daylight saving). A missed day after an outage fires once, late (FireAndProceed),
/// never as a backlog. "Later" and prompts held back by quiet hours are one-off triggers beside it.
/// </summary>
public sealed partial class QuartzCheckInScheduler(
    ISchedulerFactory schedulerFactory,
    SqliteCheckInScheduleStore store,
    TimeProvider time,
    ILogger<QuartzCheckInScheduler> logger) : ICheckInScheduler
{
    public Task<CheckInSchedule?> GetAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        store.GetAsync(channelId, userId, cancellationToken);

    public async Task<DateTimeOffset?> SaveAsync(CheckInSchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        _ = ZoneOf(schedule);
        schedule.UpdatedAt = time.GetUtcNow();
        await store.SaveAsync(schedule, cancellationToken);
        await SyncRegularTriggerAsync(schedule, cancellationToken);
        return await NextPromptAsync(schedule, cancellationToken);
    }

    public async Task<DateTimeOffset?> GetNextPromptAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        await store.GetAsync(channelId, userId, cancellationToken) is { } schedule ? await NextPromptAsync(schedule, cancellationToken) : null;

    public Task<DateTimeOffset?> PauseAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        UpdateAsync(channelId, userId, s => s.Paused = true, cancellationToken);

    public Task<DateTimeOffset?> ResumeAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        UpdateAsync(channelId, userId, s => s.Paused = false, cancellationToken);

    public async Task<bool> StopAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJobs(
            [CheckInTriggers.Key(channelId, userId, CheckInTriggers.Regular), CheckInTriggers.Key(channelId, userId, CheckInTriggers.Snooze), CheckInTriggers.Key(channelId, userId, CheckInTriggers.Deferred)],
            cancellationToken);
        return await store.DeleteAsync(channelId, userId, cancellationToken);
    }

    /// <summary>Removes every trigger of the person, follow-ups included (for "delete my data").</summary>
    public async Task RemoveAllTriggersAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        await scheduler.UnscheduleJobs(GroupMatcher<TriggerKey>.GroupEquals(CheckInTriggers.GroupFor(channelId, userId)), cancellationToken);
    }

    /// <summary>The person's trigger keys that exist now (for tests and the export).</summary>
    public async Task<IReadOnlyCollection<TriggerKey>> TriggerKeysAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        return await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(CheckInTriggers.GroupFor(channelId, userId)), cancellationToken);
    }

    public async Task<DateTimeOffset?> SnoozeAsync(string channelId, string userId, TimeSpan delay, CancellationToken cancellationToken)
    {
        var schedule = await store.GetAsync(channelId, userId, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        var at = OutOfQuietHours(schedule, time.GetUtcNow() + delay);
        schedule.SnoozedUntil = at;
        schedule.UpdatedAt = time.GetUtcNow();
        await store.SaveAsync(schedule, cancellationToken);
        await ScheduleOnceAsync(schedule.ChannelId, schedule.UserId, schedule.ConversationId, CheckInTriggers.Snooze, PromptKind.CheckIn, at, cancellationToken);
        return at;
    }

    public Task<DateTimeOffset?> SkipTodayAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        UpdateAsync(channelId, userId, s => s.SkippedDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), ZoneOf(s)).DateTime), cancellationToken);

    public async Task RecordCrisisAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        await UpdateAsync(channelId, userId, s => s.LastCrisisAt = time.GetUtcNow(), cancellationToken);

    public Task ScheduleFollowUpAsync(string channelId, string userId, string? conversationId, string checkInId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        ScheduleOnceAsync(channelId, userId, conversationId, CheckInTriggers.FollowUpName(checkInId), PromptKind.FollowUp, dueAt, cancellationToken);

    /// <summary>The check-in promised after a handoff nobody could take: one durable trigger, replaced by a newer promise.</summary>
    public Task ScheduleHandoffFollowUpAsync(string channelId, string userId, string? conversationId, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        ScheduleOnceAsync(channelId, userId, conversationId, CheckInTriggers.HandoffFollowUp, PromptKind.HandoffFollowUp, dueAt, cancellationToken);

    /// <summary>Holds a prompt that came due inside quiet hours until they end.</summary>
    public async Task<DateTimeOffset> DeferAsync(CheckInSchedule schedule, PromptKind kind, CancellationToken cancellationToken)
    {
        var at = OutOfQuietHours(schedule, time.GetUtcNow());
        await ScheduleOnceAsync(schedule.ChannelId, schedule.UserId, schedule.ConversationId, CheckInTriggers.Deferred, kind, at, cancellationToken);
        return at;
    }

    /// <summary>The first instant at or after <paramref name="instant"/> outside the person's quiet hours.</summary>
    public static DateTimeOffset OutOfQuietHours(CheckInSchedule schedule, DateTimeOffset instant)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var zone = ZoneOf(schedule);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        if (!schedule.IsQuiet(TimeOnly.FromDateTime(local.DateTime)))
        {
            return instant;
        }

        var end = schedule.QuietHoursEnd!.Value;
        var date = DateOnly.FromDateTime(local.DateTime);
        if (TimeOnly.FromDateTime(local.DateTime) >= end)
        {
            date = date.AddDays(1);
        }

        return AtLocal(date, end, zone);
    }

    /// <summary>The instant of a local wall-clock time; a time in a spring-forward gap moves forward by the gap.</summary>
    public static DateTimeOffset AtLocal(DateOnly date, TimeOnly wallTime, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var wall = date.ToDateTime(wallTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wall))
        {
            wall += zone.GetUtcOffset(wall.AddHours(3)) - zone.GetUtcOffset(wall.AddHours(-3));
        }

        var offset = zone.IsAmbiguousTime(wall) ? zone.GetAmbiguousTimeOffsets(wall).Max() : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset).ToUniversalTime();
    }

    private async Task<DateTimeOffset?> UpdateAsync(string channelId, string userId, Action<CheckInSchedule> change, CancellationToken cancellationToken)
    {
        var schedule = await store.GetAsync(channelId, userId, cancellationToken);
        if (schedule is null)
        {
            return null;
        }

        change(schedule);
        return await SaveAsync(schedule, cancellationToken);
    }

    private async Task SyncRegularTriggerAsync(CheckInSchedule schedule, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var key = CheckInTriggers.Key(schedule.ChannelId, schedule.UserId, CheckInTriggers.Regular);
        if (schedule.Paused)
        {
            await scheduler.UnscheduleJobs([key, CheckInTriggers.Key(schedule.ChannelId, schedule.UserId, CheckInTriggers.Snooze)], cancellationToken);
            return;
        }

        var existing = await scheduler.GetTrigger(key, cancellationToken) as ICronTrigger;
        var cron = CheckInCron.For(schedule);
        if (existing is not null && existing.CronExpressionString == cron && existing.TimeZone.Id == ZoneOf(schedule).Id)
        {
            // Unchanged: replacing it would forget a misfire it still owes.
            return;
        }

        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(key)
            .ForJob(CheckInTriggers.PromptJob)
            .UsingJobData(CheckInTriggers.ChannelIdKey, schedule.ChannelId)
            .UsingJobData(CheckInTriggers.UserIdKey, schedule.UserId)
            .UsingJobData(CheckInTriggers.ConversationIdKey, schedule.ConversationId ?? string.Empty)
            .UsingJobData(CheckInTriggers.KindKey, nameof(PromptKind.CheckIn))
            .UsingJobData(CheckInTriggers.SourceKey, CheckInTriggers.Regular)
            .StartAt(time.GetUtcNow())
            .WithCronSchedule(cron, c => c.InTimeZone(ZoneOf(schedule)).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        LogScheduled(logger, key.Group);
    }

    private async Task ScheduleOnceAsync(string channelId, string userId, string? conversationId, string name, PromptKind kind, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var trigger = TriggerBuilder.Create(time)
            .WithIdentity(CheckInTriggers.Key(channelId, userId, name))
            .ForJob(CheckInTriggers.PromptJob)
            .UsingJobData(CheckInTriggers.ChannelIdKey, channelId)
            .UsingJobData(CheckInTriggers.UserIdKey, userId)
            .UsingJobData(CheckInTriggers.ConversationIdKey, conversationId ?? string.Empty)
            .UsingJobData(CheckInTriggers.KindKey, kind.ToString())
            .UsingJobData(CheckInTriggers.SourceKey, name)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    private async Task<DateTimeOffset?> NextPromptAsync(CheckInSchedule schedule, CancellationToken cancellationToken)
    {
        if (schedule.Paused)
        {
            return null;
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var now = time.GetUtcNow();
        DateTimeOffset? next = null;
        if (await scheduler.GetTrigger(CheckInTriggers.Key(schedule.ChannelId, schedule.UserId, CheckInTriggers.Regular), cancellationToken) is { } regular)
        {
            var zone = ZoneOf(schedule);
            var candidate = regular.GetFireTimeAfter(now.AddTicks(-1));
            for (var i = 0; i < 8 && candidate is { } c && schedule.SkippedDate == DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c, zone).DateTime); i++)
            {
                candidate = regular.GetFireTimeAfter(c);
            }

            next = candidate;
        }

        if (schedule.SnoozedUntil is { } snoozed && snoozed > now && (next is null || snoozed < next))
        {
            next = snoozed;
        }

        return next;
    }

    private static TimeZoneInfo ZoneOf(CheckInSchedule schedule) =>
        TimeZoneResolver.Find(schedule.TimeZoneId) ?? throw new ArgumentException($"Unknown time zone '{schedule.TimeZoneId}'.", nameof(schedule));

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in trigger scheduled for {TriggerGroup}.")]
    private static partial void LogScheduled(ILogger logger, string triggerGroup);
}
