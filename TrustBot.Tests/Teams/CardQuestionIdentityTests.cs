using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Teams;

/// <summary>A Teams card answers only the question it asked: an old card's submit is told the question passed.</summary>
public sealed class CardQuestionIdentityTests
{
    [Fact]
    public async Task StaleCardSubmit_GetsQuestionPassedAndTheCurrentQuestion_TypedAnswersStillWork()
    {
        await using var convo = new TestConversation(channelId: ChannelIds.MsTeams) { ConversationType = "personal" };
        await TrustBot.Tests.CheckIn.CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        var feelingCard = convo.Transcript[^1];
        var feelingPrompt = PromptIdOf(feelingCard);

        var detail = await convo.SubmitAsync(new JsonObject { ["choice"] = "Hurt", ["promptId"] = feelingPrompt });
        detail.ShouldContain("Which word fits");
        var wordPrompt = PromptIdOf(convo.Transcript[^1]);
        Assert.NotEqual(feelingPrompt, wordPrompt);

        // The feeling card is pressed again: it does not answer "Which word fits", and nothing moves on.
        var stale = await convo.SubmitAsync(new JsonObject { ["choice"] = "Angry", ["promptId"] = feelingPrompt });
        stale.ShouldContain(Prompt<string>.QuestionPassedText);
        stale.ShouldContain("Which word fits \"hurt\"");
        Assert.Equal(wordPrompt, PromptIdOf(convo.Transcript[^1]));

        // Typing the answer still works, and so does the current card.
        (await convo.SendAsync("Betrayed")).ShouldContain("How strong");
    }

    [Fact]
    public async Task CurrentCardSubmit_AfterARepromptIsStillAccepted()
    {
        await using var convo = new TestConversation(channelId: ChannelIds.MsTeams) { ConversationType = "personal" };
        await TrustBot.Tests.CheckIn.CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        var feelingPrompt = PromptIdOf(convo.Transcript[^1]);

        await convo.SendAsync("help");
        var detail = await convo.SubmitAsync(new JsonObject { ["choice"] = "Hurt", ["promptId"] = feelingPrompt });

        detail.ShouldContain("Which word fits");
    }

    private static string PromptIdOf(Activity activity)
    {
        var card = Assert.Single(activity.Attachments!, a => a.ContentType == ContentTypes.AdaptiveCard);
        var execute = card.Content!["actions"]!.AsArray().Single(a => (string?)a!["type"] == "Action.Execute")!;
        Assert.Equal((string?)execute["data"]!["promptId"], (string?)execute["fallback"]!["data"]!["promptId"]);
        return (string)execute["data"]!["promptId"]!;
    }
}
