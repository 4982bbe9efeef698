using System.Globalization;
using TrustBot.Dialogs.Preferences;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>What the scheduled check-in feature says. The prompt shows nothing personal in a notification preview.</summary>
public static class ScheduleMessages
{
    public const string Prompt = "Time for your check-in";
    public const string GentlePrompt = "Hi, I've been thinking of you since we last talked. Would you like to check in today? Only if it feels right.";
    public const string FollowUpPrompt = "Time for a quick follow-up";
    public const string HandoffFollowUpPrompt = "Checking in, as I said I would. How are you doing today?";
    public const string TalkToPersonButton = "Talk to a person";

    public const string StartButton = "Start check-in";
    public const string LaterButton = "Later";
    public const string SkipTodayButton = "Skip today";
    public const string StopButton = "Stop check-ins";
    public const string GentleYesButton = "Check in";
    public const string GentleNoButton = "Not today";
    public const string FollowUpStartButton = "Start follow-up";

    public const string NeedsConsent =
        "I can only send scheduled check-ins if I may save your settings, and you chose not to. Nothing has been scheduled. " +
        "If you change your mind, say \"delete my data\" and we can start over.";

    public const string HowOften = "How often would you like a check-in?";
    public const string Daily = "Every day";
    public const string Weekdays = "Weekdays";
    public const string ChosenDays = "Certain days";
    public const string Weekly = "Once a week";
    public const string WhichDays = "Which days? For example \"Monday, Wednesday and Friday\" or \"Tue Thu\".";
    public const string WhichDaysRetry = "I didn't catch any days there. Try something like \"Mon, Wed, Fri\".";
    public const string WhichDay = "Which day of the week?";
    public const string WhatTime = "What time suits you? For example \"9am\" or \"18:30\".";
    public const string WhatTimeRetry = "I didn't understand that time. Try \"9am\", \"7:30 pm\" or \"18:30\".";
    public const string KeepZoneButton = "Keep it";
    public const string ChangeZoneButton = "Change it";
    public const string WhichZone = "Which time zone, or which city are you in? For example \"Chicago\", \"Europe/London\" or \"UTC+5:30\".";
    public const string WhichZoneRetry = "I don't know that time zone. Try a city (\"Denver\") or a name like \"America/Denver\".";
    public const string QuietHoursQuestion = "When should I never message you? Pick quiet hours or type your own, like \"22:00-07:00\".";
    public const string QuietNight = "22:00 to 07:00";
    public const string NoQuietHours = "No quiet hours";
    public const string QuietHoursRetry = "I didn't understand those hours. Try \"22:00-07:00\" or \"11pm to 8am\".";

    public const string NothingScheduled = "You don't have scheduled check-ins. Say \"schedule\" to set them up.";
    public const string Stopped = "Done. I've stopped your scheduled check-ins and removed their settings. Say \"schedule\" any time to set them up again.";
    public const string Paused = "Okay, check-ins are paused. Nothing will come until you say \"resume check-ins\".";
    public const string AlreadyPaused = "Your check-ins are already paused. Say \"resume check-ins\" when you'd like them back.";
    public const string SkippedToday = "Okay, no check-in today.";

    public static string ZoneQuestion(string zoneId) =>
        $"I have your time zone as {TimeZoneResolver.Describe(zoneId)} ({zoneId}). Keep it?";

    public static string QuietConflict(TimeOnly asked, TimeOnly moved) =>
        $"{Clock(asked)} is inside your quiet hours, so I'll send it at {Clock(moved)} instead.";

    public static string Saved(CheckInSchedule schedule, DateTimeOffset? next) =>
        $"Done: {Describe(schedule)}. " + NextLine(next, schedule.TimeZoneId);

    public static string Resumed(DateTimeOffset? next, string zoneId) => "Welcome back, check-ins are on again. " + NextLine(next, zoneId);

    public static string Snoozed(DateTimeOffset? at, string zoneId) =>
        at is null ? "Okay, I'll leave it for now." : $"Okay, I'll ask again at {Clock(TimeOnly.FromDateTime(Local(at.Value, zoneId)))}.";

    public static string NextLine(DateTimeOffset? next, string zoneId) =>
        next is null ? "Nothing is planned right now." : $"Your next check-in is {When(next.Value, zoneId)}.";

    /// <summary>"every day at 9:00 (New York time)".</summary>
    public static string Describe(CheckInSchedule schedule)
    {
        var days = schedule.Frequency switch
        {
            CheckInFrequency.Daily => "every day",
            CheckInFrequency.Weekdays => "on weekdays",
            CheckInFrequency.Weekly => "every " + DayName(schedule.EffectiveDays()[0]),
            _ => "on " + JoinDays(schedule.EffectiveDays()),
        };
        var quiet = schedule.HasQuietHours ? $", quiet from {Clock(schedule.QuietHoursStart!.Value)} to {Clock(schedule.QuietHoursEnd!.Value)}" : string.Empty;
        return $"check-ins {days} at {Clock(schedule.LocalTime)} ({TimeZoneResolver.Describe(schedule.TimeZoneId)} time){quiet}";
    }

    /// <summary>"Tuesday 2 March at 9:00" in the person's zone.</summary>
    public static string When(DateTimeOffset instant, string zoneId)
    {
        var local = Local(instant, zoneId);
        return string.Create(CultureInfo.InvariantCulture, $"{DayName(local.DayOfWeek)} {local.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(local.Month)} at {Clock(TimeOnly.FromDateTime(local))}");
    }

    public static string Clock(TimeOnly time) => time.ToString("H:mm", CultureInfo.InvariantCulture);

    public static string DayName(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    private static string JoinDays(IReadOnlyList<DayOfWeek> days) =>
        days.Count == 1 ? DayName(days[0]) : string.Join(", ", days.Take(days.Count - 1).Select(DayName)) + " and " + DayName(days[^1]);

    private static DateTime Local(DateTimeOffset instant, string zoneId)
    {
        var zone = TimeZoneResolver.Find(zoneId) ?? TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(instant, zone).DateTime;
    }
}
