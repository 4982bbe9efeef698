using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Scheduling;
using TrustBot.Tests.Storage;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Scheduling;

/// <summary>What people type to set up, pause, resume and stop check-ins (the clock reads Monday 2 November 2026, 4:00 in New York).</summary>
public sealed class ScheduleTranscriptTests : IDisposable
{
    private readonly TempSqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private static Task<CheckInSchedule?> StoredAsync(TestConversation convo) =>
        convo.Services.GetRequiredService<ICheckInScheduler>().GetAsync(convo.ChannelId, convo.UserId, CancellationToken.None);

    [Fact]
    public async Task Daily_WithNightQuietHours_SaysWhenTheNextOneIs()
    {
        await using var convo = await SchedulingConversation.StartAsync(_database);
        var often = await convo.SendAsync("schedule");
        often.ShouldContain(ScheduleMessages.HowOften);
        Assert.Equal([ScheduleMessages.Daily, ScheduleMessages.Weekdays, ScheduleMessages.ChosenDays, ScheduleMessages.Weekly], often.Buttons());
        (await convo.SendAsync("every day")).ShouldContain(ScheduleMessages.WhatTime);
        (await convo.SendAsync("8:30am")).ShouldContain("I have your time zone as New York");
        (await convo.SendAsync("keep it")).ShouldContain(ScheduleMessages.QuietHoursQuestion);
        var done = await convo.SendAsync(ScheduleMessages.QuietNight);
        done.ShouldContain("check-ins every day at 8:30 (New York time), quiet from 22:00 to 7:00");
        done.ShouldContain("Your next check-in is Monday 2 November at 8:30.");
        var stored = await StoredAsync(convo);
        Assert.Equal(new TimeOnly(8, 30), stored!.LocalTime);
        Assert.Equal(new TimeOnly(22, 0), stored.QuietHoursStart);
    }

    [Fact]
    public async Task CertainDays_TypedDaysAndANewTimeZone()
    {
        await using var convo = await SchedulingConversation.StartAsync(_database);
        await convo.SendAsync("set up check-ins");
        (await convo.SendAsync("certain days")).ShouldContain(ScheduleMessages.WhichDays);
        (await convo.SendAsync("tomorrow maybe")).ShouldContain(ScheduleMessages.WhichDaysRetry);
        (await convo.SendAsync("Mon, Wed and fri")).ShouldContain(ScheduleMessages.WhatTime);
        (await convo.SendAsync("whenever")).ShouldContain(ScheduleMessages.WhatTimeRetry);
        await convo.SendAsync("7pm");
        (await convo.SendAsync("no")).ShouldContain(ScheduleMessages.WhichZone);
        (await convo.SendAsync("Chicago")).ShouldContain(ScheduleMessages.QuietHoursQuestion);
        var done = await convo.SendAsync("no quiet hours");
        done.ShouldContain("check-ins on Monday, Wednesday and Friday at 19:00 (Chicago time).");
        done.ShouldContain("Your next check-in is Monday 2 November at 19:00.");
        Assert.Equal("America/Chicago", (await StoredAsync(convo))!.TimeZoneId);
    }

    [Fact]
    public async Task ATimeInsideQuietHours_MovesToWhenTheyEnd()
    {
        await using var convo = await SchedulingConversation.StartAsync(_database);
        await convo.SendAsync("schedule");
        await convo.SendAsync("weekdays");
        await convo.SendAsync("11pm");
        await convo.SendAsync("yes");
        var done = await convo.SendAsync("22:00-07:00");
        done.ShouldContain("23:00 is inside your quiet hours, so I'll send it at 7:00 instead.");
        done.ShouldContain("Your next check-in is Monday 2 November at 7:00.");
    }

    [Fact]
    public async Task Weekly_AsksForTheDay()
    {
        await using var convo = await SchedulingConversation.StartAsync(_database);
        await convo.SendAsync("schedule");
        (await convo.SendAsync("once a week")).ShouldContain(ScheduleMessages.WhichDay);
        await convo.SendAsync("sunday");
        await convo.SendAsync("6pm");
        await convo.SendAsync("keep");
        (await convo.SendAsync("skip")).ShouldContain("Your next check-in is Sunday 8 November at 18:00.");
    }

    [Fact]
    public async Task WithoutConsentToStorage_NothingIsScheduled()
    {
        await using var convo = await SchedulingConversation.StartAsync(_database, consent: false);
        (await convo.SendAsync("schedule")).ShouldContain(ScheduleMessages.NeedsConsent);
        Assert.Null(await StoredAsync(convo));
    }

