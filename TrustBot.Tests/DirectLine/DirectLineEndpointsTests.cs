using System.Net;
using System.Text.Json.Nodes;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineEndpointsTests : IClassFixture<DirectLineHostFixture>
{
    private readonly TrustBotHostFactory _factory;
    private readonly DirectLineTestClient _client;

    public DirectLineEndpointsTests(DirectLineHostFixture fixture)
    {
        _factory = fixture.Host;
        _client = new DirectLineTestClient(_factory.CreateClient());
    }

    [Fact]
    public async Task StartConversation_NewToken_Returns201WithSnakeCaseExpiryStreamUrlAndWelcome()
    {
        var page = await _client.PageTokenAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)page["token"]!, """{"user":{"id":"r_123"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await DirectLineTestClient.ReadAsync(response);
        Assert.Equal((string)page["conversationId"]!, (string)body["conversationId"]!);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.Null(body["expiresIn"]);
        Assert.StartsWith("ws://", (string)body["streamUrl"]!, StringComparison.Ordinal);
        Assert.Contains("t=", (string)body["streamUrl"]!, StringComparison.Ordinal);

        var history = await _client.GetActivitiesAsync((string)body["conversationId"]!, (string)body["token"]!);
        var welcome = Assert.Single(history["activities"]!.AsArray())!;
        Assert.Equal(SuggestingTestBot.WelcomeText, (string)welcome["text"]!);
        Assert.Equal("trustbot", (string)welcome["from"]!["id"]!);
        Assert.Equal((string)page["userId"]!, (string)welcome["recipient"]!["id"]!);
        Assert.Equal($"{body["conversationId"]}|0000001", (string)welcome["id"]!);
        Assert.Equal(2, welcome["suggestedActions"]!["actions"]!.AsArray().Count);
    }

    [Fact]
    public async Task StartConversation_SameTokenTwice_Returns200AndDoesNotWelcomeAgain()
    {
        var page = await _client.PageTokenAsync();
        using var first = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)page["token"]!);
        using var second = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)page["token"]!);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await DirectLineTestClient.ReadAsync(second);
        var history = await _client.GetActivitiesAsync((string)body["conversationId"]!, (string)body["token"]!);
        Assert.Single(history["activities"]!.AsArray());
    }

    [Fact]
    public async Task PostActivity_WebChatMessage_EchoesWithClientActivityIdAndForcedUserBeforeReply()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        var id = await _client.PostMessageAsync(conversationId, token, "hello there", "gltdijtxhkl");

        var history = await _client.GetActivitiesAsync(conversationId, token);
        var activities = history["activities"]!.AsArray();
        Assert.Equal([SuggestingTestBot.WelcomeText, "hello there", SuggestingTestBot.ReplyPrefix + "hello there"], DirectLineTestClient.Texts(history));
        var echo = activities[1]!;
        Assert.Equal(id, (string)echo["id"]!);
        Assert.Equal($"{conversationId}|0000002", id);
        Assert.Equal("gltdijtxhkl", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal("user", (string)echo["from"]!["role"]!);
        Assert.StartsWith("dl_", (string)echo["from"]!["id"]!, StringComparison.Ordinal);
        Assert.NotEqual("someone-else", (string)echo["from"]!["id"]!);
        Assert.Equal("directline", (string)echo["channelId"]!);
        Assert.Equal(conversationId, (string)echo["conversation"]!["id"]!);
        Assert.Equal("trustbot", (string)echo["recipient"]!["id"]!);
        // Stamped from the server's clock, and strictly increasing so Web Chat keeps the order even within one millisecond.
        var stamps = activities.Select(a => DateTimeOffset.Parse((string)a!["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(stamps[1], _factory.Time.GetUtcNow(), _factory.Time.GetUtcNow().AddSeconds(1));
        Assert.True(stamps.Zip(stamps.Skip(1)).All(pair => pair.Second > pair.First), "timestamps must increase");
        Assert.Equal(id, (string)activities[2]!["replyToId"]!);
        Assert.Equal("3", (string)history["watermark"]!);
    }

    [Fact]
    public async Task GetActivities_WithWatermark_ReturnsOnlyNewerActivities()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        await _client.PostMessageAsync(conversationId, token, "one", "c1");
        var first = await _client.GetActivitiesAsync(conversationId, token);
        var watermark = (string)first["watermark"]!;

        await _client.PostMessageAsync(conversationId, token, "two", "c2");
        var next = await _client.GetActivitiesAsync(conversationId, token, watermark);
        var empty = await _client.GetActivitiesAsync(conversationId, token, (string)next["watermark"]!);

        Assert.Equal(["two", SuggestingTestBot.ReplyPrefix + "two"], DirectLineTestClient.Texts(next));
        Assert.Empty(empty["activities"]!.AsArray());
        Assert.Equal((string)next["watermark"]!, (string)empty["watermark"]!);
    }

    [Fact]
    public async Task Reconnect_WithWatermark_ReturnsFreshTokenAndStreamUrlCarryingIt()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        using var response = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadAsync(response);
        Assert.Equal(conversationId, (string)body["conversationId"]!);
        Assert.Equal(1800, (int)body["expires_in"]!);
        Assert.Contains($"/v3/directline/conversations/{conversationId}/stream?watermark=1&t=", (string)body["streamUrl"]!, StringComparison.Ordinal);
        var history = await _client.GetActivitiesAsync(conversationId, (string)body["token"]!);
        Assert.Single(history["activities"]!.AsArray());
    }

    [Fact]
    public async Task Token_ForAnotherConversation_IsForbiddenEverywhere()
    {
        var (mine, _) = await _client.StartNewAsync();
        var (_, otherToken) = await _client.StartNewAsync();

        using var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine}/activities?watermark=", otherToken);
        using var post = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{mine}/activities", otherToken, """{"type":"message","text":"sneaky"}""");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine}", otherToken);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        var error = await DirectLineTestClient.ReadAsync(post);
        Assert.Equal("Forbidden", (string)error["error"]!["code"]!);
        Assert.NotNull(error["error"]!["message"]);
    }

    [Fact]
    public async Task Token_MissingGarbageOrTampered_IsUnauthorized()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        using var missing = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", null);
        using var garbage = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", "undefined");
        using var forged = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task Refresh_ValidToken_ReturnsNewTokenForSameConversation()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await DirectLineTestClient.ReadAsync(response);
        Assert.Equal(conversationId, (string)body["conversationId"]!);
        Assert.NotEqual(token, (string)body["token"]!);
        var history = await _client.GetActivitiesAsync(conversationId, (string)body["token"]!);
        Assert.Single(history["activities"]!.AsArray());
    }

    [Fact]
    public async Task PostActivity_MalformedJson_Returns400()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        using var broken = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":""");
        using var noType = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"text":"hi"}""");
        using var array = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, "[1,2]");

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, array.StatusCode);
        Assert.Equal("BadArgument", (string)(await DirectLineTestClient.ReadAsync(broken))["error"]!["code"]!);
        var history = await _client.GetActivitiesAsync(conversationId, token);
        Assert.Single(history["activities"]!.AsArray());
    }

    [Fact]
    public async Task PostActivity_Over256KChars_Returns413AndStoresNothing()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        var huge = new JsonObject { ["type"] = "message", ["text"] = new string('x', 300_000) }.ToJsonString();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", (string)(await DirectLineTestClient.ReadAsync(response))["error"]!["code"]!);
        var history = await _client.GetActivitiesAsync(conversationId, token);
        Assert.Single(history["activities"]!.AsArray());
    }

    [Fact]
    public async Task PostActivity_Typing_IsAcceptedButNotStoredOrAnswered()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"typing","channelData":{"clientActivityID":"t1"},"from":{"id":"x"}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((string?)(await DirectLineTestClient.ReadAsync(response))["id"]);
        var history = await _client.GetActivitiesAsync(conversationId, token);
        Assert.Equal([SuggestingTestBot.WelcomeText], DirectLineTestClient.Texts(history));
    }

    [Fact]
    public async Task GenerateToken_WithoutSecret_IsRefusedAndWithSecretBindsDlUser()
    {
        var page = await _client.PageTokenAsync();
        using var withToken = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", (string)page["token"]!);
        using var withSecret = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", TrustBotHostFactory.DirectLineSecret, """{"user":{"id":"tester_1"}}""");

        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        var generated = await DirectLineTestClient.ReadAsync(withSecret);
        Assert.Null(generated["streamUrl"]);
        using var start = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)generated["token"]!);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var started = await DirectLineTestClient.ReadAsync(start);
        await _client.PostMessageAsync((string)started["conversationId"]!, (string)started["token"]!, "hi", "c");
        var history = await _client.GetActivitiesAsync((string)started["conversationId"]!, (string)started["token"]!);
        Assert.Equal("dl_tester_1", (string)history["activities"]![1]!["from"]!["id"]!);
    }

    [Fact]
    public async Task Secret_AsBearer_StartsAndReadsConversationsLikeBotium()
    {
        using var start = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", TrustBotHostFactory.DirectLineSecret);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        var conversationId = (string)(await DirectLineTestClient.ReadAsync(start))["conversationId"]!;

        using var post = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", TrustBotHostFactory.DirectLineSecret, """{"type":"message","text":"7","from":{"id":"me"}}""");
        var history = await _client.GetActivitiesAsync(conversationId, TrustBotHostFactory.DirectLineSecret);

        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Equal([SuggestingTestBot.WelcomeText, "7", SuggestingTestBot.ReplyPrefix + "7"], DirectLineTestClient.Texts(history));
    }

    [Fact]
    public async Task UnknownConversation_WithSecret_Returns404()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/0123456789abcdef0123456789abcdef/activities", TrustBotHostFactory.DirectLineSecret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ConversationNotFound", (string)(await DirectLineTestClient.ReadAsync(response))["error"]!["code"]!);
    }

    [Fact]
    public async Task CorsPreflight_FromAllowedOrigin_AllowsWidgetHeadersAndIsCached()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", TrustBotHostFactory.PartnerOrigin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(TrustBotHostFactory.PartnerOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        foreach (var header in new[] { "authorization", "content-type", "x-ms-bot-agent", "x-requested-with" })
        {
            Assert.Contains(header, allowed, StringComparison.Ordinal);
        }

        Assert.Equal("600", response.Headers.GetValues("Access-Control-Max-Age").Single());
    }

    [Fact]
    public async Task CorsRequest_FromAllowedOrigin_EchoesTheOrigin()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=");
        request.Headers.Add("Origin", TrustBotHostFactory.PartnerOrigin);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        using var response = await _client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TrustBotHostFactory.PartnerOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task CorsPreflight_FromUnknownOrigin_GetsNoAllowOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");

        using var response = await _client.Http.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
