using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Dialogs.Triggers;

namespace TrustBot.Dialogs.Progress;

/// <summary>Everything "my progress" says, computed from the person's history (no text of theirs beyond feeling words and step titles).</summary>
public sealed record ProgressReport(
    ProgressPeriod Week,
    ProgressPeriod Month,
    int DaysInARow,
    bool Worsening,
    IReadOnlyList<(string Action, string Result)> StepsTried,
    IReadOnlyList<(string Statement, int First, int Latest)> Signs,
    IReadOnlyList<(DateOnly Day, double? Before, double? After)> DailyIntensity)
{
    public static ProgressReport Build(
        IReadOnlyList<CheckInRecord> checkIns,
        IReadOnlyList<FollowUpOutcome> outcomes,
        IReadOnlyList<ReflectionRecord> reflections,
        IReadOnlyList<CheckInRecord> recent,
        DateTimeOffset now,
        TimeZoneInfo zone)
    {
        DateOnly Day(DateTimeOffset t) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, zone).DateTime);
        var today = Day(now);
        var month = checkIns.Where(c => Day(c.CompletedAt) > today.AddDays(-30)).ToList();
        var week = month.Where(c => Day(c.CompletedAt) > today.AddDays(-7)).ToList();

        // Consistency counts the days that have a check-in, ending today or yesterday; a gap is never counted.
        var days = checkIns.Select(c => Day(c.CompletedAt)).ToHashSet();
        var end = days.Contains(today) ? today : today.AddDays(-1);
        var inARow = 0;
        while (days.Contains(end.AddDays(-inARow)))
        {
            inARow++;
        }

        var actions = checkIns.Where(c => !string.IsNullOrWhiteSpace(c.Action)).ToDictionary(c => c.Id, c => c.Action!);
        var steps = outcomes
            .Where(o => o.RecordedAt > now.AddDays(-30) && actions.ContainsKey(o.CheckInId))
            .GroupBy(o => o.CheckInId)
            .Select(g => (actions[g.Key], g.OrderBy(o => o.RecordedAt).Last().Result))
            .ToList();

        var rated = reflections.OrderBy(r => r.RecordedAt).ToList();
        var signs = ReflectionSigns.All
            .Select(s => (s.Statement, Ratings: rated.Where(r => r.Ratings.ContainsKey(s.Id)).Select(r => r.Ratings[s.Id]).ToList()))
            .Where(s => s.Ratings.Count > 0)
            .Select(s => (s.Statement, s.Ratings[0], s.Ratings[^1]))
            .ToList();

        var daily = month
            .GroupBy(c => Day(c.CompletedAt))
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, Average(g.Select(c => c.IntensityBefore)), Average(g.Select(c => c.IntensityAfter))))
            .ToList();

        return new ProgressReport(Period(7, week, Day), Period(30, month, Day), inARow, CheckInDialog.IsWorsening(recent), steps, signs, daily);
    }

    private static ProgressPeriod Period(int length, List<CheckInRecord> checkIns, Func<DateTimeOffset, DateOnly> day) => new(
        length,
        checkIns.Count,
        checkIns.Select(c => day(c.CompletedAt)).Distinct().Count(),
        Top(checkIns.Select(CheckInDialog.FeelingTitle)),
        Top(checkIns.Select(c => c.Trigger is null ? null : TriggerCatalog.FindTrigger(c.Trigger)?.Title ?? c.Trigger)),
        Average(checkIns.Select(c => c.IntensityBefore)),
        Average(checkIns.Select(c => c.IntensityAfter)));

    private static List<(string Name, int Count)> Top(IEnumerable<string?> names) => [.. names
        .Where(n => !string.IsNullOrWhiteSpace(n))
        .GroupBy(n => n!, StringComparer.OrdinalIgnoreCase)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Take(3)
        .Select(g => (g.Key, g.Count()))];

    private static double? Average(IEnumerable<int?> values)
    {
        var known = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        return known.Count == 0 ? null : known.Average();
    }
}
