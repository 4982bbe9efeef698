using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Scheduling;
using TrustBot.Scheduling;
using TrustBot.Tests.Messaging.Authentication;
using TrustBot.Tests.Scheduling;

namespace TrustBot.Tests.Handoff;

/// <summary>
/// A request nobody took: the person says yes to "check in with you tomorrow", the bot restarts, and the
/// next day the promised check-in arrives on their channel (the Connector stand-in) from the Quartz store in
/// the bot's SQLite file, on a fake clock.
/// </summary>
public sealed class HandoffFollowUpRestartTests
{
    [Fact]
    public async Task TimedOutRequest_TheFollowUpSurvivesARestart_AndIsDeliveredOnThePersonsChannel()
    {
        var time = new FakeTimeProvider(TestTokenIssuer.Now);
        var firings = new FiringListener();
        var folder = Path.Combine(Path.GetTempPath(), "trustbot-tests-" + Guid.NewGuid().ToString("N"));
        var before = await TeamsPersonHost.StartAsync(
            new Dictionary<string, string> { ["Handoff:TimeoutMinutes"] = "1" },
            folder,
            time,
            s => s.AddQuartz(q => q.AddJobListener(firings)));
        await before.SayAsync("talk to a person");
        time.Advance(TimeSpan.FromMinutes(2));

        // The timeout sweep runs on the clock just moved; the test may win the race and close it itself.
        await before.Coordinator.ExpireOverdueAsync(CancellationToken.None);
        using (var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
        {
            while (!before.ConnectorPosts().Any(p => p.Activity.Text == HandoffMessages.FollowUpQuestion))
            {
                await Task.Delay(50, wait.Token);
            }
        }

        Assert.Empty(await before.Store.ListOpenAsync(CancellationToken.None));
        Assert.Contains(await before.SayAsync(HandoffMessages.FollowUpYes), p => p.Activity.Text == HandoffMessages.FollowUpScheduled);
        var posted = before.ConnectorPosts().Count;

        // Restarted before it is due; the next day the trigger in the database fires.
        time.Advance(TimeSpan.FromHours(1));
        await using var after = await before.RestartAsync();
        var scheduler = await after.Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var trigger = await scheduler.GetTrigger(CheckInTriggers.Key(ChannelIds.MsTeams, TeamsPersonHost.UserId, CheckInTriggers.HandoffFollowUp));
        Assert.Equal(TestTokenIssuer.Now.AddMinutes(2).AddDays(1), trigger!.NextFireTimeUtc);
        time.SetUtcNow(trigger.NextFireTimeUtc!.Value);
        await firings.NextAsync(CheckInTriggers.PromptJob);

        var prompt = Assert.Single(after.ConnectorPosts().Skip(posted));
        Assert.Equal(ScheduleMessages.HandoffFollowUpPrompt, prompt.Activity.Text);
        Assert.Equal("Bearer " + TestTokenIssuer.BotToken, prompt.Authorization);
        Assert.Equal(TeamsPersonHost.ConnectorPath + "/v3/conversations/" + Uri.EscapeDataString(TeamsPersonHost.ConversationId) + "/activities", prompt.RawPath);
    }
}
