using System.Text.Json.Nodes;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Tests.CheckIn;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Teams;

/// <summary>
/// Teams question cards: answered in place (updateActivity for submits and typed answers, the invoke
/// response for Action.Execute), pressed too late, pressed with a bad action, and the purpose-built layouts.
/// </summary>
public sealed class TeamsCardTests
{
    [Fact]
    public async Task CardSubmit_UpdatesThatCardInPlace_ToShowTheChoiceWithNothingToPress()
    {
        await using var convo = await TeamsCheckInAsync();
        var feelingCard = convo.Transcript[^1];

        var next = await convo.SubmitAsync(new JsonObject { ["choice"] = "Hurt", ["promptId"] = PromptIdOf(feelingCard) }, replyToId: feelingCard.Id);

        next.ShouldContain("Which word fits");
        var update = Assert.Single(convo.Updates);
        Assert.Equal(feelingCard.Id, update.Id);
        var card = CardOf(update);
        Assert.Null(card["actions"]);
        Assert.DoesNotContain("Input.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("✓ Hurt", new[] { update }.AllText(), StringComparison.Ordinal);
        Assert.Contains(CheckInMessages.AskFeeling, new[] { update }.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypedAnswer_AlsoUpdatesTheCardItAnswers()
    {
        await using var convo = await TeamsCheckInAsync();
        var feelingCard = convo.Transcript[^1];

        await convo.SendAsync("hurt");

        var update = Assert.Single(convo.Updates);
        Assert.Equal(feelingCard.Id, update.Id);
        Assert.Contains("✓ Hurt", new[] { update }.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionExecute_IsAnsweredWithTheRefreshedCard_AndTheNextQuestionComesAsAMessage()
    {
        await using var convo = await TeamsCheckInAsync();
        var feelingCard = convo.Transcript[^1];

        var next = await convo.ExecuteAsync(new JsonObject { ["choice"] = "Hurt", ["promptId"] = PromptIdOf(feelingCard) });

        next.ShouldContain("Which word fits");
        Assert.Equal(ActivityTypes.Message, Assert.Single(next).Type);
        var refreshed = RefreshedCard(convo.LastInvokeResponse);
        Assert.Null(refreshed["actions"]);
        Assert.Contains("✓ Hurt", TextsOf(refreshed), StringComparison.Ordinal);

        // The invoke response already replaced the card: no second edit through the connector.
        Assert.Empty(convo.Updates);
    }

    [Fact]
    public async Task ActionExecute_PressedTwice_TheSecondPressIsTurnedAwayAndTheCurrentQuestionRepeated()
    {
        await using var convo = await TeamsCheckInAsync();
        var press = new JsonObject { ["choice"] = "Hurt", ["promptId"] = PromptIdOf(convo.Transcript[^1]) };
        await convo.ExecuteAsync(press);
        var wordCard = convo.Transcript[^1];

        var again = await convo.ExecuteAsync((JsonObject)press.DeepClone());

        again.ShouldContain(Prompt<string>.QuestionPassedText);
        again.ShouldContain("Which word fits \"hurt\"");
        Assert.Contains(PromptCards.PassedText, TextsOf(RefreshedCard(convo.LastInvokeResponse)), StringComparison.Ordinal);
        Assert.Equal(PromptIdOf(wordCard), PromptIdOf(convo.Transcript[^1]));

        // Nothing moved on: the word question still takes its answer.
        (await convo.SendAsync("Betrayed")).ShouldContain("How strong");
    }

    [Fact]
    public async Task ActionExecute_RedeliveredByTeams_GetsTheSameAnswerWithoutRunningAgain()
    {
        await using var convo = await TeamsCheckInAsync();
        var data = new JsonObject { ["choice"] = "Hurt", ["promptId"] = PromptIdOf(convo.Transcript[^1]) };
        await convo.ExecuteAsync(data);
        var invoke = convo.NewActivity(ActivityTypes.Invoke, a => a.Id = convo.Transcript.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        invoke.Name = UniversalActions.InvokeName;
        invoke.Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "answer", ["data"] = new JsonObject { ["choice"] = "Betrayed", ["promptId"] = PromptIdOf(convo.Transcript[^1]) } } };
        await convo.SendActivityAsync(invoke);
        var answered = convo.LastInvokeResponse!.Body!.ToJsonString();

        var retry = await convo.SendActivityAsync(invoke.Clone());

        Assert.Empty(retry);
        Assert.Equal(answered, convo.LastInvokeResponse!.Body!.ToJsonString());
        Assert.Contains("✓ Betrayed", TextsOf(RefreshedCard(convo.LastInvokeResponse)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaleSubmit_TheOldCardIsMarkedPassed()
    {
        await using var convo = await TeamsCheckInAsync();
        var feelingCard = convo.Transcript[^1];
        await convo.SendAsync("hurt");

        var stale = await convo.SubmitAsync(new JsonObject { ["choice"] = "Sad", ["promptId"] = PromptIdOf(feelingCard) }, replyToId: feelingCard.Id);

        stale.ShouldContain(Prompt<string>.QuestionPassedText);
        var passed = convo.Updates[^1];
        Assert.Equal(feelingCard.Id, passed.Id);
        Assert.Contains(PromptCards.PassedText, new[] { passed }.AllText(), StringComparison.Ordinal);
        Assert.Null(CardOf(passed)["actions"]);
    }

    [Fact]
    public async Task ActionExecute_AfterTheCheckInMovedOnWithNoPromptWaiting_StillGetsACardBack()
    {
        await using var convo = await TeamsCheckInAsync();
        var feelingCard = convo.Transcript[^1];
        await convo.SendAsync("cancel");

        await convo.ExecuteAsync(new JsonObject { ["choice"] = "Hurt", ["promptId"] = PromptIdOf(feelingCard) });

        Assert.Equal(200, convo.LastInvokeResponse!.Status);
        Assert.Contains(PromptCards.PassedText, TextsOf(RefreshedCard(convo.LastInvokeResponse)), StringComparison.Ordinal);
    }

    public static TheoryData<string> BadInvokeValues => new()
    {
        """{"action":{"type":"Action.Execute","verb":"delete-everything","data":{"choice":"Hurt"}}}""",
        """{"action":{"type":"Action.Submit","verb":"answer","data":{"choice":"Hurt"}}}""",
        """{"action":{"type":"Action.Execute","verb":"answer","data":"Hurt"}}""",
        """{"action":"Hurt"}""",
        """{"trigger":"manual"}""",
        "\"Hurt\"",
    };

    [Theory]
    [MemberData(nameof(BadInvokeValues))]
    public async Task MalformedOrUnknownExecute_GetsAnErrorInvokeResponse_AndTheQuestionStaysOpen(string value)
    {
        await using var convo = await TeamsCheckInAsync();
        var invoke = convo.NewActivity(ActivityTypes.Invoke, a =>
        {
            a.Name = UniversalActions.InvokeName;
            a.Value = JsonNode.Parse(value);
        });

        var replies = await convo.SendActivityAsync(invoke);

        Assert.Empty(replies);
        var response = convo.LastInvokeResponse!;
        Assert.Equal(400, response.Status);
        Assert.Equal(400, (int)response.Body!["statusCode"]!);
        Assert.Equal(UniversalActions.ErrorResponseType, (string?)response.Body["type"]);
        Assert.False(string.IsNullOrEmpty((string?)response.Body["value"]!["code"]));
        (await convo.SendAsync("hurt")).ShouldContain("Which word fits");
    }

    [Fact]
    public async Task SmallActionPicker_ShowsEachActionWithItsScript()
    {
        await using var convo = await TeamsCheckInAsync();
        await WalkToActionsAsync(convo);
        var actionsCard = convo.Transcript[^1];
        var card = CardOf(actionsCard);

        var containers = card["body"]!.AsArray().Where(e => (string?)e!["type"] == "Container").ToList();
        Assert.Equal(3, containers.Count);
        Assert.All(containers, c => Assert.Equal(2, c!["items"]!.AsArray().Count));
        Assert.Equal(CheckInMessages.OfferActionsLead, (string?)card["body"]![0]!["text"]);
        Assert.Equal(4, new[] { actionsCard }.Buttons().Count);

        // The scripts are there once, under their actions, not repeated in the question.
        var script = (string)containers[0]!["items"]![1]!["text"]!;
        Assert.Single(card.ToJsonString().Split(System.Text.Json.JsonEncodedText.Encode(script).ToString()).Skip(1));
    }

    [Fact]
    public async Task IntensityCard_IsACompactZeroToTenPickerWithTheScaleExplained()
    {
        await using var convo = await TeamsCheckInAsync();
        await convo.SendAsync("hurt");
        var intensity = (await convo.SendAsync("Betrayed")).Single();

        var card = CardOf(intensity);
        var picker = card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.ChoiceSet")!;
        Assert.Equal("compact", (string?)picker["style"]);
        Assert.Equal([.. Enumerable.Range(0, 11).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))], new[] { intensity }.Buttons());
        Assert.Contains("0 = not at all", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("10 = as strong as it gets", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChat_KeepsSuggestedActions_AndNothingIsEditedInPlace()
    {
        await using var convo = new TestConversation(channelId: ChannelIds.WebChat);
        var feelings = await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        Assert.Null(feelings[^1].Attachments);
        Assert.Equal(9, feelings[^1].SuggestedActions!.Actions!.Count);

        await convo.SendAsync("Hurt");
        await convo.SendAsync("Betrayed");

        Assert.Empty(convo.Updates);
    }

    [Fact]
    public async Task ExpectReplies_HasNoConnectorToEditThrough_SoTheCardIsLeftAsSent()
    {
        await using var convo = await TeamsCheckInAsync();
        var feelingCard = convo.Transcript[^1];
        var answer = convo.NewActivity(ActivityTypes.Message, a =>
        {
            a.DeliveryMode = DeliveryModes.ExpectReplies;
            a.Value = new JsonObject { ["choice"] = "Hurt", ["promptId"] = PromptIdOf(feelingCard) };
        });

        (await convo.SendActivityAsync(answer)).ShouldContain("Which word fits");

        Assert.Empty(convo.Updates);
    }

    [Fact]
    public async Task EveryTeamsCardOfACheckIn_IsVersion15OrLowerAndWithinThePayloadLimit()
    {
        await using var convo = await TeamsCheckInAsync();
        await WalkToActionsAsync(convo);
        await convo.SendAsync("1");
        await convo.SendAsync("Tomorrow");
        (await convo.SendAsync("4")).ShouldContain(CheckInSummaryCard.Title);

        var cards = convo.Transcript.Concat(convo.Updates).Where(a => a.Attachments is { Count: > 0 }).ToList();
        Assert.True(cards.Count >= 8, $"Only {cards.Count} cards were sent.");
        foreach (var activity in cards)
        {
            Assert.True(TeamsPayloadGuard.PayloadBytes(activity) < TeamsPayloadGuard.MaxPayloadBytes);
            foreach (var attachment in activity.Attachments!.Where(a => a.ContentType == ContentTypes.AdaptiveCard))
            {
                Assert.True(Version.Parse((string)attachment.Content!["version"]!) <= new Version(1, 5));
            }
        }
    }

    internal static async Task<TestConversation> TeamsCheckInAsync()
    {
        var convo = new TestConversation(channelId: ChannelIds.MsTeams) { ConversationType = "personal" };
        await CheckInTranscriptTests.WelcomeAndStartAsync(convo);
        return convo;
    }

    internal static async Task WalkToActionsAsync(TestConversation convo)
    {
        await convo.SendAsync("hurt");
        await convo.SendAsync("Betrayed");
        await convo.SendAsync("7");
        await convo.SendAsync("Partner");
        await convo.SendAsync("No reply / on read");
        await convo.SendAsync("He's losing interest in me.");
        await convo.SendAsync("skip");
        await convo.SendAsync("skip");
        (await convo.SendAsync("He might just be busy today")).ShouldContain("three small steps");
    }

    internal static string PromptIdOf(Activity activity)
    {
        var execute = CardOf(activity)["actions"]!.AsArray().Single(a => (string?)a!["type"] == UniversalActions.ExecuteType)!;
        Assert.Equal(UniversalActions.AnswerVerb, (string?)execute["verb"]);
        return (string)execute["data"]!["promptId"]!;
    }

    private static string TextsOf(JsonObject card) =>
        new[] { new Activity { Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }] } }.AllText();

    private static JsonObject CardOf(Activity activity) =>
        Assert.Single(activity.Attachments!, a => a.ContentType == ContentTypes.AdaptiveCard).Content!.AsObject();

    private static JsonObject RefreshedCard(Dialogs.Turns.InvokeResponse? response)
    {
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.Equal(200, (int)response.Body!["statusCode"]!);
        Assert.Equal(UniversalActions.CardResponseType, (string?)response.Body["type"]);
        return response.Body["value"]!.AsObject();
    }
}
