using System.Net;
using System.Text.Json.Nodes;
using TrustBot.Tests.DirectLine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.WebChat;

public sealed class WebChatTokenTests : IClassFixture<DirectLineHostFixture>
{
    private readonly DirectLineTestClient _client;

    public WebChatTokenTests(DirectLineHostFixture fixture)
    {
        _client = new DirectLineTestClient(fixture.Host.CreateClient());
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"userId":"short"}""")]
    [InlineData("""{"userId":"has spaces in it, not allowed"}""")]
    [InlineData("""{"userId":"<script>alert(1)</script>xx"}""")]
    [InlineData("""not json""")]
    public async Task PageToken_BadUserId_Returns400(string body)
    {
        using var response = await _client.Http.PostAsync("/api/directline/token", DirectLineTestClient.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PageToken_SameUserWithStartedConversation_ResumesIt()
    {
        var userId = Guid.NewGuid().ToString("N");
        var first = await _client.PageTokenAsync(userId);
        using var start = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)first["token"]!);

        var again = await _client.PageTokenAsync(userId, (string)first["conversationId"]!);

        Assert.Equal("dl_" + userId, (string)first["userId"]!);
        Assert.Equal(1800, (int)first["expires_in"]!);
        Assert.EndsWith("/v3/directline", (string)first["domain"]!, StringComparison.Ordinal);
        Assert.Equal((string)first["conversationId"]!, (string)again["conversationId"]!);
        var history = await _client.GetActivitiesAsync((string)again["conversationId"]!, (string)again["token"]!);
        Assert.Single(history["activities"]!.AsArray());
    }

    [Fact]
    public async Task PageToken_AnotherPersonsConversation_StartsANewOneInstead()
    {
        var owner = await _client.PageTokenAsync();
        using var start = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)owner["token"]!);

        var intruder = await _client.PageTokenAsync(conversationId: (string)owner["conversationId"]!);
        using var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{owner["conversationId"]}/activities", (string)intruder["token"]!);

        Assert.NotEqual((string)owner["conversationId"]!, (string)intruder["conversationId"]!);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task Pages_ServeChatWidgetAndSampleHost()
    {
        var index = await _client.Http.GetStringAsync("/");
        var embed = await _client.Http.GetStringAsync("/embed.html");
        var widget = await _client.Http.GetStringAsync("/widget.js");
        var host = await _client.Http.GetStringAsync("/sample-host.html");
        using var bundle = await _client.Http.GetAsync("/lib/webchat.js");

        Assert.Contains("<html lang=\"en\">", index, StringComparison.Ordinal);
        Assert.Contains("Crisis resources", index, StringComparison.Ordinal);
        Assert.Contains("findahelpline.com", index, StringComparison.Ordinal);
        Assert.Contains("not a therapist", index, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Crisis resources", embed, StringComparison.Ordinal);
        Assert.Contains("/embed.html", widget, StringComparison.Ordinal);
        Assert.Contains("/widget.js", host, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }

    [Fact]
    public async Task EmbedPage_MayBeFramedOnlyBySelfAndAllowedOrigins()
    {
        using var embed = await _client.Http.GetAsync("/embed.html");
        using var index = await _client.Http.GetAsync("/");

        Assert.Equal($"frame-ancestors 'self' {TrustBotHostFactory.PartnerOrigin}", embed.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("frame-ancestors 'self'", index.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task PageToken_Response_HasOnlyTheDocumentedFields()
    {
        var token = await _client.PageTokenAsync();

        Assert.Equal(["token", "conversationId", "userId", "expires_in", "domain"], token.Select(p => p.Key).ToArray());
        Assert.DoesNotContain(TrustBotHostFactory.DirectLineSecret, token.ToJsonString(), StringComparison.Ordinal);
        Assert.IsType<JsonValue>(token["expires_in"], exactMatch: false);
    }
}
