using System.Net;
using Microsoft.AspNetCore.TestHost;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineTokenLifetimeTests : IDisposable
{
    private readonly TrustBotHostFactory _factory = TrustBotHostFactory.ForDirectLine();
    private readonly DirectLineTestClient _client;

    public DirectLineTokenLifetimeTests()
    {
        _client = new DirectLineTestClient(_factory.CreateClient());
    }

    [Fact]
    public async Task Token_After30Minutes_Gets403TokenExpired()
    {
        var (conversationId, token) = await _client.StartNewAsync();

        _factory.Time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        using var poll = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}/activities?watermark=", token);
        using var post = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, """{"type":"message","text":"late"}""");

        Assert.Equal(HttpStatusCode.Forbidden, poll.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal("TokenExpired", (string)(await DirectLineTestClient.ReadAsync(poll))["error"]!["code"]!);
    }

    [Fact]
    public async Task Refresh_ExpiredToken_Gets403ButFreshOneKeepsWorking()
    {
        var (conversationId, token) = await _client.StartNewAsync();
        _factory.Time.Advance(TimeSpan.FromMinutes(15));
        using var refreshed = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        var fresh = (string)(await DirectLineTestClient.ReadAsync(refreshed))["token"]!;

        _factory.Time.Advance(TimeSpan.FromMinutes(20));
        using var expired = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        var history = await _client.GetActivitiesAsync(conversationId, fresh);

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal("TokenExpired", (string)(await DirectLineTestClient.ReadAsync(expired))["error"]!["code"]!);
        Assert.Single(history["activities"]!.AsArray());
    }

    [Fact]
    public async Task Stream_WithExpiredToken_IsRefused()
    {
        var page = await _client.PageTokenAsync();
        using var start = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)page["token"]!);
        var streamUrl = (string)(await DirectLineTestClient.ReadAsync(start))["streamUrl"]!;

        _factory.Time.Advance(TimeSpan.FromMinutes(31));
        var socketClient = _factory.Server.CreateWebSocketClient();
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => socketClient.ConnectAsync(new Uri(streamUrl), CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _factory.Dispose();
}
