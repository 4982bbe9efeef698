using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.Handoff;
using TrustBot.Tests.Messaging.Authentication;

namespace TrustBot.Tests.Handoff;

/// <summary>
/// A Teams person in a live handoff: the therapist's messages reach them through the Bot Connector
/// (the stand-in) with the bot's bearer token, labelled with who is speaking; their replies go to the console only.
/// </summary>
public sealed class TeamsRelayTests : IAsyncLifetime
{
    private static readonly StaffMember Alex = new("alex", "Alex", IsSupervisor: false);
    private TeamsPersonHost _teams = null!;

    public async Task InitializeAsync() => _teams = await TeamsPersonHost.StartAsync();

    public async Task DisposeAsync() => await _teams.DisposeAsync();

    [Fact]
    public async Task TherapistMessages_ArriveAtTheConnectorWithTheBearerToken_LabelledWithTheSpeaker()
    {
        var queued = await _teams.SayAsync("talk to a person");
        Assert.Contains(queued, p => p.Activity.Text == HandoffMessages.NoCheckInsToShare);
        Assert.DoesNotContain(queued, p => p.Activity.Type == ActivityTypes.Event);
        var request = (await _teams.Store.FindOpenAsync(ChannelIds.MsTeams, TeamsPersonHost.UserId, CancellationToken.None))!;

        Assert.Equal(HandoffActionResult.Done, await _teams.Coordinator.AcceptAsync(request.Id, Alex, CancellationToken.None));
        Assert.Equal(HandoffActionResult.Done, await _teams.Coordinator.SendAsync(request.Id, Alex, "Hi, I'm here. How are you feeling?", CancellationToken.None));
        var fromPerson = await _teams.SayAsync("a bit shaky, thanks for coming");
        Assert.Equal(HandoffActionResult.Done, await _teams.Coordinator.EndAsync(request.Id, Alex, CancellationToken.None));

        var proactive = _teams.ConnectorPosts().Skip(queued.Count).ToList();
        Assert.All(proactive, p =>
        {
            Assert.Equal("Bearer " + TestTokenIssuer.BotToken, p.Authorization);
            Assert.Equal(TeamsPersonHost.ConnectorPath + "/v3/conversations/" + Uri.EscapeDataString(TeamsPersonHost.ConversationId) + "/activities", p.RawPath);
            Assert.Equal(TeamsPersonHost.UserId, p.Activity.Recipient!.Id);
        });
        var texts = proactive.Select(p => p.Activity.Text).ToList();
        Assert.Equal(HandoffMessages.Joined("Alex"), texts[0]);
        Assert.Equal("Alex (therapist): Hi, I'm here. How are you feeling?", texts[1]);
        Assert.Equal(HandoffMessages.Ended("Alex"), texts[2]);
        Assert.Empty(fromPerson);
        var relayed = await _teams.Store.ListMessagesAsync(request.Id, 0, CancellationToken.None);
        Assert.Equal([(HandoffSpeaker.Therapist, "Hi, I'm here. How are you feeling?"), (HandoffSpeaker.Person, "a bit shaky, thanks for coming")], relayed.Select(m => (m.Speaker, m.Text)));
        Assert.Equal(
            [("handoff-requested", null), ("handoff-summary-not-shared", null), ("handoff-accepted", "alex"), ("handoff-ended", "alex")],
            _teams.HandoffAudit());
    }

    [Fact]
    public async Task ANewRequest_IsAnnouncedInTheStaffTeamsChannel_WithTheBearerToken_AndNothingAboutThePerson()
    {
        await using var teams = await TeamsPersonHost.StartAsync(new Dictionary<string, string>
        {
            ["Handoff:TeamsNotification:ServiceUrl"] = _teams.Server.Url + "/staff",
            ["Handoff:TeamsNotification:ChannelConversationId"] = "19:staff-channel@thread.tacv2",
            ["Handoff:TeamsNotification:TenantId"] = "tenant-1",
        });

        var answer = await teams.SayAsync("talk to a person");

        Assert.Contains(answer, p => p.Activity.Text == HandoffMessages.NoCheckInsToShare);
        var notice = Assert.Single(_teams.Server.Requests, r => r.RawPath.StartsWith("/staff/", StringComparison.Ordinal));
        Assert.Equal("POST", notice.Method);
        Assert.Equal("/staff/v3/conversations/19%3Astaff-channel%40thread.tacv2/activities", notice.RawPath);
        Assert.Equal("Bearer " + TestTokenIssuer.BotToken, notice.Authorization);
        var activity = ConnectorPost.From(notice).Activity;
        Assert.Equal(TeamsChannelNotifier.Text(HandoffUrgency.Routine), activity.Text);
        foreach (var personal in new[] { TeamsPersonHost.UserId, TeamsPersonHost.ConversationId, "Robin", "00000000-0000-0000-0000-000000000021" })
        {
            Assert.DoesNotContain(personal, notice.Body, StringComparison.OrdinalIgnoreCase);
        }
    }
}
