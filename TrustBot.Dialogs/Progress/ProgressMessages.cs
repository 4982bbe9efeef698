using System.Globalization;
using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Dialogs.Progress;

/// <summary>What "my progress" says. Warm, plain, never a score to live up to.</summary>
public static class ProgressMessages
{
    public const string NotStored =
        "You chose not to save check-ins, so I have no history to show, and that's completely fine. What you do here still counts.";

    public const string NoCheckIns =
        "There's nothing to show yet: your progress starts with your first check-in. Type \"check in\" whenever you're ready.";

    public const string Intro = "Here's a look back, in words.";

    public const string AfterCrisis =
        "Here's a short look back, in words only. Whatever is going on right now matters more than any numbers.";

    public const string Worsening =
        "I noticed your last three check-ins each ended a little stronger than the one before. That isn't a failure, and it can help to have someone with you in it.";

    public const string ChartAlt = "A chart of your check-ins over the last 30 days: how strong each feeling was at the start and at the end.";

    public static string Period(ProgressPeriod period)
    {
        var label = period.Days == 7 ? "Last 7 days" : "Last 30 days";
        if (period.CheckIns == 0)
        {
            return $"{label}: no check-ins in this stretch, and that's okay.";
        }

        var parts = new List<string> { $"{label}: {Count(period.CheckIns, "check-in")} on {Count(period.DaysWithCheckIn, "day")}." };
        if (period.TopFeelings.Count > 0)
        {
            parts.Add($"Feelings that came up most: {List(period.TopFeelings)}.");
        }

        if (period.AverageBefore is { } before && period.AverageAfter is { } after)
        {
            parts.Add(after < before
                ? $"On average a feeling started at {Number(before)} out of 10 and eased to {Number(after)} by the end."
                : $"On average a feeling started at {Number(before)} out of 10 and was {Number(after)} by the end.");
        }
        else if (period.AverageBefore is { } onlyBefore)
        {
            parts.Add($"On average a feeling started at {Number(onlyBefore)} out of 10.");
        }

        if (period.TopTriggers.Count > 0)
        {
            parts.Add($"What set it off most: {List(period.TopTriggers)}.");
        }

        return string.Join(" ", parts);
    }

    /// <summary>Consistency, kindly: days that had a check-in, never the ones that did not.</summary>
    public static string? Consistency(ProgressReport report) => report.DaysInARow switch
    {
        >= 2 => $"You've checked in {report.DaysInARow} days in a row. Showing up for yourself like that matters.",
        _ when report.Week.DaysWithCheckIn >= 2 => $"You made time for yourself on {Count(report.Week.DaysWithCheckIn, "day")} this week. Every check-in counts, whenever it happens.",
        _ => null,
    };

    public static string? Steps(IReadOnlyList<(string Action, string Result)> steps)
    {
        if (steps.Count == 0)
        {
            return null;
        }

        var lines = steps.Take(3).Select(s => $"\"{s.Action}\": {ResultWords(s.Result)}");
        return $"Small steps you tried and told me about: {string.Join("; ", lines)}.";
    }

    public static string? Signs(IReadOnlyList<(string Statement, int First, int Latest)> signs)
    {
        if (signs.Count == 0)
        {
            return null;
        }

        var lines = signs.Select(s => s.First == s.Latest ? $"{s.Statement}: {s.Latest}" : $"{s.Statement}: {s.First} then {s.Latest}");
        return "The five signs, from your reflections (1 to 5): " + string.Join("; ", lines) + ".";
    }

    private static string ResultWords(string result) => result switch
    {
        FollowUpOutcome.DidIt => "you did it",
        FollowUpOutcome.Partly => "you did part of it",
        FollowUpOutcome.NotYet => "not yet, and that's okay",
        _ => "you changed your mind, which is a choice too",
    };

    private static string List(IReadOnlyList<(string Name, int Count)> items) =>
        string.Join(", ", items.Select(i => $"{i.Name} ({i.Count.ToString(CultureInfo.InvariantCulture)})"));

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
