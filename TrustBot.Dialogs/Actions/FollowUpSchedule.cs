using System.Collections.ObjectModel;

namespace TrustBot.Dialogs.Actions;

/// <summary>
/// The "when" choices and the follow-up due time for each, computed in the person's local time:
/// now = in 2 hours; later today = in 4 hours but not after 21:00 (if that has passed, 09:00 tomorrow);
/// tomorrow = 18:00 the next day; this week = 18:00 three days from today. Wall-clock times that fall in
/// a DST gap move forward by the gap; ambiguous ones use the earlier instant.
/// </summary>
public sealed class FollowUpSchedule(TimeProvider timeProvider)
{
    public const string Now = "now";
    public const string LaterToday = "later-today";
    public const string Tomorrow = "tomorrow";
    public const string ThisWeek = "this-week";

    /// <summary>Latest local follow-up hour for "later today", so nobody gets a follow-up at midnight.</summary>
    public const int LatestEveningHour = 21;

    /// <summary>Local hour for "tomorrow" and "this week" follow-ups.</summary>
    public const int EveningHour = 18;

    /// <summary>Local hour used when "later today" is already past the evening limit.</summary>
    public const int MorningHour = 9;

    /// <summary>The choices in button order.</summary>
    public static IReadOnlyList<WhenOption> Options { get; } = new ReadOnlyCollection<WhenOption>(
    [
        new(Now, "Now"),
        new(LaterToday, "Later today"),
        new(Tomorrow, "Tomorrow"),
        new(ThisWeek, "This week"),
    ]);

    /// <summary>Finds a choice by id (case-insensitive); null when unknown.</summary>
    public static WhenOption? Find(string? id) =>
        Options.FirstOrDefault(o => string.Equals(o.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The follow-up due time (UTC offset) for a choice, from the provider's current time.</summary>
    /// <exception cref="ArgumentException">The when id is not one of <see cref="Options"/>.</exception>
    public DateTimeOffset ComputeDue(string whenId, TimeZoneInfo zone) =>
        ComputeDue(whenId, timeProvider.GetUtcNow(), zone);

    /// <summary>The follow-up due time for a choice, from a given instant. Pure; returned with offset zero (UTC).</summary>
    /// <exception cref="ArgumentException">The when id is not one of <see cref="Options"/>.</exception>
    public static DateTimeOffset ComputeDue(string whenId, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var utcNow = now.ToUniversalTime();
        var local = TimeZoneInfo.ConvertTime(utcNow, zone);
        var today = DateOnly.FromDateTime(local.DateTime);

        var due = Find(whenId)?.Id switch
        {
            Now => utcNow.AddHours(2),
            LaterToday => LaterTodayDue(utcNow, today, zone),
            Tomorrow => AtLocal(today.AddDays(1), EveningHour, zone),
            ThisWeek => AtLocal(today.AddDays(3), EveningHour, zone),
            _ => throw new ArgumentException($"Unknown follow-up choice '{whenId}'.", nameof(whenId)),
        };
        return due.ToUniversalTime();
    }

    private static DateTimeOffset LaterTodayDue(DateTimeOffset utcNow, DateOnly today, TimeZoneInfo zone)
    {
        var inFourHours = utcNow.AddHours(4);
        var limit = AtLocal(today, LatestEveningHour, zone);
        var due = inFourHours < limit ? inFourHours : limit;

        // Less than half an hour left before the evening limit: ask in the morning instead of right away.
        return due - utcNow < TimeSpan.FromMinutes(30) ? AtLocal(today.AddDays(1), MorningHour, zone) : due;
    }

    /// <summary>The instant a local wall-clock hour occurs in a zone, handling DST gaps and overlaps.</summary>
    internal static DateTimeOffset AtLocal(DateOnly date, int hour, TimeZoneInfo zone)
    {
        var wall = date.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(wall))
        {
            // In a spring-forward gap: the same wall time does not exist, so move forward by the gap.
            var before = zone.GetUtcOffset(wall.AddHours(-3));
            var after = zone.GetUtcOffset(wall.AddHours(3));
            wall = wall + (after - before);
        }

        var offset = zone.IsAmbiguousTime(wall)
            ? zone.GetAmbiguousTimeOffsets(wall).Max()
            : zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }
}
