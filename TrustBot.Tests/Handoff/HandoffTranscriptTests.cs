using System.Text;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Safety;
using TrustBot.Tests.CheckIn;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Handoff;

public sealed class HandoffTranscriptTests
{
    private static async Task FinishOneCheckInAsync(TestConversation convo)
    {
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        foreach (var answer in new[] { "anxious", "6", "Partner", "Plans changed", "skip", "1", "Now", "3" })
        {
            await convo.SendAsync(answer);
        }
    }

    [Fact]
    public async Task ConsentGiven_ShowsExactlyWhatIsSharedAndQueuesWithIt()
    {
        await using var convo = HandoffConversation.Create();
        convo.StaffOnline();
        await FinishOneCheckInAsync(convo);

        var ask = await convo.SendAsync("talk to a person");
        ask.ShouldContain(HandoffMessages.SummaryIntro);
        ask.ShouldContain("felt anxious (6/10, 3/10 after)");
        ask.ShouldContain("about partner");
        Assert.Equal([HandoffMessages.ShareButton, HandoffMessages.DontShareButton, HandoffMessages.CancelRequestButton], ask.Buttons());
        var shown = ask.AllText();

        var queued = await convo.SendAsync("yes");
        queued.ShouldContain(HandoffMessages.Shared);
        queued.ShouldContain("You're next in the queue");
        queued.ShouldContain("1 therapist is online");
        Assert.Contains(HandoffMessages.CancelRequestButton, queued.Buttons());
        Assert.Contains(queued.Buttons(), b => b.Contains("988", StringComparison.Ordinal));

        var request = await convo.OpenRequestAsync();
        Assert.NotNull(request.Summary);
        Assert.Contains(request.Summary, shown, StringComparison.Ordinal);
        Assert.Equal(HandoffUrgency.Routine, request.Urgency);
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "handoff-requested");
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "handoff-consented");
    }

    [Fact]
    public async Task ConsentRefused_QueuesWithoutAnySummary()
    {
        await using var convo = HandoffConversation.Create();
        await FinishOneCheckInAsync(convo);
        await convo.SendAsync("therapist");
        var queued = await convo.SendAsync(HandoffMessages.DontShareButton);
        queued.ShouldContain(HandoffMessages.NotShared);
        queued.ShouldContain("No therapist is online right now");
        var request = await convo.OpenRequestAsync();
        Assert.Null(request.Summary);
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "handoff-summary-not-shared");
        Assert.DoesNotContain(convo.AuditLog.Records, r => r.Event == "handoff-consented");
    }

    [Fact]
    public async Task CancelWhileWaiting_WithdrawsTheRequestAndTheBotCarriesOn()
    {
        await using var convo = HandoffConversation.Create();
        await FinishOneCheckInAsync(convo);
        await convo.SendAsync("talk to someone");
        await convo.SendAsync(HandoffMessages.DontShareButton);

        var waiting = await convo.SendAsync("are you still there?");
        waiting.ShouldContain("I'm still waiting for a therapist with you");

        (await convo.SendAsync(HandoffMessages.CancelRequestButton)).ShouldContain(HandoffMessages.Cancelled);
        Assert.Null(await convo.HandoffStore().FindOpenAsync(convo.ChannelId, convo.UserId, CancellationToken.None));
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "handoff-cancelled");
        Assert.Contains(CommandMessages.CheckInButton, (await convo.SendAsync("hello")).Buttons());
    }

    [Fact]
    public async Task TypedCancelWhileWaiting_AlsoWithdrawsTheRequest()
    {
        await using var convo = HandoffConversation.Create();
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        await convo.SendAsync("cancel");
        (await convo.SendAsync("therapist")).ShouldContain(HandoffMessages.NoCheckInsToShare);
        (await convo.SendAsync("cancel")).ShouldContain(HandoffMessages.Cancelled);
        Assert.Null(await convo.HandoffStore().FindOpenAsync(convo.ChannelId, convo.UserId, CancellationToken.None));
    }

    [Fact]
    public async Task Queue_PutsACrisisFirstThenTheLongestWait()
    {
        var store = new MemoryHandoffStore();
        await using var first = HandoffConversation.Create(store, "early");
        await using var second = HandoffConversation.Create(store, "later");
        await using var crisis = HandoffConversation.Create(store, "crisis");
        await first.SendAsync("cancel");
        await first.SendAsync("talk to a person");
        second.Time.Advance(TimeSpan.FromMinutes(1));
        await second.SendAsync("cancel");
        await second.SendAsync("talk to a person");

        crisis.Time.Advance(TimeSpan.FromMinutes(2));
        await crisis.SendAsync("cancel");
        var safety = await crisis.SendAsync("I want to kill myself");
        Assert.Contains(SafetyMessages.TalkToPerson, safety.Buttons());
        (await crisis.SendAsync(SafetyMessages.TalkToPerson)).ShouldContain("You're next in the queue");
        (await second.SendAsync("how long?")).ShouldContain("You're number 3 in the queue");

        var queue = await first.Coordinator().VisibleToAsync(HandoffConversation.Alex, CancellationToken.None);
        Assert.Equal(["crisis", "early", "later"], queue.Select(r => r.UserId));
        Assert.Equal(HandoffUrgency.Crisis, queue[0].Urgency);
    }

    [Fact]
    public async Task TherapistAcceptsChatsAndEnds_EachLabelledAndTheBotTakesOverAgain()
    {
        await using var convo = HandoffConversation.Create();
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        (await convo.SendAsync("anxious")).ShouldContain(CheckInMessages.AskIntensity("anxious"));
        await convo.SendAsync("therapist");
        var request = await convo.OpenRequestAsync();

        Assert.Equal(HandoffActionResult.Done, await convo.Coordinator().AcceptAsync(request.Id, HandoffConversation.Alex, CancellationToken.None));
        convo.Proactive().TakeNew().ShouldContain(HandoffMessages.Joined("Alex"));
        Assert.Equal(HandoffActionResult.Conflict, await convo.Coordinator().AcceptAsync(request.Id, new StaffMember("other", "Kim", false), CancellationToken.None));

        Assert.Empty(await convo.SendAsync("I just feel so tired of everything at work"));
        var relayed = await convo.HandoffStore().ListMessagesAsync(request.Id, 0, CancellationToken.None);
        Assert.Equal((HandoffSpeaker.Person, "I just feel so tired of everything at work"), (relayed.Single().Speaker, relayed.Single().Text));

        await convo.Coordinator().SendAsync(request.Id, HandoffConversation.Alex, "That sounds exhausting. What happened today?", CancellationToken.None);
        convo.Proactive().TakeNew().ShouldContain("Alex (therapist): That sounds exhausting. What happened today?");

        await convo.Coordinator().EndAsync(request.Id, HandoffConversation.Alex, CancellationToken.None);
        var ended = convo.Proactive().TakeNew();
        ended.ShouldContain(HandoffMessages.Ended("Alex"));
        ended.ShouldContain(HandoffMessages.Resuming);
        ended.ShouldContain(CheckInMessages.AskIntensity("anxious"));
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "handoff-accepted" && r.Choice == "staff-alex");
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "handoff-ended" && r.Choice == "staff-alex");
        Assert.All(convo.AuditLog.Records, r => Assert.DoesNotContain("tired", r.ToString(), StringComparison.Ordinal));

        (await convo.SendAsync("6")).ShouldContain(CheckInMessages.AskWho);
    }

    [Fact]
    public async Task CrisisDuringLiveHandoff_GivesTheLinesAlertsTheTherapistAndStaysWithThem()
    {
        await using var convo = HandoffConversation.Create();
        await convo.SendAsync("cancel");
        await convo.SendAsync("talk to a person");
        var request = await convo.OpenRequestAsync();
        await convo.Coordinator().AcceptAsync(request.Id, HandoffConversation.Alex, CancellationToken.None);

        var reply = await convo.SendAsync("I want to kill myself");
        reply.ShouldContain("Real people are ready to talk right now");
        reply.ShouldNotContain(SafetyMessages.AreYouSafe);
        var relayed = (await convo.HandoffStore().ListMessagesAsync(request.Id, 0, CancellationToken.None)).Single();
        Assert.True(relayed.CrisisAlert);
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "handoff-crisis-alert");

        (await convo.SendAsync("crisis")).ShouldContain("Real people are ready to talk right now");
        Assert.Empty(await convo.SendAsync("thank you for being here"));
        Assert.Equal(2, (await convo.HandoffStore().ListMessagesAsync(request.Id, 0, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task NobodyAccepts_TheBotSaysSoHonestlyGivesTheLinesAndOffersAFollowUp()
    {
        await using var convo = HandoffConversation.Create();
        await convo.SendAsync("cancel");
        await convo.SendAsync("talk to a person");
        convo.Time.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(0, await convo.Coordinator().ExpireOverdueAsync(CancellationToken.None));
        convo.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await convo.Coordinator().ExpireOverdueAsync(CancellationToken.None));

        var told = convo.Proactive().TakeNew();
        told.ShouldContain("no therapist was able to take your request within 15 minutes");
        told.ShouldContain("Real people are ready to talk right now");
        told.ShouldContain(HandoffMessages.FollowUpQuestion);
        Assert.Contains(convo.AuditLog.Records, r => r.Event == "handoff-timed-out");

        (await convo.SendAsync(HandoffMessages.FollowUpYes)).ShouldContain(HandoffMessages.FollowUpScheduled);
        var followUps = (PendingFollowUps)convo.Services.GetService(typeof(IHandoffFollowUpScheduler))!;
        Assert.Equal(convo.Time.GetUtcNow().AddDays(1), followUps.Requested.Single().DueAt);
    }

    [Fact]
    public async Task DistressOffer_PersonStartsARequestWithDistressUrgency()
    {
        await using var convo = HandoffConversation.Create();
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        await convo.SendAsync("hurt");
        await convo.SendAsync("betrayed");
        var offer = await convo.SendAsync("9");
        offer.ShouldContain(EscalationMessages.DistressOffer);
        (await convo.SendAsync(EscalationMessages.PersonButton)).ShouldContain(HandoffMessages.NoCheckInsToShare);
        Assert.Equal(HandoffUrgency.Distress, (await convo.OpenRequestAsync()).Urgency);
    }

    [Fact]
    public async Task WithoutAHandoffService_TheBotSaysHonestlyNobodyIsThere()
    {
        await using var convo = HandoffConversation.Create(enabled: false);
        await convo.SendAsync("cancel");
        (await convo.SendAsync("talk to a person")).ShouldContain("I can't connect you to a therapist from here yet");
        var safety = await convo.SendAsync("I want to kill myself");
        Assert.DoesNotContain(SafetyMessages.TalkToPerson, safety.Buttons());
    }

    [Fact]
    public async Task MyData_ExportsRelayedMessagesAndDeleteRemovesThem()
    {
        await using var convo = HandoffConversation.Create();
        await convo.SendAsync("cancel");
        await convo.SendAsync("talk to a person");
        var request = await convo.OpenRequestAsync();
        await convo.Coordinator().AcceptAsync(request.Id, HandoffConversation.Alex, CancellationToken.None);
        await convo.SendAsync("my week was hard");
        await convo.Coordinator().EndAsync(request.Id, HandoffConversation.Alex, CancellationToken.None);
        await convo.SendAsync(HandoffMessages.FollowUpNo);

        await convo.SendAsync("my data");
        var export = await convo.SendAsync(CommandMessages.ExportButton);
        var file = export.Single().Attachments!.Single();
        var data = JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(file.ContentUrl!["data:application/json;base64,".Length..])))!;
        Assert.Equal("my week was hard", data[HandoffPersonalData.SectionName]![0]!["messages"]![0]!["text"]!.GetValue<string>());

        await convo.SendAsync("delete my data");
        await convo.SendAsync("yes");
        Assert.Null(await convo.HandoffStore().GetAsync(request.Id, CancellationToken.None));
        Assert.Empty(await convo.HandoffStore().ListMessagesAsync(request.Id, 0, CancellationToken.None));
    }
}
