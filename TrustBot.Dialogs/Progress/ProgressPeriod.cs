namespace TrustBot.Dialogs.Progress;

/// <summary>What happened in one window (the last 7 or 30 days), counted from the history.</summary>
public sealed record ProgressPeriod(
    int Days,
    int CheckIns,
    int DaysWithCheckIn,
    IReadOnlyList<(string Name, int Count)> TopFeelings,
    IReadOnlyList<(string Name, int Count)> TopTriggers,
    double? AverageBefore,
    double? AverageAfter);
