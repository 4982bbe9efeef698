using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Commands;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.CheckIn;

public sealed class CheckInTranscriptTests
{
    /// <summary>Walks the welcome with the given consent and lands on the first check-in question.</summary>
    internal static async Task<IReadOnlyList<Activity>> WelcomeAndStartAsync(TestConversation convo, bool consent = true)
    {
        var intro = await convo.JoinAsync();
        intro.ShouldContain("I'm TrustBot");
        intro.ShouldContain("not a therapist");
        Assert.Equal([WelcomeMessages.ConsentYes, WelcomeMessages.ConsentNo], intro.Buttons());
        var country = await convo.SendAsync(consent ? WelcomeMessages.ConsentYes : WelcomeMessages.ConsentNo);
        country.ShouldContain("in the United States");
        var zone = await convo.SendAsync("yes");
        zone.ShouldContain("New York");
        (await convo.SendAsync("yes")).ShouldContain(WelcomeMessages.OfferCheckIn);
        var first = await convo.SendAsync(WelcomeMessages.StartButton);
        first.ShouldContain("How are you feeling right now?");
        return first;
    }

    internal static async Task<UserProfile?> StoredProfileAsync(TestConversation convo)
    {
        var items = await convo.Storage.ReadAsync([UserState.KeyFor(convo.ChannelId, convo.UserId)!], CancellationToken.None);
        var profile = items.Values.FirstOrDefault() is { } item
            ? JsonNode.Parse(item.Json)!["profile"].Deserialize<UserProfile>(TrustBot.Dialogs.Protocol.ProtocolJson.Options)
            : null;

        // Finished check-ins are stored in the history table; the profile only keeps a slim recent summary.
        if (profile is { HistoryInTable: true })
        {
            var history = convo.Services.GetRequiredService<PersonHistory>();
            profile.CheckIns = [.. await history.ReadCheckInsAsync(convo.ChannelId, convo.UserId, DateTimeOffset.MinValue, CancellationToken.None)];
        }

        return profile;
    }

    [Fact]
    public async Task HappyPath_WalksEveryStepAndSavesTheCheckIn()
    {
        await using var convo = new TestConversation();
        var feelings = await WelcomeAndStartAsync(convo);
        Assert.Equal(9, feelings.Buttons().Count);
        Assert.Equal("Sad", feelings.Buttons()[0]);
        Assert.Equal("Something else", feelings.Buttons()[^1]);

        var detail = await convo.SendAsync("Hurt");
        detail.ShouldContain("Which word fits");
        Assert.Contains("Betrayed", detail.Buttons());

        (await convo.SendAsync("Betrayed")).ShouldContain("betrayed, from 0");
        (await convo.SendAsync("7")).ShouldContain(CheckInMessages.AskWho);
        var what = await convo.SendAsync("Partner");
        what.ShouldContain(CheckInMessages.AskWhat);
        (await convo.SendAsync("No reply / on read")).ShouldContain("what did your mind tell you");
        (await convo.SendAsync("He's losing interest in me.")).ShouldContain(CheckInMessages.AskEvidenceFor);
        (await convo.SendAsync("He took five hours to answer")).ShouldContain(CheckInMessages.AskEvidenceAgainst);
        var reframe = await convo.SendAsync("He told me he had back-to-back meetings");
        reframe.ShouldContain("I'm having the thought that he's losing interest in me.");
        reframe.ShouldContain(CheckInMessages.AskBalanced);

        var actions = await convo.SendAsync("He might just be busy today");
        actions.ShouldContain("three small steps");
        var buttons = actions.Buttons();
        Assert.Equal(4, buttons.Count);
        Assert.Equal(CheckInMessages.OwnIdeaButton, buttons[^1]);

        (await convo.SendAsync("1")).ShouldContain(CheckInMessages.AskWhen);
        (await convo.SendAsync("Tomorrow")).ShouldContain("how strong is that feeling now");
        var close = await convo.SendAsync("4");
        close.ShouldContain("from 7 to 4");
        close.ShouldContain(CheckInMessages.SavedNote);
        var card = close.SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == ContentTypes.AdaptiveCard);
        var cardJson = card.Content!.ToJsonString();
        Assert.Contains("betrayed", cardJson, StringComparison.Ordinal);
        Assert.Contains("losing interest", cardJson, StringComparison.Ordinal);
        Assert.Contains("\"version\":\"1.5\"", cardJson, StringComparison.Ordinal);

