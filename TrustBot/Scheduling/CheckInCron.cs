using System.Globalization;
using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Scheduling;

/// <summary>The Quartz cron expression of a schedule: seconds, minutes, hours, any day of month, every month, the days of the week.</summary>
public static class CheckInCron
{
    public static string For(CheckInSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var days = string.Join(',', schedule.EffectiveDays().Select(d => d.ToString()[..3].ToUpperInvariant()));
        return string.Create(CultureInfo.InvariantCulture, $"0 {schedule.LocalTime.Minute} {schedule.LocalTime.Hour} ? * {days}");
    }
}
