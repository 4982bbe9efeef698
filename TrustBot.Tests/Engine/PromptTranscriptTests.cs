using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Engine;

public sealed class PromptTranscriptTests
{
    private static TestConversation NewConversation(IStorage? storage = null, string channelId = ChannelIds.Test) =>
        new(storage: storage, channelId: channelId, configure: s => s.AddSingleton<IBot, SampleFormBot>());

    [Fact]
    public async Task FullForm_ReturnsEveryAnswer()
    {
        await using var convo = NewConversation();
        (await convo.SendAsync("hi")).ShouldContain("What's your name?");
        (await convo.SendAsync("Ana")).ShouldContain("How old are you?");
        var colours = await convo.SendAsync("34");
        colours.ShouldContain("Pick a colour.");
        Assert.Equal(["Red", "Green", "Dark blue"], colours.Buttons());
        (await convo.SendAsync("NAVY!")).ShouldContain("Sure?");
        (await convo.SendAsync("yep")).ShouldContain("What time suits you?");
        var done = await convo.SendAsync("7:30pm");
        done.ShouldContain("\"name\":\"Ana\"");
        done.ShouldContain("\"age\":34");
        done.ShouldContain("\"colour\":\"blue\"");
        done.ShouldContain("\"sure\":true");
        done.ShouldContain("\"time\":\"19:30:00\"");
    }

    [Fact]
    public async Task Prompt_IsSentWithExpectingInputHint()
    {
        await using var convo = NewConversation();
        var replies = await convo.SendAsync("hi");
        Assert.Equal(InputHints.ExpectingInput, replies.Single().InputHint);
    }

    [Theory]
    [InlineData("2", "green")]
    [InlineData("the second one", "green")]
    [InlineData("  green. ", "green")]
    [InlineData("Crimson", "red")]
    [InlineData("I'd like dark blue please", "blue")]
    [InlineData("first", "red")]
    public async Task ChoicePrompt_AcceptsTitleNumberOrSynonym(string answer, string expected)
    {
        await using var convo = NewConversation();
        await convo.SendAsync("hi");
        await convo.SendAsync("Ana");
        await convo.SendAsync("34");
        await convo.SendAsync(answer);
        await convo.SendAsync("yes");
        (await convo.SendAsync("9am")).ShouldContain($"\"colour\":\"{expected}\"");
    }

    [Fact]
    public async Task NumberPrompt_OutOfRange_IsReaskedWithRetryPrompt()
    {
        await using var convo = NewConversation();
        await convo.SendAsync("hi");
        await convo.SendAsync("Ana");
        var retry = await convo.SendAsync("250");
        retry.ShouldContain("whole number from 1 to 120");
        (await convo.SendAsync("about 40")).ShouldContain("Pick a colour.");
    }

    [Fact]
    public async Task NumberPrompt_AfterMaxAttempts_GivesUpAndMovesOn()
    {
        await using var convo = NewConversation();
        await convo.SendAsync("hi");
        await convo.SendAsync("Ana");
        await convo.SendAsync("old");
        await convo.SendAsync("very old");
        var gaveUp = await convo.SendAsync("ancient");
        gaveUp.ShouldContain("Let's leave that one.");
        gaveUp.ShouldContain("Pick a colour.");
    }

    [Fact]
    public async Task Skip_EndsPromptWithNoAnswer()
    {
        await using var convo = NewConversation();
        var first = await convo.SendAsync("hi");
        Assert.Contains("Skip", first.Buttons());
        (await convo.SendAsync("skip")).ShouldContain("How old are you?");
        await convo.SendAsync("30");
        await convo.SendAsync("red");
        await convo.SendAsync("no");
        var done = await convo.SendAsync("noon");
        done.ShouldContain("\"name\":\"(skipped)\"");
        done.ShouldContain("\"sure\":false");
        done.ShouldContain("\"time\":\"12:00:00\"");
    }

    [Fact]
    public async Task NonMessageActivity_DoesNotAdvanceTheDialog()
    {
        await using var convo = NewConversation();
        await convo.SendAsync("hi");
        await convo.SendActivityAsync(convo.NewActivity(ActivityTypes.Event, a => a.Name = "webchat/join"));
        (await convo.SendAsync("Ana")).ShouldContain("How old are you?");
    }

    [Fact]
    public async Task DialogStack_SurvivesARestartOverTheSameStorage()
    {
        var storage = new MemoryStorage();
        await using (var before = NewConversation(storage))
        {
            await before.SendAsync("hi");
            await before.SendAsync("Ana");
        }

        await using var after = NewConversation(storage);
        (await after.SendAsync("41")).ShouldContain("Pick a colour.");
    }

    [Fact]
    public async Task Teams_ChoicesOutsideSuggestedActions_AskInOneQuestionCard()
    {
        await using var convo = new TestConversation(channelId: ChannelIds.MsTeams, configure: s => s.AddSingleton<IBot, SampleFormBot>());
        convo.ConversationType = "channel";
        await convo.SendAsync("hi");
        await convo.SendAsync("Ana");
        var colours = await convo.SendAsync("34");
        Assert.Null(colours.Single().SuggestedActions);
        var card = Assert.Single(colours.Single().Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Equal("1.5", (string?)card.Content!["version"]);
        Assert.Equal(["Red", "Green", "Dark blue"], colours.Buttons());
    }

    [Fact]
    public async Task Teams_ManyChoices_AskInOneCardWithinTeamsButtonLimits()
    {
        await using var convo = new TestConversation(channelId: ChannelIds.MsTeams);
        convo.ConversationType = "personal";
        await TrustBot.Tests.CheckIn.CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        var feelings = convo.Transcript[^1];
        Assert.Null(feelings.Text);
        Assert.Equal("How are you feeling right now? Pick the closest one, or tell me in your own words.", feelings.Summary);
        var card = Assert.Single(feelings.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Equal(9, new[] { feelings }.Buttons().Count);

        // A choice set submit arrives as value.choice with no text.
        var detail = await convo.SubmitAsync(new System.Text.Json.Nodes.JsonObject { ["choice"] = "Hurt" });
        detail.ShouldContain("Which word fits");

        await convo.SendAsync("Betrayed");
        await convo.SendAsync("7");
        var who = convo.Transcript[^1];
        Assert.Equal(ContentTypes.AdaptiveCard, Assert.Single(who.Attachments!).ContentType);
        Assert.Equal(6, new[] { who }.Buttons().Count);
        Assert.Contains("Who was it about?", new[] { who }.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardSubmitWithValueOnly_IsRecognised()
    {
        await using var convo = NewConversation();
        await convo.SendAsync("hi");
        await convo.SendAsync("Ana");
        await convo.SendAsync("34");
        var next = await convo.SubmitAsync(new System.Text.Json.Nodes.JsonObject { ["choice"] = "Green" });
        next.ShouldContain("Sure?");
    }
}