        var saved = Assert.Single((await StoredProfileAsync(convo))!.CheckIns);
        Assert.Equal("betrayed", saved.Feeling);
        Assert.Equal("hurt", saved.CoreFeeling);
        Assert.Equal(7, saved.IntensityBefore);
        Assert.Equal(4, saved.IntensityAfter);
        Assert.Equal("partner", saved.Who);
        Assert.NotNull(saved.Trigger);
        Assert.Equal("He's losing interest in me.", saved.Thought);
        Assert.Equal("He might just be busy today", saved.Reframe);
        Assert.Equal(buttons[0], saved.Action);
        Assert.Equal("tomorrow", saved.ActionWhen);
        Assert.NotNull(saved.FollowUpDueAt);
    }

    [Fact]
    public async Task FreeTextFeeling_IsMatchedToAFeelingWord()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo);
        var next = await convo.SendAsync("kind of jealous and tired");
        next.ShouldContain("jealous, from 0");
    }

    [Fact]
    public async Task SpecificWordTypedAtFirstQuestion_SkipsTheSecondLevel()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo);
        (await convo.SendAsync("Anxious")).ShouldContain("anxious, from 0");
    }

    [Fact]
    public async Task BareNumberAsFeeling_IsReasked()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo);
        (await convo.SendAsync("12")).ShouldContain(CheckInMessages.AskFeelingRetry);
    }

    [Fact]
    public async Task UnmatchedOwnWord_IsKeptAsTheirWord()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo);
        (await convo.SendAsync("Something else")).ShouldContain(CheckInMessages.AskOwnFeelingWord);
        (await convo.SendAsync("floaty")).ShouldContain("being floaty, from 0");
    }

    [Fact]
    public async Task OutOfRangeIntensity_IsReaskedFriendly()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo);
        await convo.SendAsync("lonely");
        await convo.SendAsync("Just lonely");
        var retry = await convo.SendAsync("12");
        retry.ShouldContain(CheckInMessages.AskIntensityRetry);
        (await convo.SendAsync("seven")).ShouldContain(CheckInMessages.AskWho);
    }

    [Fact]
    public async Task SkippedSteps_AreLeftOutAndTheFlowGoesOn()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo);
        (await convo.SendAsync("skip")).ShouldContain("How strong is what you're feeling");
        (await convo.SendAsync("skip")).ShouldContain(CheckInMessages.AskWho);
        await convo.SendAsync("skip");
        (await convo.SendAsync("skip")).ShouldContain("what did your mind tell you");
        var actions = await convo.SendAsync("skip");
        actions.ShouldContain("three small steps");
        actions.ShouldNotContain(CheckInMessages.AskEvidenceFor);
    }

    [Fact]
    public async Task CancelInTheMiddle_StopsAndSavesNothing()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo);
        await convo.SendAsync("angry");
        await convo.SendAsync("6");
        (await convo.SendAsync("cancel")).ShouldContain(CommandMessages.CancelledCheckIn);
        var after = await convo.SendAsync("hello");
        after.ShouldContain(CommandMessages.Idle);
        Assert.Empty((await StoredProfileAsync(convo))!.CheckIns);
    }

    [Fact]
    public async Task HelpInTheMiddle_ShowsHelpAndAsksTheSameQuestionAgain()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo);
        await convo.SendAsync("sad");
        await convo.SendAsync("Just sad");
        await convo.SendAsync("5");
        var help = await convo.SendAsync("help");
        help.ShouldContain("Here's what you can say");
        help.ShouldContain(CheckInMessages.AskWho);
        (await convo.SendAsync("Friend")).ShouldContain(CheckInMessages.AskWhat);
    }

    [Fact]
    public async Task Restart_ResumesAtTheRightStep()
    {
        var storage = new MemoryStorage();
        await using (var before = new TestConversation(storage))
        {
            await WelcomeAndStartAsync(before);
            await before.SendAsync("hopeful");
            await before.SendAsync("Just hopeful");
            await before.SendAsync("5");
        }

        await using var after = new TestConversation(storage);
        (await after.SendAsync("Family")).ShouldContain(CheckInMessages.AskWhat);
    }

    [Fact]
    public async Task WithoutConsent_TheCheckInIsNotStored()
    {
        await using var convo = new TestConversation();
        await WelcomeAndStartAsync(convo, consent: false);
        await convo.SendAsync("calm");
        await convo.SendAsync("Just calm");
        await convo.SendAsync("2");
        await convo.SendAsync("No one in particular");
        await convo.SendAsync("skip");
        await convo.SendAsync("skip");
        await convo.SendAsync("My own idea");
        await convo.SendAsync("Go for a walk");
        await convo.SendAsync("Now");
        var close = await convo.SendAsync("1");
        close.ShouldContain(CheckInMessages.NotSavedNote);
        var profile = await StoredProfileAsync(convo);
        Assert.False(profile!.ConsentGiven);
        Assert.Empty(profile.CheckIns);
        Assert.Null(profile.CountryCode);
    }

    [Fact]
    public async Task CheckInCommand_DuringConsent_AsksConsentFirst()
    {
        await using var convo = new TestConversation();
        await convo.JoinAsync();
        var reply = await convo.SendAsync("check in");
        reply.ShouldContain(CommandMessages.FinishConsentFirst);
        reply.ShouldContain(WelcomeMessages.AskConsent);
    }

    [Fact]
    public async Task TeamsInstall_WelcomesOnlyOnce()
    {
        await using var convo = new TestConversation(channelId: ChannelIds.MsTeams);
        convo.ConversationType = "personal";
        var install = await convo.SendActivityAsync(convo.NewActivity(ActivityTypes.InstallationUpdate, a => a.Action = "add"));
        install.ShouldContain("I'm TrustBot");
        var update = await convo.JoinAsync();
        Assert.Empty(update);
    }

    [Fact]
    public async Task FirstMessageWithoutJoin_StartsTheWelcome()
    {
        await using var convo = new TestConversation();
        (await convo.SendAsync("hi")).ShouldContain(WelcomeMessages.AskConsent);
    }
}
