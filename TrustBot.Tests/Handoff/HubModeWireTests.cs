using System.Text.Json.Nodes;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Messaging.Authentication;

namespace TrustBot.Tests.Handoff;

/// <summary>
/// Hub mode on the wire: a Teams person asks for a person; the bot posts the standard
/// <c>handoff.initiate</c> (transcript attachment with exactly the consented summary) to the Connector,
/// then follows the hub's <c>handoff.status</c> events arriving on <c>/api/messages</c>.
/// </summary>
public sealed class HubModeWireTests : IAsyncLifetime
{
    private TeamsPersonHost _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsPersonHost.StartAsync(new Dictionary<string, string>
    {
        ["Handoff:Mode"] = "Hub",
        ["Handoff:HubContext:Skill"] = "wellbeing",
    });

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task ConsentedRequest_EmitsHandoffInitiateWithTheSummaryTranscript_ThenSilentWhileTheHubOwnsIt_AndBackAfterCompleted()
    {
        await CheckInOnceAsync();
        var offer = await _teams.SayExpectingRepliesAsync("talk to a person");
        Assert.Contains(offer, a => a.Text?.StartsWith(HandoffMessages.SummaryIntro, StringComparison.Ordinal) == true);
        var shown = string.Join("\n", offer.Select(a => a.Text));

        var queued = await _teams.SayAsync(HandoffMessages.ShareButton);

        var initiate = Assert.Single(queued, p => p.Activity.Type == ActivityTypes.Event);
        Assert.Equal(HandoffEvents.Initiate, initiate.Activity.Name);
        Assert.Equal("Bearer " + TestTokenIssuer.BotToken, initiate.Authorization);
        Assert.StartsWith(TeamsPersonHost.ConnectorPath + "/v3/conversations/" + Uri.EscapeDataString(TeamsPersonHost.ConversationId) + "/activities", initiate.RawPath, StringComparison.Ordinal);
        Assert.Equal(TeamsPersonHost.ConversationId, initiate.Activity.Conversation!.Id);
        Assert.Equal(TeamsPersonHost.UserId, initiate.Activity.From!.Id);
        Assert.Equal(TeamsPersonHost.ConversationId, initiate.Activity.RelatesTo!.Conversation!.Id);
        Assert.Equal("wellbeing", (string?)initiate.Activity.Value!["Skill"]);
        Assert.Equal("routine", (string?)initiate.Activity.Value!["urgency"]);
        var transcript = Assert.Single(initiate.Activity.Attachments!);
        Assert.Equal("application/json", transcript.ContentType);
        Assert.Equal(HandoffEvents.TranscriptName, transcript.Name);
        var shared = Assert.Single(transcript.Content!["activities"]!.AsArray());
        var summary = (string)shared!["text"]!;
        Assert.Contains("felt anxious (6/10, 3/10 after)", summary, StringComparison.Ordinal);
        Assert.Contains(summary, shown, StringComparison.Ordinal);
        var told = queued.Where(p => p.Activity.Type == ActivityTypes.Message).Select(p => p.Activity.Text).ToList();
        Assert.Contains(HandoffMessages.Shared, told);
        Assert.Contains(HandoffMessages.HubQueued(15), told);
        var request = await _teams.Store.FindOpenAsync(ChannelIds.MsTeams, TeamsPersonHost.UserId, CancellationToken.None);
        Assert.True(request!.ViaHub);

        // Accepted: the hub owns the conversation; the bot says nothing, to the status or to the person.
        Assert.Empty(await _teams.HubStatusAsync(HandoffEvents.Accepted));
        Assert.Empty(await _teams.SayAsync("hello, is someone there?"));
        var live = await _teams.Store.GetAsync(request.Id, CancellationToken.None);
        Assert.Equal(HandoffStatus.Live, live!.Status);
        Assert.Equal(HandoffRequest.HubStaffId, live.StaffId);
        Assert.Empty(await _teams.Store.ListMessagesAsync(request.Id, 0, CancellationToken.None));

        // Completed: the bot takes over again and says so.
        var back = await _teams.HubStatusAsync(HandoffEvents.Completed);
        Assert.Contains(back, p => p.Activity.Text == HandoffMessages.HubCompleted);
        Assert.Contains(back, p => p.Activity.Text == HandoffMessages.FollowUpQuestion);
        Assert.All(back, p => Assert.Equal("Bearer " + TestTokenIssuer.BotToken, p.Authorization));
        Assert.Equal(HandoffStatus.Ended, (await _teams.Store.GetAsync(request.Id, CancellationToken.None))!.Status);
        Assert.Contains(await _teams.SayAsync(HandoffMessages.FollowUpNo), p => p.Activity.Text == HandoffMessages.FollowUpDeclined);

        // A late or repeated status for a closed request is accepted and changes nothing.
        Assert.Empty(await _teams.HubStatusAsync(HandoffEvents.Failed));
    }

