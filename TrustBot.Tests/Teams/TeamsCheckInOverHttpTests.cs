using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging.Authentication;

namespace TrustBot.Tests.Teams;

/// <summary>
/// A whole Teams check-in through the real pipeline: Teams-shaped activities with a valid channel token from
/// the stand-in issuer, answered by typing, by Action.Submit (the fallback) and by Action.Execute invokes;
/// every reply and card update is checked where Teams would get it, at the Connector stand-in, with the bot's token.
/// </summary>
public sealed class TeamsCheckInOverHttpTests : IAsyncLifetime, IDisposable
{
    private const string ConversationId = "a:1personal-chat;messageid=7";
    private readonly ConcurrentDictionary<RecordedRequest, string> _ids = new(ReferenceEqualityComparer.Instance);
    private StandInServer _server = null!;
    private TestTokenIssuer _issuer = null!;
    private TrustBotHostFactory _host = null!;
    private HttpClient _client = null!;
    private int _seen;
    private int _nextId;

    private string ServiceUrl => _server.Url + "/teams";

    public async Task InitializeAsync()
    {
        _server = await StandInServer.StartAsync();
        _issuer = new TestTokenIssuer(_server);
        _server.Responder = (request, number) => _issuer.Respond(request, number, (r, n) =>
        {
            var response = StandInServer.DefaultConnectorResponse(r, n);
            _ids[r] = "reply-" + n.ToString(CultureInfo.InvariantCulture);
            return response;
        });
        _host = new TrustBotHostFactory().WithTime(new FakeTimeProvider(TestTokenIssuer.Now)).WithSettings(_issuer.Settings);

        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _issuer?.Dispose();

    [Fact]
    public async Task WholeCheckIn_WithTypedAnswersSubmitsAndExecutes_RepliesAndCardUpdatesReachTheConnector()
    {
        // Install: the welcome and the consent question (two choices: suggested actions in a personal chat).
        var welcome = await PostAsync(Activity("conversationUpdate", a => a["membersAdded"] = new JsonArray(User(), Bot())));
        Assert.Contains(welcome.Sent, s => Text(s).Contains("I'm TrustBot", StringComparison.Ordinal));
        await PostAsync(Message(WelcomeMessages.ConsentYes));
        await PostAsync(Message("yes"));
        await PostAsync(Message("yes"));

        // The feeling picker: a card with the question inside, answered by Action.Execute.
        var feeling = (await PostAsync(Message(WelcomeMessages.StartButton))).LastCard();
        Assert.Contains(CheckInMessages.AskFeeling, CardTexts(feeling.Card), StringComparison.Ordinal);
        var executed = await InvokeAsync(Execute("Hurt", feeling.PromptId));
        Assert.Equal(HttpStatusCode.OK, executed.Status);
        Assert.Equal(UniversalActions.CardResponseType, (string?)executed.Body!["type"]);
        Assert.Contains("✓ Hurt", CardTexts(executed.Body["value"]!.AsObject()), StringComparison.Ordinal);
        Assert.Null(executed.Body["value"]!["actions"]);
        var word = executed.Turn.LastCard();
        Assert.Contains("Which word fits", CardTexts(word.Card), StringComparison.Ordinal);
        Assert.Empty(executed.Turn.Updates);

        // Typed: the word card is edited in place (PUT to the id the connector gave it), then the scale comes.
        var typed = await PostAsync(Message("Betrayed"));
        var wordUpdate = Assert.Single(typed.Updates);
        Assert.EndsWith("/activities/" + word.Id, wordUpdate.Request.RawPath, StringComparison.Ordinal);
        Assert.Equal(word.Id, (string?)wordUpdate.Body["id"]);
        Assert.Contains("✓ Betrayed", CardTexts(CardIn(wordUpdate.Body)), StringComparison.Ordinal);
        var scale = typed.LastCard();

        // Action.Submit (the fallback Teams clients without Universal Actions use): value = data + inputs, replyToId = the card.
        var submitted = await PostAsync(Message(null, a =>
        {
            a["value"] = new JsonObject { ["choice"] = "7", ["promptId"] = scale.PromptId };
            a["replyToId"] = scale.Id;
        }));
        Assert.Contains("✓ 7", CardTexts(CardIn(Assert.Single(submitted.Updates).Body)), StringComparison.Ordinal);
        var who = submitted.LastCard();
        Assert.Contains(CheckInMessages.AskWho, CardTexts(who.Card), StringComparison.Ordinal);

        // A stale submit from the feeling card: told the question passed, asked the current one, the old card marked.
        var stale = await PostAsync(Message(null, a =>
        {
            a["value"] = new JsonObject { ["choice"] = "Sad", ["promptId"] = feeling.PromptId };
            a["replyToId"] = feeling.Id;
        }));
        Assert.Contains(stale.Sent, s => Text(s) == Prompt<string>.QuestionPassedText);
        Assert.Contains(CheckInMessages.AskWho, CardTexts(stale.LastCard().Card), StringComparison.Ordinal);
        var passed = Assert.Single(stale.Updates);
        Assert.EndsWith("/activities/" + feeling.Id, passed.Request.RawPath, StringComparison.Ordinal);
        Assert.Contains(PromptCards.PassedText, CardTexts(CardIn(passed.Body)), StringComparison.Ordinal);
        who = stale.LastCard();

        // A double press of the who card: the first answers, the second is turned away without moving on.
        var first = await InvokeAsync(Execute("Partner", who.PromptId));
        Assert.Contains("✓ Partner", CardTexts(first.Body!["value"]!.AsObject()), StringComparison.Ordinal);
        var what = first.Turn.LastCard();
        var second = await InvokeAsync(Execute("Friend", who.PromptId));
        Assert.Contains(PromptCards.PassedText, CardTexts(second.Body!["value"]!.AsObject()), StringComparison.Ordinal);
        Assert.Contains(second.Turn.Sent, s => Text(s) == Prompt<string>.QuestionPassedText);
        Assert.Equal(what.PromptId, second.Turn.LastCard().PromptId);

        // The rest mixes typed answers and invokes, to the summary.
        await PostAsync(Message("No reply / on read"));
        await PostAsync(Message("He's losing interest in me."));
        await PostAsync(Message("skip"));
        await PostAsync(Message("skip"));
        var actions = (await PostAsync(Message("He might just be busy today"))).LastCard();
        Assert.Contains(CheckInMessages.OfferActionsLead, CardTexts(actions.Card), StringComparison.Ordinal);
        var choseAction = await InvokeAsync(Execute(OptionsOf(actions.Card)[0], actions.PromptId));
        var when = choseAction.Turn.LastCard();
        var reRate = (await InvokeAsync(Execute("Tomorrow", when.PromptId))).Turn.LastCard();
        var close = await InvokeAsync(Execute("4", reRate.PromptId));
        Assert.Contains("✓ 4", CardTexts(close.Body!["value"]!.AsObject()), StringComparison.Ordinal);
        Assert.Contains(close.Turn.Sent, s => Text(s).Contains("from 7 to 4", StringComparison.Ordinal));
        var summary = close.Turn.Sent.Select(s => s.Body["attachments"]?[0]?["content"]).Single(c => c is not null)!;
        Assert.Contains(CheckInSummaryCard.Title, CardTexts(summary.AsObject()), StringComparison.Ordinal);

        // Every call to the connector carried the bot's token; every card is 1.5 or lower and within the payload limit.
        var connectorCalls = _server.Requests.Where(r => r.RawPath.StartsWith("/teams/", StringComparison.Ordinal)).ToList();
        Assert.True(connectorCalls.Count > 25, $"only {connectorCalls.Count} connector calls");
        Assert.All(connectorCalls, r => Assert.Equal("Bearer " + TestTokenIssuer.BotToken, r.Authorization));
        Assert.All(connectorCalls, r => Assert.True(Encoding.Unicode.GetByteCount(r.Body) < TeamsPayloadGuard.MaxPayloadBytes));
        var versions = connectorCalls.Select(r => JsonNode.Parse(r.Body)!["attachments"]?[0]?["content"]?["version"]).OfType<JsonNode>().ToList();
        Assert.True(versions.Count >= 8);
        Assert.All(versions, v => Assert.True(Version.Parse((string)v!) <= new Version(1, 5)));
    }

    [Fact]
    public async Task ExecuteWithAnUnknownVerb_Gets400ErrorBody_NotA500()
    {
        var response = await InvokeAsync(Activity("invoke", a =>
        {
            a["name"] = UniversalActions.InvokeName;
            a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "nope", ["data"] = new JsonObject() } };
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(UniversalActions.ErrorResponseType, (string?)response.Body!["type"]);
        Assert.Equal("NotSupported", (string?)response.Body["value"]!["code"]);
        Assert.Empty(response.Turn.Sent);
    }

    private JsonObject Activity(string type, Action<JsonObject>? configure = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = "1:teams-" + (++_nextId).ToString(CultureInfo.InvariantCulture),
            ["timestamp"] = TestTokenIssuer.Now.ToString("O", CultureInfo.InvariantCulture),
            ["serviceUrl"] = ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = User(),
            ["recipient"] = Bot(),
            ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
            ["locale"] = "en-US",
        };
        configure?.Invoke(activity);
        return activity;
    }

    private JsonObject Message(string? text, Action<JsonObject>? configure = null) => Activity("message", a =>
    {
        if (text is not null)
        {
            a["text"] = text;
        }

        configure?.Invoke(a);
    });

    private JsonObject Execute(string choice, string promptId) => Activity("invoke", a =>
    {
        a["name"] = UniversalActions.InvokeName;
        a["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["id"] = "send",
                ["verb"] = UniversalActions.AnswerVerb,
                ["data"] = new JsonObject { ["promptId"] = promptId, ["choice"] = choice },
            },
            ["trigger"] = "manual",
        };
    });

