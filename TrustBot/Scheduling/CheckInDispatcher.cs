using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Preferences;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Messaging;

namespace TrustBot.Scheduling;

/// <summary>
/// Turns a fired trigger into at most one delivered prompt: decides whether it should go at all (paused,
/// skipped, snoozed, quiet hours, gentle after a crisis), writes it to the outbox under its idempotency
/// key, delivers it through the first channel that serves the person, and records the outcome. A person
/// who cannot be reached any more (403, 404, blocked, uninstalled) has their schedule stopped.
/// </summary>
public sealed partial class CheckInDispatcher : IInboundActivityObserver
{
    private readonly SqliteCheckInScheduleStore _schedules;
    private readonly QuartzCheckInScheduler _scheduler;
    private readonly CheckInOutbox _outbox;
    private readonly IReadOnlyList<IProactiveChannel> _channels;
    private readonly ConversationReferenceStore _references;
    private readonly SchedulingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CheckInDispatcher> _logger;
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);

    public CheckInDispatcher(
        SqliteCheckInScheduleStore schedules,
        QuartzCheckInScheduler scheduler,
        CheckInOutbox outbox,
        IEnumerable<IProactiveChannel> channels,
        ConversationReferenceStore references,
        IOptions<SchedulingOptions> options,
        TimeProvider time,
        ILogger<CheckInDispatcher> logger)
    {
        _schedules = schedules;
        _scheduler = scheduler;
        _outbox = outbox;
        _channels = [.. channels];
        _references = references;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Handles one fired trigger. Returns the outbox key when a prompt was written, else null.</summary>
    public async Task<string?> OnDueAsync(DueOccurrence occurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(occurrence);
        var schedule = await _schedules.GetAsync(occurrence.ChannelId, occurrence.UserId, cancellationToken);
        var kind = occurrence.Kind;
        var now = _time.GetUtcNow();
        // Follow-ups were asked for on their own: they come with or without a regular schedule.
        if (kind is not (PromptKind.FollowUp or PromptKind.HandoffFollowUp))
        {
            if (schedule is null)
            {
                // A trigger outliving its schedule (deleted elsewhere): clear it rather than fire for nobody.
                await _scheduler.RemoveAllTriggersAsync(occurrence.ChannelId, occurrence.UserId, cancellationToken);
                return null;
            }

            if (schedule.Paused || IsSkipped(schedule, occurrence) || IsCoveredBySnooze(schedule, occurrence, now))
            {
                return null;
            }

            if (schedule.LastCrisisAt is { } crisis && now - crisis < _options.CrisisGentlePeriod)
            {
                kind = PromptKind.Gentle;
            }
        }

        if (schedule is not null && schedule.IsQuiet(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneResolver.Find(schedule.TimeZoneId) ?? TimeZoneInfo.Utc).DateTime)))
        {
            // Late (after an outage) or snoozed into the night: hold it until the quiet hours end.
            await _scheduler.DeferAsync(schedule, kind, cancellationToken);
            return null;
        }

        var key = CheckInOutbox.KeyFor(kind, occurrence.ChannelId, occurrence.UserId, occurrence.DueAt, occurrence.Source);
        var entry = new OutboxEntry(key, occurrence.ChannelId, occurrence.UserId, schedule?.ConversationId ?? occurrence.ConversationId, kind, occurrence.DueAt, 0, now);
        if (!await _outbox.TryAddAsync(entry, cancellationToken))
        {
            LogDuplicate(_logger);
            return null;
        }

        if (schedule?.SnoozedUntil is not null && occurrence.Source == CheckInTriggers.Snooze)
        {
            schedule.SnoozedUntil = null;
            await _schedules.SaveAsync(schedule, cancellationToken);
        }

        await DeliverAsync(entry, cancellationToken);
        return key;
    }

    /// <summary>Retries every outbox entry whose next attempt is due. Returns how many were attempted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var attempted = 0;
        while (true)
        {
            var due = await _outbox.DueAsync(_time.GetUtcNow(), 500, cancellationToken);
            var fresh = due.Where(e => !_inFlight.ContainsKey(e.IdempotencyKey)).ToList();
            if (fresh.Count == 0)
            {
                return attempted;
            }

            attempted += fresh.Count;
            await Task.WhenAll(fresh.Select(e => DeliverAsync(e, cancellationToken)));
            if (due.Count < 500)
            {
                return attempted;
            }
        }
    }

    /// <summary>One delivery attempt of an outbox entry; the outcome is written back to the outbox.</summary>
    public async Task DeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_inFlight.TryAdd(entry.IdempotencyKey, 0))
        {
            return;
        }

        try
        {
            var now = _time.GetUtcNow();
            // A retry that is still failing long after the firing helps nobody; a firing that is itself late is the one late prompt.
            if (now - entry.CreatedAt > _options.OutboxExpiry)
            {
                await _outbox.MarkDroppedAsync(entry.IdempotencyKey, now, "expired", cancellationToken);
                return;
            }

            var result = await SendThroughFirstChannelAsync(entry, cancellationToken);

            now = _time.GetUtcNow();
            switch (result.Status)
            {
                case DeliveryStatus.Delivered:
                    await _outbox.MarkSentAsync(entry.IdempotencyKey, now, cancellationToken);
                    break;
                case DeliveryStatus.RetryLater:
                    var delay = TimeSpan.FromTicks(Math.Min(_options.OutboxMaxRetryDelay.Ticks, _options.OutboxMinRetryDelay.Ticks * (1L << Math.Min(entry.Attempts, 20))));
                    LogRetry(_logger, result.Reason, delay.TotalSeconds);
                    await _outbox.MarkRetryAsync(entry.IdempotencyKey, now + delay, result.Reason, cancellationToken);
                    break;
                case DeliveryStatus.Unreachable:
                    LogUnreachable(_logger, result.Reason);
                    await _outbox.MarkDroppedAsync(entry.IdempotencyKey, now, result.Reason, cancellationToken);
                    await StopForUnreachableAsync(entry.ChannelId, entry.UserId, cancellationToken);
                    break;
                default:
                    LogRefused(_logger, result.Reason);
                    await _outbox.MarkDroppedAsync(entry.IdempotencyKey, now, result.Reason, cancellationToken);
                    break;
            }
        }
        finally
        {
            _inFlight.TryRemove(entry.IdempotencyKey, out _);
        }
    }

    /// <summary>The app was removed or the person blocked it: no more prompts until they come back and set a schedule.</summary>
    public async Task StopForUnreachableAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await _scheduler.RemoveAllTriggersAsync(channelId, userId, cancellationToken);
        await _schedules.DeleteAsync(channelId, userId, cancellationToken);
    }

    /// <summary>
    /// For the host to call on every inbound activity: Teams' installationUpdate remove (or the bot removed
    /// from the conversation) stops that person's schedule at once.
    /// </summary>
    public async Task OnInboundActivityAsync(Dialogs.Protocol.Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var removed = (activity.Type == Dialogs.Protocol.ActivityTypes.InstallationUpdate && activity.Action is "remove" or "remove-upgrade")
            || (activity.Type == Dialogs.Protocol.ActivityTypes.ConversationUpdate && activity.MembersRemoved?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true);
        if (removed && activity.ChannelId is { } channelId && activity.From?.Id is { } userId)
        {
            await StopForUnreachableAsync(channelId, userId, cancellationToken);
            await _references.DeleteAsync(channelId, userId, cancellationToken);
        }
    }

    private async Task<DeliveryResult> SendThroughFirstChannelAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        foreach (var channel in _channels)
        {
            if (await channel.TryDeliverAsync(entry, cancellationToken) is { } result)
            {
                return result;
            }
        }

        return new DeliveryResult(DeliveryStatus.Unreachable, "no-channel");
    }

    private static bool IsSkipped(CheckInSchedule schedule, DueOccurrence occurrence) =>
        schedule.SkippedDate is { } skipped
        && occurrence.Source == CheckInTriggers.Regular
        && skipped == DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence.DueAt, TimeZoneResolver.Find(schedule.TimeZoneId) ?? TimeZoneInfo.Utc).DateTime);

    private static bool IsCoveredBySnooze(CheckInSchedule schedule, DueOccurrence occurrence, DateTimeOffset now) =>
        occurrence.Source == CheckInTriggers.Regular && schedule.SnoozedUntil is { } until && until > now;

    [LoggerMessage(Level = LogLevel.Information, Message = "A check-in occurrence was already in the outbox; not sent again.")]
    private static partial void LogDuplicate(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in prompt not delivered ({Reason}); retrying in {DelaySeconds} s.")]
    private static partial void LogRetry(ILogger logger, string reason, double delaySeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Person unreachable ({Reason}); their check-in schedule is stopped.")]
    private static partial void LogUnreachable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in prompt refused ({Reason}); not retried.")]
    private static partial void LogRefused(ILogger logger, string reason);
}
