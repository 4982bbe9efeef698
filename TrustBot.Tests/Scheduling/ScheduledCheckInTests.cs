using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Scheduling;
using TrustBot.Tests.Storage;

namespace TrustBot.Tests.Scheduling;

/// <summary>The scheduler on a fake clock over a real SQLite file: what a person would notice is when a prompt reaches them.</summary>
public sealed class ScheduledCheckInTests : IDisposable
{
    private const string Channel = "msteams";
    private const string User = "29:person";
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static CheckInSchedule Daily(string zone, int hour, int minute = 0) => new()
    {
        ChannelId = Channel,
        UserId = User,
        ConversationId = "a:convo",
        Frequency = CheckInFrequency.Daily,
        LocalTime = new TimeOnly(hour, minute),
        TimeZoneId = zone,
    };

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private static string LocalClock(DateTimeOffset instant, string zone) =>
        TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(zone)).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Daily_NewYork_StaysAtNineLocalAcrossTheMarchChange()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 3, 6, 12)));
        await host.SaveAsync(Daily("America/New_York", 9));
        var due = new List<DateTimeOffset>();
        for (var i = 0; i < 3; i++)
        {
            due.Add(await host.FireNextAsync(Channel, User));
        }

        // 8 March 2026: clocks go forward, so 9:00 is 13:00 UTC instead of 14:00.
        Assert.Equal([Utc(2026, 3, 6, 14), Utc(2026, 3, 7, 14), Utc(2026, 3, 8, 13)], due);
        Assert.All(host.Recorder!.Delivered, e => Assert.Equal("09:00", LocalClock(e.DueAt, "America/New_York")));
        Assert.Equal(3, host.Recorder.Delivered.Count);
    }

    [Fact]
    public async Task Daily_NewYork_StaysAtNineLocalAcrossTheNovemberChange()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 10, 30, 18)));
        await host.SaveAsync(Daily("America/New_York", 9));
        var due = new List<DateTimeOffset>();
        for (var i = 0; i < 3; i++)
        {
            due.Add(await host.FireNextAsync(Channel, User));
        }

        // 1 November 2026: clocks go back, so 9:00 is 14:00 UTC again.
        Assert.Equal([Utc(2026, 10, 31, 13), Utc(2026, 11, 1, 14), Utc(2026, 11, 2, 14)], due);
        Assert.Equal(3, host.Recorder!.Delivered.Count);
    }

    [Fact]
    public async Task Daily_Kolkata_FiresAtHalfPastThreeUtc()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 12)));
        var next = await host.SaveAsync(Daily("Asia/Kolkata", 9));
        Assert.Equal(Utc(2026, 6, 2, 3, 30), next);
        Assert.Equal(Utc(2026, 6, 2, 3, 30), await host.FireNextAsync(Channel, User));
        Assert.Equal("09:00", LocalClock(host.Recorder!.Delivered.Single().DueAt, "Asia/Kolkata"));
    }

    [Fact]
    public async Task Weekdays_SkipTheWeekend()
    {
        // Friday 5 June 2026, after 9:00 in London.
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 5, 12)));
        var schedule = Daily("Europe/London", 9);
        schedule.Frequency = CheckInFrequency.Weekdays;
        Assert.Equal(Utc(2026, 6, 8, 8), await host.SaveAsync(schedule));
        Assert.Equal(DayOfWeek.Monday, (await host.FireNextAsync(Channel, User)).DayOfWeek);
        Assert.Equal(Utc(2026, 6, 9, 8), await host.NextFireAsync(Channel, User));
    }

    [Fact]
    public async Task ChosenDays_FireOnlyOnThem()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 12)));
        var schedule = Daily("Etc/UTC", 18);
        schedule.Frequency = CheckInFrequency.ChosenDays;
        schedule.Days = [DayOfWeek.Wednesday, DayOfWeek.Saturday];
        await host.SaveAsync(schedule);
        Assert.Equal(Utc(2026, 6, 3, 18), await host.FireNextAsync(Channel, User));
        Assert.Equal(Utc(2026, 6, 6, 18), await host.FireNextAsync(Channel, User));
    }

    [Fact]
    public async Task SurvivesARestartOnTheSameDatabase()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 12));
        await using (var first = await SchedulingHost.StartAsync(_database, time))
        {
            await first.SaveAsync(Daily("Europe/Paris", 8));
        }

        await using var second = await SchedulingHost.StartAsync(_database, time);
        Assert.NotNull(await second.Scheduler.GetAsync(Channel, User, CancellationToken.None));
        Assert.Equal(Utc(2026, 6, 2, 6), await second.FireNextAsync(Channel, User));
        Assert.Single(second.Recorder!.Delivered);
    }

    [Fact]
    public async Task AfterAnOutage_OneLatePrompt_NotABacklog()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 12));
        await using (var first = await SchedulingHost.StartAsync(_database, time))
        {
            await first.SaveAsync(Daily("Etc/UTC", 9));
        }

        // Down for three days: 2, 3 and 4 June at 9:00 were missed.
        time.SetUtcNow(Utc(2026, 6, 4, 15));
        await using var second = await SchedulingHost.StartAsync(_database, time);
        var due = await second.Firings.NextAsync(CheckInTriggers.PromptJob);
        Assert.Equal(Utc(2026, 6, 2, 9), due);
        Assert.Single(second.Recorder!.Delivered);

        // Nothing else is owed: the next firing is tomorrow's, so no backlog can follow.
        Assert.Equal(Utc(2026, 6, 5, 9), await second.NextFireAsync(Channel, User));
    }

    [Fact]
    public async Task QuietHours_HoldALatePromptUntilTheyEnd()
    {
        var time = new FakeTimeProvider(Utc(2026, 6, 1, 12));
        var schedule = Daily("Etc/UTC", 21);
        (schedule.QuietHoursStart, schedule.QuietHoursEnd) = (new TimeOnly(22, 0), new TimeOnly(7, 0));
        await using (var first = await SchedulingHost.StartAsync(_database, time))
        {
            await first.SaveAsync(schedule);
        }

        // Back at 23:30: the 21:00 prompt is late and now inside quiet hours.
        time.SetUtcNow(Utc(2026, 6, 1, 23, 30));
        await using var second = await SchedulingHost.StartAsync(_database, time);
        await second.Firings.NextAsync(CheckInTriggers.PromptJob);
        Assert.Empty(second.Recorder!.Delivered);
        Assert.Equal(Utc(2026, 6, 2, 7), await second.NextFireAsync(Channel, User, CheckInTriggers.Deferred));

        await second.FireNextAsync(Channel, User, CheckInTriggers.Deferred);
        var delivered = Assert.Single(second.Recorder.Delivered);
        Assert.Equal(Utc(2026, 6, 2, 7), delivered.DueAt);
    }

    [Fact]
    public async Task Later_SendsOneMorePromptAnHourLater()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 8)));
        await host.SaveAsync(Daily("Etc/UTC", 9));
        await host.FireNextAsync(Channel, User);
        host.Time.Advance(TimeSpan.FromMinutes(2));
        var at = await host.Scheduler.SnoozeAsync(Channel, User, ScheduleCommandHandler.SnoozeDelay, CancellationToken.None);
        Assert.Equal(Utc(2026, 6, 1, 10, 2), at);
        Assert.Equal(Utc(2026, 6, 1, 10, 2), await host.FireNextAsync(Channel, User, CheckInTriggers.Snooze));
        Assert.Equal(2, host.Recorder!.Delivered.Count);
        Assert.Equal(Utc(2026, 6, 2, 9), await host.Scheduler.GetNextPromptAsync(Channel, User, CancellationToken.None));
    }

    [Fact]
    public async Task SkipToday_NoPromptToday_TomorrowAsUsual()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 6)));
        await host.SaveAsync(Daily("Etc/UTC", 9));
        var next = await host.Scheduler.SkipTodayAsync(Channel, User, CancellationToken.None);
        Assert.Equal(Utc(2026, 6, 2, 9), next);
        await host.FireNextAsync(Channel, User);
        Assert.Empty(host.Recorder!.Delivered);
        await host.FireNextAsync(Channel, User);
        Assert.Equal(Utc(2026, 6, 2, 9), Assert.Single(host.Recorder.Delivered).DueAt);
    }

    [Fact]
    public async Task PauseRemovesTheTrigger_ResumeBringsItBackWithoutACatchUp()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 6)));
        await host.SaveAsync(Daily("Etc/UTC", 9));
        Assert.Null(await host.Scheduler.PauseAsync(Channel, User, CancellationToken.None));
        Assert.Null(await host.NextFireAsync(Channel, User));
        Assert.True((await host.Scheduler.GetAsync(Channel, User, CancellationToken.None))!.Paused);

        host.Time.SetUtcNow(Utc(2026, 6, 3, 12));
        var next = await host.Scheduler.ResumeAsync(Channel, User, CancellationToken.None);
        Assert.Equal(Utc(2026, 6, 4, 9), next);
        await host.FireNextAsync(Channel, User);
        Assert.Equal(Utc(2026, 6, 4, 9), Assert.Single(host.Recorder!.Delivered).DueAt);
    }

    [Fact]
    public async Task Stop_RemovesTheScheduleAndItsTriggers()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 6)));
        await host.SaveAsync(Daily("Etc/UTC", 9));
        Assert.True(await host.Scheduler.StopAsync(Channel, User, CancellationToken.None));
        Assert.Null(await host.Scheduler.GetAsync(Channel, User, CancellationToken.None));
        Assert.Empty(await host.Scheduler.TriggerKeysAsync(Channel, User, CancellationToken.None));
    }

    [Fact]
    public async Task AfterACrisis_TheNextPromptIsGentle()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 6)));
        await host.SaveAsync(Daily("Etc/UTC", 9));
        await host.Scheduler.RecordCrisisAsync(Channel, User, CancellationToken.None);
        await host.FireNextAsync(Channel, User);
        Assert.Equal(PromptKind.Gentle, Assert.Single(host.Recorder!.Delivered).Kind);

        host.Time.Advance(TimeSpan.FromDays(4));
        await host.FireNextAsync(Channel, User);
        Assert.Equal(PromptKind.CheckIn, host.Recorder.Delivered[^1].Kind);
    }

    [Fact]
    public async Task TheSameOccurrenceFiredTwice_IsSentOnce()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 6)));
        await host.SaveAsync(Daily("Etc/UTC", 9));

        // As a firing recovered after a crash would arrive again for an occurrence already handled.
        var occurrence = new DueOccurrence(Channel, User, null, PromptKind.CheckIn, CheckInTriggers.Regular, Utc(2026, 5, 31, 9));
        Assert.NotNull(await host.Dispatcher.OnDueAsync(occurrence, CancellationToken.None));
        Assert.Null(await host.Dispatcher.OnDueAsync(occurrence, CancellationToken.None));
        Assert.Single(host.Recorder!.Delivered);
    }

    [Fact]
    public async Task DeleteMyData_RemovesScheduleOutboxAndTriggers()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 6)));
        await host.SaveAsync(Daily("Etc/UTC", 9));
        await host.FireNextAsync(Channel, User);
        await host.Scheduler.ScheduleFollowUpAsync(Channel, User, null, "checkin-1", Utc(2026, 6, 3, 18), CancellationToken.None);
        var personalData = host.Services.GetServices<Dialogs.Profile.IPersonalDataStore>().OfType<SchedulingPersonalData>().Single();

        var export = await personalData.ExportAsync(Channel, User, CancellationToken.None);
        Assert.Equal("Daily", export!["schedule"]!["frequency"]!.GetValue<string>());
        Assert.Equal("sent", export["prompts"]![0]!["status"]!.GetValue<string>());
        Assert.Equal(2, (await host.Scheduler.TriggerKeysAsync(Channel, User, CancellationToken.None)).Count);

        await personalData.DeleteAsync(Channel, User, CancellationToken.None);
        Assert.Empty(await host.Scheduler.TriggerKeysAsync(Channel, User, CancellationToken.None));
        Assert.Null(await personalData.ExportAsync(Channel, User, CancellationToken.None));
    }

    [Fact]
    public async Task InstallationUpdateRemove_StopsTheSchedule()
    {
        await using var host = await SchedulingHost.StartAsync(_database, new FakeTimeProvider(Utc(2026, 6, 1, 6)));
        await host.SaveAsync(Daily("Etc/UTC", 9));
        await host.Dispatcher.OnInboundActivityAsync(new Dialogs.Protocol.Activity
        {
            Type = Dialogs.Protocol.ActivityTypes.InstallationUpdate,
            Action = "remove",
            ChannelId = Channel,
            From = new Dialogs.Protocol.ChannelAccount { Id = User },
        }, CancellationToken.None);
        Assert.Null(await host.Scheduler.GetAsync(Channel, User, CancellationToken.None));
        Assert.Empty(await host.Scheduler.TriggerKeysAsync(Channel, User, CancellationToken.None));
    }
}
