using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Dialogs.Welcome;
using TrustBot.Scheduling;
using TrustBot.Tests.DirectLine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Scheduling;

/// <summary>
/// Scheduled check-ins through the real bot: a website person on the embedded Direct Line, the real
/// TrustBotHandler and the Quartz store in the bot's SQLite file, on a fake clock.
/// </summary>
public sealed class WiredSchedulingTests : IAsyncDisposable
{
    private const string PageUserId = "wired-person-0123456789";
    private const string UserId = "dl_" + PageUserId;
    private readonly FiringListener _firings = new();
    private readonly TrustBotHostFactory _host;
    private readonly DirectLineTestClient _client;
    private string _conversationId = string.Empty;
    private string _token = string.Empty;
    private string _watermark = string.Empty;

    public WiredSchedulingTests()
    {
        // The Direct Line preset, with the real bot instead of its test bot.
        _host = new TrustBotHostFactory()
            .WithEnvironment("Development")
            .WithSqliteStorage()
            .WithSetting("DirectLine:Secret", TrustBotHostFactory.DirectLineSecret)
            .WithSetting("DirectLine:TokenRequestsPerMinute", "1000")
            .WithFakeTime()
            .WithServices(s => s.AddQuartz(q => q.AddJobListener(_firings)));
        _client = new DirectLineTestClient(_host.CreateClient());
    }

