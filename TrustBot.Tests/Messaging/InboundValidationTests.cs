using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging;

/// <summary>Odd input on <c>POST /api/messages</c> gets a clear 4xx before any turn runs, or is handled like the SDK does.</summary>
public sealed class InboundValidationTests : IAsyncLifetime
{
    private readonly RecordingBot _bot = new();
    private StandInServer _connector = null!;
    private TrustBotHostFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _connector = await StandInServer.StartAsync();
        _host = new TrustBotHostFactory().WithBot(_bot);
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public static TheoryData<string, string> OddAccounts => new()
    {
        { "from", "\"x\": \"\\ud800\"" },
        { "recipient", "\"x\": { \"y\": \"\\udfff tail\" }" },
        { "conversation", "\"x\": [\"\\ud83d\"]" },
        { "from", "\"x\": " + Nested(60) },
        { "recipient", "\"x\": " + Nested(60) },
        { "conversation", "\"x\": " + Nested(40) },
    };

    [Theory]
    [MemberData(nameof(OddAccounts))]
    public async Task UnknownFieldsInAccounts_WithLoneSurrogatesOrDeepNesting_Get400AndNoTurnRuns(string account, string field)
    {
        var json = Activities.TeamsMessage(_connector.Url, extra: ""","deliveryMode":"expectReplies" """)
            .Replace($"\"{account}\": {{", $"\"{account}\": {{ {field},", StringComparison.Ordinal);
        Assert.Contains(field, json, StringComparison.Ordinal);

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
        Assert.Empty(_bot.Received);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task UnknownFieldsNestedWithinTheLimit_AreCopiedIntoTheReply()
    {
        // The activity, from, and 29 more levels: 31 in all, under the limit of 32.
        var json = Activities.TeamsMessage(_connector.Url, extra: ""","deliveryMode":"expectReplies" """)
            .Replace("\"from\": {", "\"from\": { \"x\": " + Nested(29) + ",", StringComparison.Ordinal);

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]![0]!;
        Assert.Equal("echo: hello", (string?)reply["text"]);
        Assert.NotNull(reply["recipient"]!["x"]);
    }

    [Fact]
    public async Task NestingOneLevelOverTheLimit_Gets400()
    {
        var json = Activities.TeamsMessage(_connector.Url).Replace("\"from\": {", "\"from\": { \"x\": " + Nested(31) + ",", StringComparison.Ordinal);

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task BodyThatIsNotApplicationJson_Gets415(string? mediaType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Activities.TeamsMessage(_connector.Url)));
        content.Headers.ContentType = mediaType is null ? null : new MediaTypeHeaderValue(mediaType);

        var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]);
        Assert.Empty(_bot.Received);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/vnd.botframework+json")]
    public async Task JsonMediaTypesWithParametersOrSuffix_AreAccepted(string mediaType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Activities.TeamsMessage(_connector.Url)));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);

        var response = await _client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_bot.Received);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("")]
    [InlineData("localhost:3978")]
    public async Task AnonymousMode_RefusesServiceUrlsThatAreNotHttp(string serviceUrl)
    {
        var response = await PostAsync(Activities.TeamsMessage(serviceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task AnonymousMode_RefusesAMissingServiceUrl()
    {
        var json = Activities.TeamsMessage("REMOVE").Replace("\"serviceUrl\": \"REMOVE\",", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("serviceUrl", json, StringComparison.Ordinal);

        var response = await PostAsync(json);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    [Fact]
    public async Task AnonymousModeAllowingRemoteServiceUrls_StillRefusesFileUrls()
    {
        await using var host = new TrustBotHostFactory().WithBot(_bot).WithSetting("BotAuthentication:AllowAnonymousRemoteServiceUrls", "true");
        using var client = host.CreateClient();
        using var content = new StringContent(Activities.TeamsMessage("file:///tmp/x"), Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Received);
    }

    /// <summary><paramref name="levels"/> nested objects: <c>{"a":{"a":…{}}}</c>.</summary>
    internal static string Nested(int levels) =>
        string.Concat(Enumerable.Repeat("{\"a\":", levels - 1)) + "{}" + new string('}', levels - 1);

    private async Task<HttpResponseMessage> PostAsync(string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _client.PostAsync("/api/messages", content);
    }
}