    [Fact]
    public async Task PauseResumeStop_WorkFromTheMiddleOfAQuestion()
    {
        await using var convo = await SchedulingConversation.StartAsync(_database);
        (await convo.SendAsync("pause check-ins")).ShouldContain(ScheduleMessages.NothingScheduled);
        foreach (var answer in new[] { "schedule", "daily", "9am", "keep it", "no quiet hours" })
        {
            await convo.SendAsync(answer);
        }

        await convo.SendAsync("schedule");
        var paused = await convo.SendAsync("pause check-ins");
        paused.ShouldContain(ScheduleMessages.Paused);
        paused.ShouldContain(ScheduleMessages.HowOften);
        Assert.True((await StoredAsync(convo))!.Paused);
        (await convo.SendAsync("pause check-ins")).ShouldContain(ScheduleMessages.AlreadyPaused);
        (await convo.SendAsync("resume check-ins")).ShouldContain("check-ins are on again. Your next check-in is Monday 2 November at 9:00.");
        (await convo.SendAsync("skip today")).ShouldContain("no check-in today. Your next check-in is Tuesday 3 November at 9:00.");
        (await convo.SendAsync("Later")).ShouldContain("I'll ask again at 5:00.");
        (await convo.SendAsync("stop check-ins")).ShouldContain(ScheduleMessages.Stopped);
        Assert.Null(await StoredAsync(convo));
    }

    [Fact]
    public void LaterToday_AsAnAnswer_IsNotTakenForTheSnoozeCommand()
    {
        Assert.Equal(ScheduleCommand.None, ScheduleCommandRecognizer.Recognize("Later today"));
        Assert.Equal(ScheduleCommand.Later, ScheduleCommandRecognizer.Recognize(ScheduleMessages.LaterButton));
        Assert.Equal(ScheduleCommand.Stop, ScheduleCommandRecognizer.Recognize(ScheduleMessages.StopButton));
        Assert.Equal(ScheduleCommand.SkipToday, ScheduleCommandRecognizer.Recognize(ScheduleMessages.SkipTodayButton));
    }

    [Theory]
    [InlineData("I did it", FollowUpOutcome.DidIt, "That's a real step")]
    [InlineData("partly", FollowUpOutcome.Partly, "an even smaller piece")]
    [InlineData("not yet", FollowUpOutcome.NotYet, "\"Not yet\" isn't \"never\"")]
    [InlineData("I changed my mind", FollowUpOutcome.ChangedMind, "You know this relationship best")]
    public async Task FollowUp_EachOutcome_IsAnsweredKindlyAndStoredWithTheCheckIn(string answer, string expected, string reply)
    {
        var checkIns = new JsonArray(new JsonObject { ["id"] = "ci-1", ["action"] = "Ask Sam how their day went", ["who"] = "Partner" });
        await using var convo = await SchedulingConversation.StartAsync(_database, checkIns: checkIns);
        var question = await convo.SendAsync(ScheduleMessages.FollowUpStartButton);
        question.ShouldContain("Last time you planned to ask Sam how their day went. How did it go?");
        Assert.Equal([FollowUpMessages.DidIt, FollowUpMessages.Partly, FollowUpMessages.NotYet, FollowUpMessages.ChangedMind], question.Buttons());
        (await convo.SendAsync(answer)).ShouldContain(FollowUpMessages.Noticed);
        (await convo.SendAsync("they smiled")).ShouldContain("How much do you trust partner right now, from 0 to 10?");
        (await convo.SendAsync("eleven")).ShouldContain(FollowUpMessages.TrustRetry);
        var end = await convo.SendAsync("7");
        end.ShouldContain(reply);
        end.ShouldNotContain("should have");
        var stored = Assert.Single(await convo.Services.GetRequiredService<IFollowUpOutcomeStore>().ReadAsync(convo.ChannelId, convo.UserId, CancellationToken.None));
        Assert.Equal(("ci-1", expected, "they smiled", 7), (stored.CheckInId, stored.Result, stored.Noticed, stored.Trust));
    }

    [Fact]
    public async Task FollowUp_NoticedAndTrustCanBeSkipped()
    {
        var checkIns = new JsonArray(new JsonObject { ["id"] = "ci-2", ["action"] = "Send a kind text" });
        await using var convo = await SchedulingConversation.StartAsync(_database, checkIns: checkIns);
        await convo.SendAsync("follow up");
        await convo.SendAsync("not yet");
        (await convo.SendAsync("skip")).ShouldContain("How much do you trust them right now");
        (await convo.SendAsync("skip")).ShouldContain("make the next step smaller");
        var stored = Assert.Single(await convo.Services.GetRequiredService<IFollowUpOutcomeStore>().ReadAsync(convo.ChannelId, convo.UserId, CancellationToken.None));
        Assert.Null(stored.Noticed);
        Assert.Null(stored.Trust);
    }

    [Fact]
    public async Task FollowUp_WithNothingPlanned_SaysSo()
    {
        await using var convo = await SchedulingConversation.StartAsync(_database);
        (await convo.SendAsync("follow up")).ShouldContain(FollowUpMessages.NotFound);
    }
}