    [Fact]
    public async Task WelcomeOffersASchedule_ThePromptComes_AndItsAnswersWorkInTheRealBot()
    {
        await StartAsync();
        await SayAsync(WelcomeMessages.ConsentYes);
        await SayAsync("yes");
        (await SayAsync("yes")).ShouldContainText(WelcomeMessages.OfferCheckIn);
        var welcomeEnd = await SayAsync(WelcomeMessages.NotNowButton);
        welcomeEnd.ShouldContainText(WelcomeMessages.Later);
        welcomeEnd.ShouldContainText(ScheduleOffer.Text);

        (await SayAsync(ScheduleOffer.Button)).ShouldContainText(ScheduleMessages.HowOften);
        (await SayAsync(ScheduleMessages.Daily)).ShouldContainText(ScheduleMessages.WhatTime);
        await SayAsync("9am");
        (await SayAsync(ScheduleMessages.KeepZoneButton)).ShouldContainText(ScheduleMessages.QuietHoursQuestion);
        (await SayAsync(ScheduleMessages.NoQuietHours)).ShouldContainText("Done: check-ins every day at 9:00");

        // 2026-11-22 09:00 UTC is 04:00 in New York: the first prompt is at 9:00 there, 14:00 UTC.
        var due = await FireNextPromptAsync();
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 14, 0, 0, TimeSpan.Zero), due);
        var prompt = await ReadAsync();
        Assert.Equal(ScheduleMessages.Prompt, prompt[^1].Text);
        Assert.Equal([ScheduleMessages.StartButton, ScheduleMessages.LaterButton, ScheduleMessages.SkipTodayButton, ScheduleMessages.StopButton], prompt[^1].Buttons);

        // The person taps a minute after the prompt came.
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        (await SayAsync(ScheduleMessages.StartButton)).ShouldContainText("How are you feeling right now?");

        // Typed from the middle of the check-in: each says what it did and the question comes back.
        var paused = await SayAsync("pause check-ins");
        paused.ShouldContainText(ScheduleMessages.Paused);
        paused.ShouldContainText("How are you feeling right now?");
        (await SayAsync("resume check-ins")).ShouldContainText("Your next check-in is Monday 23 November at 9:00");

        await SayAsync("anxious");
        await SayAsync("6");
        await SayAsync("Friend");
        await SayAsync("Felt left out");
        await SayAsync("skip");
        await SayAsync("2");
        await SayAsync("Later today");
        var close = await SayAsync("3");
        close.ShouldContainText(CheckInMessages.SavedNote);
        Assert.DoesNotContain(close, a => a.Text == ScheduleOffer.Text);

        // The planned step's follow-up comes before the next regular prompt, and opens the follow-up.
        var followUpDue = await FireNextPromptAsync();
        Assert.True(followUpDue < new DateTimeOffset(2026, 11, 23, 14, 0, 0, TimeSpan.Zero), $"follow-up due {followUpDue:O}");
        var followUp = await ReadAsync();
        Assert.Equal(ScheduleMessages.FollowUpPrompt, followUp[^1].Text);
        (await SayAsync(ScheduleMessages.FollowUpStartButton)).ShouldContainText("Last time you planned to");
        await SayAsync(FollowUpMessages.DidIt);
        await SayAsync("skip");
        await SayAsync("7");

        (await SayAsync("stop check-ins")).ShouldContainText(ScheduleMessages.Stopped);
        var scheduler = _host.Services.GetRequiredService<ICheckInScheduler>();
        Assert.Null(await scheduler.GetAsync(ChannelIds.DirectLine, UserId, CancellationToken.None));
    }

    [Fact]
    public async Task ACrisisMessage_MakesTheNextPromptTheGentleOne_AndItsAnswersAreScreenedToo()
    {
        await StartAsync();
        await SayAsync(WelcomeMessages.ConsentYes);
        await SayAsync("yes");
        await SayAsync("yes");
        await SayAsync(WelcomeMessages.NotNowButton);
        await SayAsync("schedule");
        await SayAsync(ScheduleMessages.Daily);
        await SayAsync("9am");
        await SayAsync(ScheduleMessages.KeepZoneButton);
        await SayAsync(ScheduleMessages.NoQuietHours);

        AssertSafetyQuestion(await SayAsync("I want to kill myself"));
        await SayAsync(SafetyMessages.No);
        await FireNextPromptAsync();
        var prompt = await ReadAsync();
        Assert.Equal(ScheduleMessages.GentlePrompt, prompt[^1].Text);
        Assert.DoesNotContain(prompt, a => a.Text == ScheduleMessages.Prompt);

        // An answer to the proactive prompt goes through the crisis screen like any message.
        AssertSafetyQuestion(await SayAsync("I want to kill myself"));
    }

    [Fact]
    public async Task MyData_ExportsTheScheduleItsPromptsAndFollowUps_AndDeleteRemovesThemWithTheTriggers()
    {
        await StartAsync();
        await SayAsync(WelcomeMessages.ConsentYes);
        await SayAsync("yes");
        await SayAsync("yes");
        await SayAsync(WelcomeMessages.StartButton);
        foreach (var answer in new[] { "anxious", "6", "Friend", "Felt left out", "skip", "2", "Later today" })
        {
            await SayAsync(answer);
        }

        // A first check-in, and no schedule yet: the offer follows it.
        (await SayAsync("3")).ShouldContainText(ScheduleOffer.Text);
        await SayAsync("schedule check-ins");
        await SayAsync(ScheduleMessages.Daily);
        await SayAsync("9am");
        await SayAsync(ScheduleMessages.KeepZoneButton);
        await SayAsync(ScheduleMessages.NoQuietHours);

        // Both the day's prompt and the step's follow-up come (in whichever order they are due).
        for (var fired = 0; fired < 2; fired++)
        {
            await FireNextPromptAsync();
            _host.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var prompts = (await ReadAsync()).Select(l => l.Text).ToList();
        Assert.Contains(ScheduleMessages.FollowUpPrompt, prompts);
        Assert.Contains(ScheduleMessages.Prompt, prompts);
        await SayAsync(ScheduleMessages.FollowUpStartButton);
        await SayAsync(FollowUpMessages.DidIt);
        await SayAsync("it felt good");
        await SayAsync("7");

        var export = await ExportAsync();
        var scheduled = export["scheduledCheckIns"]!;
        Assert.Equal("America/New_York", (string?)scheduled["schedule"]!["timeZoneId"]);
        Assert.NotNull(scheduled["nextPrompt"]);
        Assert.Equal(2, scheduled["prompts"]!.AsArray().Count);
        Assert.Contains("it felt good", export["followUps"]!.ToJsonString(), StringComparison.Ordinal);

        await SayAsync("delete my data");
        await SayAsync("yes");
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Empty(await scheduler.GetTriggersOfJob(CheckInTriggers.PromptJob));
        Assert.Null(await _host.Services.GetRequiredService<ICheckInScheduler>().GetAsync(ChannelIds.DirectLine, UserId, CancellationToken.None));
        foreach (var store in _host.Services.GetServices<Dialogs.Profile.IPersonalDataStore>().Where(s => s.Name is "scheduledCheckIns" or "followUps"))
        {
            Assert.Null(await store.ExportAsync(ChannelIds.DirectLine, UserId, CancellationToken.None));
        }
    }

    [Fact]
    public async Task TeamsUninstall_OnApiMessages_StopsThatPersonsSchedule()
    {
        var scheduler = _host.Services.GetRequiredService<ICheckInScheduler>();
        await scheduler.SaveAsync(new CheckInSchedule { ChannelId = ChannelIds.MsTeams, UserId = "29:teams-person", ConversationId = "a:personal", TimeZoneId = "Europe/London" }, CancellationToken.None);
        Assert.NotNull(await scheduler.GetNextPromptAsync(ChannelIds.MsTeams, "29:teams-person", CancellationToken.None));

        var remove = new JsonObject
        {
            ["type"] = "installationUpdate",
            ["action"] = "remove",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = ChannelIds.MsTeams,
            ["serviceUrl"] = "http://localhost:1/",
            ["from"] = new JsonObject { ["id"] = "29:teams-person" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = "a:personal", ["conversationType"] = "personal" },
        };
        using var response = await _host.CreateClient().PostAsync("/api/messages", DirectLineTestClient.Json(remove.ToJsonString()));

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.Null(await scheduler.GetAsync(ChannelIds.MsTeams, "29:teams-person", CancellationToken.None));
        Assert.Null(await scheduler.GetNextPromptAsync(ChannelIds.MsTeams, "29:teams-person", CancellationToken.None));
    }

    private static void AssertSafetyQuestion(IReadOnlyList<BotLine> replies) =>
        Assert.Contains(replies, l => l.Text == SafetyMessages.ClarifyQuestion || l.Text?.Contains(SafetyMessages.AreYouSafe, StringComparison.Ordinal) == true);

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private async Task StartAsync()
    {
        var page = await _client.PageTokenAsync(PageUserId);
        using var response = await _client.SendAsync(HttpMethod.Post, $"{DirectLineTestClient.Base}/conversations", (string)page["token"]!, """{"user":{"id":"ignored"}}""");
        var body = await DirectLineTestClient.ReadAsync(response);
        (_conversationId, _token) = ((string)body["conversationId"]!, (string)body["token"]!);
        (await SayAsync("hi")).ShouldContainText(WelcomeMessages.AskConsent);
    }

    /// <summary>Sends text as the widget does and returns what the bot said since the last read.</summary>
    private async Task<IReadOnlyList<BotLine>> SayAsync(string text)
    {
        await _client.PostMessageAsync(_conversationId, _token, text, Guid.NewGuid().ToString("N"));
        return await ReadAsync();
    }

    private async Task<IReadOnlyList<BotLine>> ReadAsync()
    {
        var set = await _client.GetActivitiesAsync(_conversationId, _token, _watermark);
        _watermark = (string?)set["watermark"] ?? _watermark;
        return [.. set["activities"]!.AsArray()
            .Where(a => (string?)a!["from"]?["id"] != UserId && (string?)a!["type"] == "message")
            .Select(a => new BotLine(
                (string?)a!["text"],
                a["suggestedActions"]?["actions"]?.AsArray().Select(b => (string)b!["title"]!).ToList() ?? []))];
    }

    /// <summary>"export my data", read from the JSON file the bot attaches.</summary>
    private async Task<JsonObject> ExportAsync()
    {
        await _client.PostMessageAsync(_conversationId, _token, "export my data", Guid.NewGuid().ToString("N"));
        var set = await _client.GetActivitiesAsync(_conversationId, _token, _watermark);
        _watermark = (string?)set["watermark"] ?? _watermark;
        var url = set["activities"]!.AsArray().SelectMany(a => a!["attachments"]?.AsArray() ?? []).Select(a => (string)a!["contentUrl"]!).Single();
        return JsonNode.Parse(Convert.FromBase64String(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..]))!.AsObject();
    }

    /// <summary>Moves the clock to the earliest planned prompt, waits for its firing, and reconnects as the widget would.</summary>
    private async Task<DateTimeOffset> FireNextPromptAsync()
    {
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.GetTriggersOfJob(CheckInTriggers.PromptJob);
        var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min() ?? throw new InvalidOperationException("Nothing planned.");
        _host.Time.SetUtcNow(next);
        var fired = await _firings.NextAsync(CheckInTriggers.PromptJob) ?? next;

        // A day later the widget's token has expired: the page hands it a fresh one for the same conversation.
        var page = await _client.PageTokenAsync(PageUserId, _conversationId);
        _token = (string)page["token"]!;
        return fired;
    }
}
