using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Actions;
using TrustBot.Dialogs.Preferences;

namespace TrustBot.Tests.Actions;

public sealed class FollowUpScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneResolver.Find("Europe/London")!;
    private static readonly TimeZoneInfo NewYork = TimeZoneResolver.Find("America/New_York")!;

    private static FollowUpSchedule At(string utc, out FakeTimeProvider time)
    {
        time = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        return new FollowUpSchedule(time);
    }

    private static DateTime Local(DateTimeOffset due, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(due, zone).DateTime;

    [Fact]
    public void Now_IsTwoHoursLater()
    {
        var schedule = At("2026-03-10T10:00:00Z", out _);

        Assert.Equal(DateTimeOffset.Parse("2026-03-10T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), schedule.ComputeDue(FollowUpSchedule.Now, London));
    }

    [Fact]
    public void LaterTodayInTheMorning_IsFourHoursLater()
    {
        var schedule = At("2026-06-10T08:00:00Z", out _); // 09:00 in London (BST)

        Assert.Equal(new DateTime(2026, 6, 10, 13, 0, 0), Local(schedule.ComputeDue(FollowUpSchedule.LaterToday, London), London));
    }

    [Fact]
    public void LaterTodayInTheEvening_IsClampedToNinePm()
    {
        var schedule = At("2026-06-10T17:30:00Z", out _); // 18:30 in London

        Assert.Equal(new DateTime(2026, 6, 10, 21, 0, 0), Local(schedule.ComputeDue(FollowUpSchedule.LaterToday, London), London));
    }

    [Fact]
    public void LaterTodayAfterNinePm_MovesToNineTomorrowMorning()
    {
        var schedule = At("2026-06-10T21:30:00Z", out _); // 22:30 in London

        Assert.Equal(new DateTime(2026, 6, 11, 9, 0, 0), Local(schedule.ComputeDue(FollowUpSchedule.LaterToday, London), London));
    }

    [Fact]
    public void Tomorrow_IsSixPmNextLocalDay_EvenWhenUtcDateDiffers()
    {
        var schedule = At("2026-06-11T02:00:00Z", out _); // 22:00 on the 10th in New York

        Assert.Equal(new DateTime(2026, 6, 11, 18, 0, 0), Local(schedule.ComputeDue(FollowUpSchedule.Tomorrow, NewYork), NewYork));
    }

    [Fact]
    public void TomorrowAcrossSpringForward_StaysSixPmLocal()
    {
        // UK clocks go forward on Sunday 29 March 2026: 18:00 is 17:00 UTC after, 18:00 UTC before.
        var schedule = At("2026-03-28T12:00:00Z", out _);

        var due = schedule.ComputeDue(FollowUpSchedule.Tomorrow, London);

        Assert.Equal(new DateTime(2026, 3, 29, 18, 0, 0), Local(due, London));
        Assert.Equal(DateTimeOffset.Parse("2026-03-29T17:00:00Z", System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void ThisWeekAcrossFallBack_IsThreeDaysLaterAtSixPmLocal()
    {
        // US clocks go back on Sunday 1 November 2026.
        var schedule = At("2026-10-30T14:00:00Z", out _); // 10:00 EDT, Friday

        var due = schedule.ComputeDue(FollowUpSchedule.ThisWeek, NewYork);

        Assert.Equal(new DateTime(2026, 11, 2, 18, 0, 0), Local(due, NewYork));
        Assert.Equal(DateTimeOffset.Parse("2026-11-02T23:00:00Z", System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void NowAcrossSpringForward_IsTwoRealHours()
    {
        var schedule = At("2026-03-29T00:30:00Z", out _); // 00:30 GMT, clocks jump at 01:00

        var due = schedule.ComputeDue(FollowUpSchedule.Now, London);

        Assert.Equal(TimeSpan.FromHours(2), due - DateTimeOffset.Parse("2026-03-29T00:30:00Z", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2026, 3, 29, 3, 30, 0), Local(due, London));
    }

    [Fact]
    public void ClockMoves_DueTimeFollowsTheProvider()
    {
        var schedule = At("2026-06-10T08:00:00Z", out var time);
        var first = schedule.ComputeDue(FollowUpSchedule.Now, London);

        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(first.AddHours(1), schedule.ComputeDue(FollowUpSchedule.Now, London));
    }

    [Fact]
    public void WallTimeInDstGap_MovesForwardByTheGap()
    {
        var due = FollowUpSchedule.AtLocal(new DateOnly(2026, 3, 29), 1, London); // 01:00 does not exist that day

        Assert.Equal(DateTimeOffset.Parse("2026-03-29T01:00:00Z", System.Globalization.CultureInfo.InvariantCulture), due.ToUniversalTime());
    }

    [Fact]
    public void UnknownChoice_Throws()
    {
        var schedule = At("2026-06-10T08:00:00Z", out _);

        Assert.Throws<ArgumentException>(() => schedule.ComputeDue("someday", London));
    }

    [Fact]
    public void Options_AreNowLaterTodayTomorrowThisWeek()
    {
        Assert.Equal(["now", "later-today", "tomorrow", "this-week"], FollowUpSchedule.Options.Select(o => o.Id));
    }
}
