using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging.Authentication;
using TrustBot.Tests.Messaging.Connector;

namespace TrustBot.Tests.Teams;

/// <summary>
/// Whole Teams turns through the real bot with each outbound credential kind: a personal-chat install and a
/// consent answer carry a valid channel token from the stand-in issuer, and every reply reaches the Connector
/// stand-in with the bearer token that the token endpoint (MSAL client credentials) or the managed identity
/// endpoint (Azure.Identity) issued; a Connector 401 makes the bot fetch a new token and send again.
/// </summary>
public sealed class TeamsOutboundTokenTurnTests : IAsyncLifetime, IDisposable
{
    private const string ConversationId = "a:1teams-personal-token-turn";

    private readonly FakeTimeProvider _time = new(TestTokenIssuer.Now);
    private StandInServer _server = null!;
    private TestTokenIssuer _issuer = null!;
    private int _rejectConnectorCalls;

    private string ServiceUrl => _server.Url + "/connector";

    public async Task InitializeAsync()
    {
        _server = await StandInServer.StartAsync();
        _issuer = new TestTokenIssuer(_server);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _issuer?.Dispose();

    [Fact]
    public async Task ClientSecret_RepliesCarryTheTokenEndpointsTokenAndA401RefreshesIt()
    {
        _server.Responder = (request, number) => _issuer.Respond(request, number, Connector);

        await RunTurnsAsync(_issuer.Settings, TestTokenIssuer.AppId, expectedFirstToken: TestTokenIssuer.BotToken, expectedRefreshedToken: TestTokenIssuer.BotToken);

        // One token for the whole install turn, one more after the Connector's 401.
        Assert.Equal(2, _issuer.TokenRequests);
        Assert.Contains(_server.Requests, r => r.RawPath == "/botframework.com/oauth2/v2.0/token" && r.Body.Contains("client_secret=secret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UserAssignedManagedIdentity_RepliesCarryTheIdentitysTokenAndA401RefreshesIt()
    {
        var identity = new ManagedIdentityStandIn(_server, (request, number) => _issuer.Respond(request, number, Connector));
        var settings = new Dictionary<string, string>(identity.Settings)
        {
            ["BotAuthentication:ChannelOpenIdMetadataUrl"] = _issuer.Settings["BotAuthentication:ChannelOpenIdMetadataUrl"],
            ["BotAuthentication:EntraOpenIdMetadataUrl"] = _issuer.Settings["BotAuthentication:EntraOpenIdMetadataUrl"],
            ["BotAuthentication:RequireHttpsMetadata"] = "false",
        };

        await RunTurnsAsync(settings, identity.ClientId, expectedFirstToken: ManagedIdentityStandIn.Token(1), expectedRefreshedToken: ManagedIdentityStandIn.Token(2));

        Assert.Equal(2, identity.Issued);
        Assert.Equal(0, _issuer.TokenRequests);
    }

    private async Task RunTurnsAsync(IReadOnlyDictionary<string, string> settings, string appId, string expectedFirstToken, string expectedRefreshedToken)
    {
        await using var host = new TrustBotHostFactory().WithTime(_time).WithSettings(settings);

        using var client = host.CreateClient();
        var channelToken = _issuer.ChannelToken(ServiceUrl, audience: appId);
        var botId = "28:" + appId;

        // Install in a personal chat: the welcome and the consent question, all with the first token.
        var install = await PostAsync(client, channelToken, $$"""
            { "type": "conversationUpdate", "id": "install-1", "channelId": "msteams", "serviceUrl": "{{ServiceUrl}}",
              "from": { "id": "29:user-1", "aadObjectId": "00000000-0000-0000-0000-000000000020" }, "recipient": { "id": "{{botId}}", "name": "TrustBot" },
              "conversation": { "id": "{{ConversationId}}", "conversationType": "personal", "tenantId": "tenant-1" },
              "membersAdded": [ { "id": "{{botId}}" }, { "id": "29:user-1" } ], "channelData": { "tenant": { "id": "tenant-1" } } }
            """);
        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        var welcome = ConnectorCalls();
        Assert.Contains(welcome, r => Text(r).Contains("I'm TrustBot", StringComparison.Ordinal));
        Assert.All(welcome, r => Assert.Equal("Bearer " + expectedFirstToken, r.Authorization));

        // The Connector now rejects that token once: the bot gets a new one and the reply still arrives.
        _rejectConnectorCalls = 1;
        var answer = await PostAsync(client, channelToken, $$"""
            { "type": "message", "id": "consent-1", "channelId": "msteams", "serviceUrl": "{{ServiceUrl}}", "text": "{{WelcomeMessages.ConsentYes}}",
              "from": { "id": "29:user-1", "aadObjectId": "00000000-0000-0000-0000-000000000020" }, "recipient": { "id": "{{botId}}", "name": "TrustBot" },
              "conversation": { "id": "{{ConversationId}}", "conversationType": "personal", "tenantId": "tenant-1" },
              "channelData": { "tenant": { "id": "tenant-1" } }, "locale": "en-US" }
            """);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var afterConsent = ConnectorCalls().Skip(welcome.Count).ToList();
        Assert.Equal("Bearer " + expectedFirstToken, afterConsent[0].Authorization);
        Assert.Equal(afterConsent[0].Body, afterConsent[1].Body);
        Assert.All(afterConsent.Skip(1), r => Assert.Equal("Bearer " + expectedRefreshedToken, r.Authorization));
        Assert.Contains(afterConsent, r => Text(r) == WelcomeMessages.ConsentGiven);
    }

    private StandInResponse Connector(RecordedRequest request, int number)
    {
        if (request.RawPath.StartsWith("/connector/", StringComparison.Ordinal) && Interlocked.Decrement(ref _rejectConnectorCalls) >= 0)
        {
            return StandInResponse.Json(401, """{"error":{"code":"Unauthorized","message":"token rejected"}}""");
        }

        return StandInServer.DefaultConnectorResponse(request, number);
    }

    private List<RecordedRequest> ConnectorCalls() =>
        [.. _server.Requests.Where(r => r.RawPath.StartsWith("/connector/", StringComparison.Ordinal))];

    private static string Text(RecordedRequest request) => (string?)JsonNode.Parse(request.Body)?["text"] ?? string.Empty;

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }
}
