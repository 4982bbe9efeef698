using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Protocol;
using TrustBot.Messaging.Connector;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging.Authentication;

namespace TrustBot.Tests.Messaging.Connector;

/// <summary>The Bot Connector client: paths, retries and the bot token.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime, IDisposable
{
    private readonly TimerWatchingTimeProvider _time = new();
    private StandInServer _server = null!;
    private TestTokenIssuer _issuer = null!;
    private ServiceProvider _services = null!;

    private ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    public async Task InitializeAsync()
    {
        _server = await StandInServer.StartAsync();
        _issuer = new TestTokenIssuer(_server);
        _services = ConnectorTestServices.Create(_time);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    public void Dispose() => _issuer?.Dispose();

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations")]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations")]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/v3/conversations")]
    [InlineData("https://directline.botframework.com/", "https://directline.botframework.com/v3/conversations")]
    public void Resolve_KeepsTheServiceUrlPath(string serviceUrl, string expected)
    {
        Assert.Equal(expected, ConnectorClient.Resolve(serviceUrl, "v3/conversations").ToString());
    }

    [Fact]
    public async Task Throttled_WaitsForRetryAfterThenRetries()
    {
        _server.Responder = (request, number) => number == 1
            ? new StandInResponse(429, """{"error":{"code":"Throttled","message":"slow down"}}""", new Dictionary<string, string> { ["Retry-After"] = "3" })
            : StandInServer.DefaultConnectorResponse(request, number);

        var send = Client.SendToConversationAsync(Message(), CancellationToken.None);
        var wait = await _time.NextTimerAsync();
        _time.Advance(TimeSpan.FromSeconds(2.9));

        Assert.Equal(TimeSpan.FromSeconds(3), wait);
        Assert.False(send.IsCompleted);
        Assert.Single(_server.Requests);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        var response = await send;
        Assert.Equal("reply-2", response.Id);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal(_server.Requests[0].Body, _server.Requests[1].Body);
    }

    [Fact]
    public async Task ThrottledWithoutRetryAfter_BacksOffAboutTwoSeconds()
    {
        _server.Responder = (request, number) => number == 1 ? new StandInResponse(502) : StandInServer.DefaultConnectorResponse(request, number);

        var send = Client.SendToConversationAsync(Message(), CancellationToken.None);
        var wait = await _time.NextTimerAsync();
        _time.Advance(wait);

        Assert.InRange(wait, TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4));
        Assert.Equal("reply-2", (await send).Id);
    }

    [Fact]
    public async Task PreconditionFailedEveryTime_GivesUpAfterThreeRetries()
    {
        _server.Responder = (_, _) => new StandInResponse(412, """{"error":{"code":"PreconditionFailed","message":"busy"}}""", new Dictionary<string, string> { ["Retry-After"] = "0" });

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.PreconditionFailed, error.StatusCode);
        Assert.Equal("PreconditionFailed", error.ErrorCode);
        Assert.Equal(4, _server.Requests.Count);
    }

    [Fact]
    public async Task ServerError_IsNotRetried()
    {
        _server.Responder = (_, _) => new StandInResponse(500);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task RetryAfterLongerThanTheMaximum_FailsWithoutWaiting()
    {
        _server.Responder = (_, _) => new StandInResponse(429, null, new Dictionary<string, string> { ["Retry-After"] = "3600" });

        await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task TeamsErrorShape_IsParsed()
    {
        _server.Responder = (_, _) => StandInResponse.Json(403, """{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client.SendToConversationAsync(Message(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("209", error.ErrorCode);
    }

    [Fact]
    public async Task UpdateAndDelete_UseTheActivityPath()
    {
        var update = Message();
        update.Id = "1:msg=1";

        await Client.UpdateActivityAsync(update, CancellationToken.None);
        await Client.DeleteActivityAsync(_server.Url, "19:c@thread.tacv2", "1:msg=1", CancellationToken.None);

        Assert.Equal("PUT", _server.Requests[0].Method);
        Assert.Equal("/v3/conversations/a%3Aconv%3B1/activities/1%3Amsg%3D1", _server.Requests[0].RawPath);
        Assert.Equal("DELETE", _server.Requests[1].Method);
        Assert.Equal("/v3/conversations/19%3Ac%40thread.tacv2/activities/1%3Amsg%3D1", _server.Requests[1].RawPath);
    }

    [Fact]
    public async Task CreateConversation_PostsParametersAndReturnsTheNewId()
    {
        _server.Responder = (_, _) => StandInResponse.Json(201, """{"id":"a:new-conversation","activityId":"1"}""");

        var created = await Client.CreateConversationAsync(_server.Url, new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        }, CancellationToken.None);

        Assert.Equal("a:new-conversation", created.Id);
        var call = Assert.Single(_server.Requests);
        Assert.Equal("/v3/conversations", call.RawPath);
        var body = JsonNode.Parse(call.Body)!;
        Assert.Equal("29:user", (string?)body["members"]![0]!["id"]);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Null(body["isGroup"]);
    }

    [Fact]
    public async Task ConnectorSays401_TokenIsRefreshedOnceAndTheCallRetried()
    {
        await _services.DisposeAsync();
        _services = ConnectorTestServices.Create(_time, _issuer.Settings);
        var connectorCalls = 0;
        _server.Responder = (request, number) => _issuer.Respond(request, number, (r, n) =>
            Interlocked.Increment(ref connectorCalls) == 1 ? new StandInResponse(401) : StandInServer.DefaultConnectorResponse(r, n));

        var response = await Client.SendToConversationAsync(Message(), CancellationToken.None);

        Assert.NotNull(response.Id);
        Assert.Equal(2, _issuer.TokenRequests);
        Assert.Equal(2, connectorCalls);
    }

    private Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = _server.Url,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "a:conv;1" },
        From = new ChannelAccount { Id = "28:bot" },
        Recipient = new ChannelAccount { Id = "29:user" },
        Text = "hi",
    };
}