    [Fact]
    public async Task Failed_IsToldHonestlyWithTheCrisisLines_AndAFollowUpOffer()
    {
        var queued = await _teams.SayAsync("talk to a person");
        var initiate = Assert.Single(queued, p => p.Activity.Type == ActivityTypes.Event);

        // No check-ins: nothing to consent to, and the transcript is empty.
        Assert.Empty(initiate.Activity.Attachments![0].Content!["activities"]!.AsArray());
        Assert.Contains(queued, p => p.Activity.Text == HandoffMessages.NoCheckInsToShare);

        // Waiting: the bot still answers, with the crisis lines one tap away.
        var waiting = await _teams.SayAsync("how long?");
        Assert.Contains(waiting, p => p.Activity.Text == HandoffMessages.HubStillWaiting(15));

        var failed = await _teams.HubStatusAsync(HandoffEvents.Failed);
        var honest = Assert.Single(failed, p => p.Activity.Text?.StartsWith("I'm sorry: the support team can't take your request", StringComparison.Ordinal) == true);
        Assert.True(honest.Activity.Text!.Length > HandoffMessages.HubFailed(string.Empty).Length, "the resources follow the apology");
        // The crisis lines as one-tap actions (Teams shows them as card buttons).
        Assert.NotEmpty(honest.Activity.Attachments![0].Content!["buttons"]!.AsArray());
        Assert.Contains(failed, p => p.Activity.Text == HandoffMessages.FollowUpQuestion);
        Assert.Null(await _teams.Store.FindOpenAsync(ChannelIds.MsTeams, TeamsPersonHost.UserId, CancellationToken.None));
        Assert.Equal(
            [("handoff-requested", null), ("handoff-summary-not-shared", null), ("handoff-sent-to-hub", null), ("handoff-failed", HandoffRequest.HubStaffId)],
            _teams.HandoffAudit());
    }

    [Fact]
    public async Task StatusWithNoRequest_OrNoValue_Is200AndSilent()
    {
        Assert.Empty(await _teams.HubStatusAsync(HandoffEvents.Accepted));
        Assert.Empty(await _teams.HubStatusAsync("something-else"));
    }

    private async Task CheckInOnceAsync()
    {
        var welcome = await _teams.SayExpectingRepliesAsync("hi");
        Assert.Contains(welcome, a => a.Text?.Contains("I'm TrustBot", StringComparison.Ordinal) == true);
        foreach (var answer in new[] { WelcomeMessages.ConsentYes, "yes", "yes", WelcomeMessages.StartButton, "anxious", "6", "Partner", "Plans changed", "skip", "1", "Now" })
        {
            await _teams.SayExpectingRepliesAsync(answer);
        }

        var end = await _teams.SayExpectingRepliesAsync("3");
        Assert.DoesNotContain(end, a => a.Text?.Contains(SafetyMessages.AreYouSafe, StringComparison.Ordinal) == true);
    }
}