    private static JsonObject User() => new() { ["id"] = "29:user-1", ["name"] = "Alex", ["aadObjectId"] = "00000000-0000-0000-0000-000000000020" };

    private static JsonObject Bot() => new() { ["id"] = "28:" + TestTokenIssuer.AppId, ["name"] = "TrustBot" };

    private async Task<Turn> PostAsync(JsonObject activity)
    {
        var (status, _, turn) = await SendAsync(activity);
        Assert.Equal(HttpStatusCode.OK, status);
        return turn;
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body, Turn Turn)> InvokeAsync(JsonObject activity) => await SendAsync(activity);

    private async Task<(HttpStatusCode Status, JsonNode? Body, Turn Turn)> SendAsync(JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _issuer.ChannelToken(ServiceUrl));
        using var response = await _client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        // The turn's connector calls are done before the bot answers the channel.
        var calls = _server.Requests.Skip(_seen).Where(r => r.RawPath.StartsWith("/teams/", StringComparison.Ordinal)).ToList();
        _seen = _server.Requests.Count;
        var turn = new Turn(
            [.. calls.Where(r => r.Method == "POST").Select(r => new Call(r, JsonNode.Parse(r.Body)!.AsObject(), _ids.GetValueOrDefault(r)))],
            [.. calls.Where(r => r.Method == "PUT").Select(r => new Call(r, JsonNode.Parse(r.Body)!.AsObject(), null))]);
        return (response.StatusCode, body.Length > 0 ? JsonNode.Parse(body) : null, turn);
    }

    private static string Text(Call call) => (string?)call.Body["text"] ?? string.Empty;

    private static JsonObject CardIn(JsonObject activity) => activity["attachments"]![0]!["content"]!.AsObject();

    private static string CardTexts(JsonObject card) =>
        string.Join("\n", Flatten(card["body"]).Select(e => (string?)e["text"]).Where(t => t is not null));

    private static IEnumerable<JsonNode> Flatten(JsonNode? items) =>
        (items as JsonArray ?? []).OfType<JsonNode>().SelectMany(e => new[] { e }.Concat(Flatten(e["items"])));

    private static List<string> OptionsOf(JsonObject card) =>
        [.. card["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.ChoiceSet")!["choices"]!.AsArray().Select(c => (string)c!["title"]!)];

    private sealed record Call(RecordedRequest Request, JsonObject Body, string? Id);

    private sealed record CardMessage(string Id, string PromptId, JsonObject Card);

    private sealed record Turn(IReadOnlyList<Call> Sent, IReadOnlyList<Call> Updates)
    {
        /// <summary>The last question card the bot sent in this turn, with the id the connector gave it.</summary>
        public CardMessage LastCard()
        {
            var call = Sent.Last(c => c.Body["attachments"]?[0]?["content"]?["actions"] is JsonArray);
            var card = CardIn(call.Body);
            var execute = card["actions"]!.AsArray().Single(a => (string?)a!["type"] == UniversalActions.ExecuteType)!;
            return new CardMessage(call.Id!, (string)execute["data"]!["promptId"]!, card);
        }
    }
}
