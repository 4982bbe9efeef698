using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.TestHost;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.DirectLine;

public sealed class DirectLineStreamTests : IDisposable
{
    private static readonly TimeSpan ReceiveLimit = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(15);

    private readonly TrustBotHostFactory _factory = TrustBotHostFactory.ForDirectLine();
    private readonly DirectLineTestClient _client;

    public DirectLineStreamTests()
    {
        _client = new DirectLineTestClient(_factory.CreateClient());
    }

    [Fact]
    public async Task Stream_AfterStart_ReplaysWelcomeThenPushesEchoAndReply()
    {
        var (conversationId, token, streamUrl) = await StartAsync();
        using var socket = await ConnectAsync(streamUrl);

        var backlog = await ReceiveSetAsync(socket);
        await _client.PostMessageAsync(conversationId, token, "over the socket", "ws1");
        var texts = new List<string?>();
        string? watermark = null;
        while (texts.Count < 2)
        {
            var set = await ReceiveSetAsync(socket);
            texts.AddRange(DirectLineTestClient.Texts(set));
            watermark = (string?)set["watermark"] ?? watermark;
        }

        Assert.Equal([SuggestingTestBot.WelcomeText], DirectLineTestClient.Texts(backlog));
        Assert.Equal("1", (string)backlog["watermark"]!);
        Assert.Equal(["over the socket", SuggestingTestBot.ReplyPrefix + "over the socket"], texts);
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task Stream_FromReconnectWatermark_SkipsWhatTheClientHad()
    {
        var (conversationId, token, _) = await StartAsync();
        await _client.PostMessageAsync(conversationId, token, "before", "b1");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=2", token);
        var streamUrl = (string)(await DirectLineTestClient.ReadAsync(reconnect))["streamUrl"]!;

        using var socket = await ConnectAsync(streamUrl);
        var set = await ReceiveSetAsync(socket);

        Assert.Equal([SuggestingTestBot.ReplyPrefix + "before"], DirectLineTestClient.Texts(set));
    }

    [Fact]
    public async Task Stream_Idle_SendsEmptyKeepAliveAndIgnoresClientPings()
    {
        var (_, _, streamUrl) = await StartAsync();
        var timersBefore = _factory.Time.TimersStarted(KeepAliveInterval);
        using var socket = await ConnectAsync(streamUrl);
        await ReceiveSetAsync(socket);
        await socket.SendAsync(Array.Empty<byte>(), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

        // The keep-alive timer runs on the fake clock: once the idle socket has started it, let it expire.
        var frame = ReceiveTextAsync(socket);
        await _factory.Time.WaitForTimerAsync(KeepAliveInterval, timersBefore);
        _factory.Time.Advance(KeepAliveInterval);

        Assert.Equal(string.Empty, await frame);
        Assert.Equal(WebSocketState.Open, socket.State);
    }

    [Fact]
    public async Task Stream_SecondSocket_ClosesTheFirstWithCollision()
    {
        var (_, _, streamUrl) = await StartAsync();
        using var first = await ConnectAsync(streamUrl);
        await ReceiveSetAsync(first);

        using var second = await ConnectAsync(streamUrl);
        await ReceiveSetAsync(second);
        using var limit = new CancellationTokenSource(ReceiveLimit);
        var result = await first.ReceiveAsync(new byte[1024], limit.Token);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);
    }

    [Fact]
    public async Task Stream_SecondTabWithItsOwnToken_BothSocketsReceiveEveryActivity()
    {
        var (conversationId, token, firstUrl) = await StartAsync();
        using var first = await ConnectAsync(firstUrl);
        await ReceiveSetAsync(first);

        // A second tab resumes the conversation and gets its own token and stream URL.
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);
        var secondUrl = (string)(await DirectLineTestClient.ReadAsync(reconnect))["streamUrl"]!;
        Assert.NotEqual(firstUrl, secondUrl);
        using var second = await ConnectAsync(secondUrl);

        await _client.PostMessageAsync(conversationId, token, "from one tab", "tab1");

        foreach (var socket in new[] { first, second })
        {
            var texts = new List<string?>();
            while (texts.Count < 2)
            {
                texts.AddRange(DirectLineTestClient.Texts(await ReceiveSetAsync(socket)));
            }

            Assert.Equal(["from one tab", SuggestingTestBot.ReplyPrefix + "from one tab"], texts);
            Assert.Equal(WebSocketState.Open, socket.State);
        }
    }

    [Fact]
    public async Task Stream_WithAWatermarkPastTheEnd_StillGetsLaterActivities()
    {
        var (conversationId, token, streamUrl) = await StartAsync();
        var ahead = streamUrl.Replace("/stream?", "/stream?watermark=999&", StringComparison.Ordinal);
        using var socket = await ConnectAsync(ahead);

        await _client.PostMessageAsync(conversationId, token, "after connecting", "a1");
        var texts = new List<string?>();
        string? watermark = null;
        while (texts.Count < 2)
        {
            var set = await ReceiveSetAsync(socket);
            texts.AddRange(DirectLineTestClient.Texts(set));
            watermark = (string?)set["watermark"] ?? watermark;
        }

        Assert.Equal(["after connecting", SuggestingTestBot.ReplyPrefix + "after connecting"], texts);
        Assert.Equal("3", watermark);
    }

    [Fact]
    public async Task Stream_FromUnknownOrigin_IsRefused()
    {
        var (_, _, streamUrl) = await StartAsync();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(streamUrl, "https://evil.example"));
        using var allowed = await ConnectAsync(streamUrl, TrustBotHostFactory.PartnerOrigin);

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        Assert.Equal(WebSocketState.Open, allowed.State);
    }

    [Fact]
    public async Task Stream_WithOtherConversationsToken_IsRefused()
    {
        var (_, _, streamUrl) = await StartAsync();
        var (_, _, otherUrl) = await StartAsync();
        var otherToken = otherUrl[(otherUrl.IndexOf("t=", StringComparison.Ordinal) + 2)..];
        var forged = streamUrl[..(streamUrl.IndexOf("t=", StringComparison.Ordinal) + 2)] + otherToken;

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => ConnectAsync(forged));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    private async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync()
    {
        var page = await _client.PageTokenAsync();
        using var response = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", (string)page["token"]!);
        var body = await DirectLineTestClient.ReadAsync(response);
        return ((string)body["conversationId"]!, (string)body["token"]!, (string)body["streamUrl"]!);
    }

    private async Task<WebSocket> ConnectAsync(string streamUrl, string? origin = null)
    {
        var client = _factory.Server.CreateWebSocketClient();
        if (origin is not null)
        {
            client.ConfigureRequest = request => request.Headers.Origin = origin;
        }

        using var limit = new CancellationTokenSource(ReceiveLimit);
        return await client.ConnectAsync(new Uri(streamUrl), limit.Token);
    }

    private static async Task<string> ReceiveTextAsync(WebSocket socket)
    {
        using var limit = new CancellationTokenSource(ReceiveLimit);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, limit.Token);
            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        return Encoding.UTF8.GetString(message.ToArray());
    }

    private static async Task<JsonObject> ReceiveSetAsync(WebSocket socket)
    {
        while (true)
        {
            var text = await ReceiveTextAsync(socket);
            if (text.Length > 0)
            {
                return JsonNode.Parse(text)!.AsObject();
            }
        }
    }

    public void Dispose() => _factory.Dispose();
}
