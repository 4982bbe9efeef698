using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Messaging;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging;

/// <summary><c>POST /api/messages</c> in anonymous local mode against a stand-in connector.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private readonly RecordingBot _bot = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero));
    private StandInServer _connector = null!;
    private TrustBotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await StandInServer.StartAsync();
        _host = new TrustBotHostFactory().WithBot(_bot).WithTime(_time);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task TeamsMessage_RepliesThroughConnectorWithEscapedIdsAndSwappedAddresses()
    {
        var response = await PostAsync(Activities.TeamsMessage(_connector.Url + "/amer"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var call = Assert.Single(_connector.Requests);
        Assert.Equal("POST", call.Method);
        Assert.Equal(
            "/amer/v3/conversations/" + Uri.EscapeDataString(Activities.TeamsConversationId) + "/activities/" + Uri.EscapeDataString(Activities.TeamsActivityId),
            call.RawPath);
        Assert.Contains("%3A", call.RawPath, StringComparison.Ordinal);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        Assert.Null(call.Authorization);
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("message", (string?)body["type"]);
        Assert.Equal("echo: hello", (string?)body["text"]);
        Assert.Equal("28:bot-app-id", (string?)body["from"]!["id"]);
        Assert.Equal("29:user-1", (string?)body["recipient"]!["id"]);
        Assert.Equal(Activities.TeamsConversationId, (string?)body["conversation"]!["id"]);
        Assert.Equal("tenant-1", (string?)body["conversation"]!["tenantId"]);
        Assert.Equal(Activities.TeamsActivityId, (string?)body["replyToId"]);
        Assert.Equal("en-US", (string?)body["locale"]);
    }

    [Fact]
    public async Task DirectLineConversationUpdate_SendsToConversationWithoutReplyToId()
    {
        var response = await PostAsync(Activities.DirectLineConversationUpdate(_connector.Url));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.Requests);
        Assert.Equal("/v3/conversations/conv%7C0001/activities", call.RawPath);
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("welcome", (string?)body["text"]);
        Assert.Null(body["replyToId"]);
    }

    [Fact]
    public async Task ExpectReplies_ReturnsRepliesInBodyAndMakesNoConnectorCall()
    {
        var response = await PostAsync(Activities.TeamsMessage(_connector.Url, text: "two", extra: ""","deliveryMode":"expectReplies" """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var replies = body["activities"]!.AsArray();
        Assert.Equal(new[] { "echo: two", "second" }, replies.Select(r => (string)r!["text"]!).ToArray());
        Assert.All(replies, r => Assert.False(string.IsNullOrEmpty((string?)r!["id"])));
        Assert.NotEqual((string?)replies[0]!["id"], (string?)replies[1]!["id"]);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Invoke_ReturnsInvokeResponseStatusAndBody()
    {
        var invoke = Activities.TeamsMessage(_connector.Url).Replace("\"type\": \"message\"", "\"type\": \"invoke\", \"name\": \"adaptiveCard/action\"", StringComparison.Ordinal);

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("adaptiveCard/action", (string?)body["value"]);
        Assert.Empty(_connector.Requests);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("[]")]
    [InlineData("\"message\"")]
    [InlineData("{\"text\":\"no type\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":5,\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"from\":\"not an object\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"text\":\"\\ud800\"}")]
    public async Task BadActivity_Returns400BadArgumentAndRunsNoTurn(string json)
    {
        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("BadArgument", (string?)body["error"]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)body["error"]!["message"]));
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task EmptyBody_Returns400()
    {
        var response = await PostAsync(string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DeeplyNestedJson_Returns400()
    {
        var json = "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"value\":" + new string('[', 5000) + new string(']', 5000) + "}";

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task InvalidUtf8_Returns400()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"text\":\"x\"}");
        bytes[^3] = 0xFF;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OddUnicodeText_IsEchoedUnchanged()
    {
        const string text = "💔 naïve 你好 \u202Eevil\u202C ✓";

        var response = await PostAsync(Activities.TeamsMessage(_connector.Url, text: text, extra: ""","deliveryMode":"expectReplies" """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("echo: " + text, (string?)body["activities"]![0]!["text"]);
    }

    [Fact]
    public async Task OversizeBody_Returns413MessageSizeTooBig()
    {
        var response = await PostAsync(Activities.TeamsMessage(_connector.Url, text: new string('x', 300 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("MessageSizeTooBig", (string?)body["error"]!["code"]);
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task OversizeChunkedBody_Returns413()
    {
        var bytes = Encoding.UTF8.GetBytes(Activities.TeamsMessage(_connector.Url, text: new string('x', 300 * 1024)));
        using var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("HEAD")]
    public async Task OtherMethods_Return405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/messages");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_Returns200AndSendsNothing()
    {
        var unknown = Activities.TeamsMessage(_connector.Url).Replace("\"type\": \"message\"", "\"type\": \"somethingNew\"", StringComparison.Ordinal);

        var response = await PostAsync(unknown);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task RepeatedActivity_IsAcknowledgedButProcessedOnce()
    {
        var first = await PostAsync(Activities.TeamsMessage(_connector.Url));
        var retry = await PostAsync(Activities.TeamsMessage(_connector.Url));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Single(_bot.Received);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task SameActivityIdInAnotherConversation_IsProcessed()
    {
        await PostAsync(Activities.TeamsMessage(_connector.Url));
        await PostAsync(Activities.TeamsMessage(_connector.Url).Replace(Activities.TeamsConversationId, "a:other", StringComparison.Ordinal));

        Assert.Equal(2, _bot.Received.Count);
    }

    [Fact]
    public async Task RepeatedActivityAfterTheWindow_IsProcessedAgain()
    {
        await PostAsync(Activities.TeamsMessage(_connector.Url));
        _time.Advance(TimeSpan.FromMinutes(61));
        await PostAsync(Activities.TeamsMessage(_connector.Url));

        Assert.Equal(2, _bot.Received.Count);
    }

    [Fact]
    public async Task AnonymousMode_IgnoresAuthorizationHeaderAndClearsWireCallerId()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.TeamsMessage(_connector.Url, extra: ""","callerId":"urn:botframework:azure" """), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "x");

        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(_bot.Received);
        Assert.Null(received.CallerId);
        Assert.Null(Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task AnonymousMode_RefusesARemoteServiceUrl()
    {
        var response = await PostAsync(Activities.TeamsMessage("https://smba.trafficmanager.net/amer/"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task AnonymousModeAllowingRemoteServiceUrls_AcceptsThem()
    {
        await using var host = new TrustBotHostFactory().WithBot(_bot).WithSetting("BotAuthentication:AllowAnonymousRemoteServiceUrls", "true");
        using var client = host.CreateClient();
        using var content = new StringContent(
            Activities.TeamsMessage("https://playground.example/_connector", extra: ""","deliveryMode":"expectReplies" """), Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Received);
    }

    [Fact]
    public async Task PersonalMessage_StoresConversationReferenceForCheckIns()
    {
        await PostAsync(Activities.TeamsMessage(_connector.Url));

        var store = _host.Services.GetRequiredService<ConversationReferenceStore>();
        var stored = await store.GetAsync("msteams", "29:user-1", CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(_connector.Url, stored.Reference.ServiceUrl);
        Assert.Equal(Activities.TeamsConversationId, stored.Reference.Conversation!.Id);
        Assert.Equal("28:bot-app-id", stored.Reference.Bot!.Id);
        Assert.False(stored.ServiceUrlValidated);
    }

    [Fact]
    public async Task InstallationUpdateRemove_DeletesConversationReference()
    {
        await PostAsync(Activities.TeamsMessage(_connector.Url));
        var remove = Activities.TeamsMessage(_connector.Url, id: "remove-1")
            .Replace("\"type\": \"message\"", "\"type\": \"installationUpdate\", \"action\": \"remove\"", StringComparison.Ordinal);

        await PostAsync(remove);

        var store = _host.Services.GetRequiredService<ConversationReferenceStore>();
        Assert.Null(await store.GetAsync("msteams", "29:user-1", CancellationToken.None));
    }

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _client.PostAsync("/api/messages", content);
    }
}
