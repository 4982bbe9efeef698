using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Dialogs.Engine;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging.Authentication;

/// <summary>Inbound JWT checks on <c>/api/messages</c> when an app id is configured, and the outbound token.</summary>
public sealed class BotRequestAuthenticatorTests : IAsyncLifetime, IDisposable
{
    private readonly RecordingBot _bot = new();
    private readonly FakeTimeProvider _time = new(TestTokenIssuer.Now);
    private StandInServer _server = null!;
    private TestTokenIssuer _issuer = null!;
    private TrustBotHostFactory _host = null!;
    private HttpClient _client = null!;

    private string ServiceUrl => _server.Url + "/connector";

    public async Task InitializeAsync()
    {
        _server = await StandInServer.StartAsync();
        _issuer = new TestTokenIssuer(_server);
        _server.Responder = (request, number) => _issuer.Respond(request, number, StandInServer.DefaultConnectorResponse);
        _host = new TrustBotHostFactory().WithBot(_bot).WithTime(_time).WithSettings(_issuer.Settings);

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
    public async Task ValidChannelToken_Returns200SetsCallerIdAndRepliesWithBotToken()
    {
        var response = await PostAsync(_issuer.ChannelToken(ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var received = Assert.Single(_bot.Received);
        Assert.Equal("urn:botframework:azure", received.CallerId);
        var reply = Assert.Single(ConnectorCalls());
        Assert.Equal("Bearer " + TestTokenIssuer.BotToken, reply.Authorization);
    }

    [Fact]
    public async Task ManyReplies_ShareOneCachedBotToken()
    {
        for (var i = 0; i < 3; i++)
        {
            var response = await PostAsync(_issuer.ChannelToken(ServiceUrl), id: $"m-{i}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(3, ConnectorCalls().Count);
        Assert.Equal(1, _issuer.TokenRequests);
    }

    [Fact]
    public async Task MissingAuthorizationHeader_Returns401()
    {
        await AssertRejectedAsync(null);
    }

    [Fact]
    public async Task NotAJwt_Returns401()
    {
        await AssertRejectedAsync("not-a-token");
    }

    [Fact]
    public async Task ExpiredToken_Returns401()
    {
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, expires: TestTokenIssuer.Now.UtcDateTime.AddMinutes(-6)));
    }

    [Fact]
    public async Task TokenExpiredWithinClockSkew_IsAccepted()
    {
        var response = await PostAsync(_issuer.ChannelToken(ServiceUrl, expires: TestTokenIssuer.Now.UtcDateTime.AddMinutes(-4)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AlgNoneToken_Returns401()
    {
        await AssertRejectedAsync(_issuer.UnsignedChannelToken(ServiceUrl));
    }

    [Fact]
    public async Task NotYetValidBeyondClockSkew_Returns401()
    {
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, notBefore: TestTokenIssuer.Now.UtcDateTime.AddMinutes(6), expires: TestTokenIssuer.Now.UtcDateTime.AddHours(2)));
    }

    [Fact]
    public async Task NotYetValidWithinClockSkew_IsAccepted()
    {
        var response = await PostAsync(_issuer.ChannelToken(ServiceUrl, notBefore: TestTokenIssuer.Now.UtcDateTime.AddMinutes(4), expires: TestTokenIssuer.Now.UtcDateTime.AddHours(2)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rejected401_LeavesStorageUntouched()
    {
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(_issuer.ChannelToken(ServiceUrl), id: "ok-1")).StatusCode);
        var before = await StorageSnapshotAsync();
        Assert.NotEmpty(before);

        // Each token names the serviceUrl its activity carries, so only its own flaw rejects it; a new
        // serviceUrl and activity id would show in the stored reference and the dedupe record.
        var elsewhere = _server.Url + "/elsewhere";
        var rejected = new[]
        {
            _issuer.UnsignedChannelToken(elsewhere),
            _issuer.ChannelToken(elsewhere, expires: TestTokenIssuer.Now.UtcDateTime.AddMinutes(-6)),
            _issuer.ChannelToken(elsewhere, notBefore: TestTokenIssuer.Now.UtcDateTime.AddMinutes(6), expires: TestTokenIssuer.Now.UtcDateTime.AddHours(2)),
            _issuer.ChannelToken(elsewhere, key: _issuer.StrangerKey),
        };
        for (var i = 0; i < rejected.Length; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(rejected[i], id: $"bad-{i}", serviceUrl: elsewhere)).StatusCode);
        }

        Assert.Equal(before, await StorageSnapshotAsync());
        Assert.Single(_bot.Received);
    }

    [Fact]
    public async Task WrongAudience_Returns401()
    {
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, audience: "99999999-0000-0000-0000-000000000000"));
    }

    [Fact]
    public async Task ServiceUrlClaimForAnotherHost_Returns401()
    {
        await AssertRejectedAsync(_issuer.ChannelToken("https://attacker.example/"));
    }

    [Fact]
    public async Task MissingServiceUrlClaim_Returns401()
    {
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, includeServiceUrl: false));
    }

    [Fact]
    public async Task KeyNotEndorsedForTheChannel_Returns401()
    {
        _issuer.Endorsements = ["webchat"];

        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl));
    }

    [Fact]
    public async Task SignedWithUnpublishedKey_Returns401()
    {
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, key: _issuer.StrangerKey));
    }

    [Fact]
    public async Task RotatedSigningKey_IsPickedUpWithoutARestart()
    {
        await PostAsync(_issuer.ChannelToken(ServiceUrl), id: "before-rotation");
        _issuer.PublishRotatedKey = true;

        var tooSoon = await PostAsync(_issuer.ChannelToken(ServiceUrl, key: _issuer.RotatedKey), id: "rotated-1");
        _time.Advance(TimeSpan.FromMinutes(5));
        var later = await PostAsync(_issuer.ChannelToken(ServiceUrl, key: _issuer.RotatedKey), id: "rotated-2");

        // Unknown key ids refresh the key document at most every 5 minutes, so a flood of bad tokens cannot hammer it.
        Assert.Equal(HttpStatusCode.Unauthorized, tooSoon.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(2, _issuer.KeyDocumentRequests);
    }

    [Fact]
    public async Task UnknownIssuer_Returns401()
    {
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, issuer: "https://evil.example"));
    }

    [Fact]
    public async Task ChannelIssuerSignedWithEntraKey_Returns401()
    {
        await AssertRejectedAsync(_issuer.ChannelToken(ServiceUrl, key: _issuer.EntraKey));
    }

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task EmulatorTokenWithOurAppId_Returns200(string version, string claim)
    {
        var response = await PostAsync(_issuer.EmulatorToken(version, claim));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("1.0", "azp")]
    [InlineData("2.0", "appid")]
    [InlineData("3.0", "appid")]
    public async Task EmulatorTokenWithAppIdInTheWrongClaim_Returns401(string version, string claim)
    {
        await AssertRejectedAsync(_issuer.EmulatorToken(version, claim));
    }

    [Fact]
    public async Task EmulatorTokenForAnotherApp_Returns401()
    {
        await AssertRejectedAsync(_issuer.EmulatorToken("1.0", "appid", appId: "99999999-0000-0000-0000-000000000000"));
    }

    private async Task AssertRejectedAsync(string? token)
    {
        var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Received);
        Assert.Empty(ConnectorCalls());
    }

    private List<RecordedRequest> ConnectorCalls() =>
        _server.Requests.Where(r => r.RawPath.StartsWith("/connector/", StringComparison.Ordinal)).ToList();

    /// <summary>Every stored key with its document and etag.</summary>
    private async Task<Dictionary<string, string>> StorageSnapshotAsync()
    {
        var storage = _host.Services.GetRequiredService<IStorage>();
        var items = await storage.ReadAsync(await storage.ListKeysAsync(string.Empty, CancellationToken.None), CancellationToken.None);
        return items.ToDictionary(i => i.Key, i => i.Value.ETag + " " + i.Value.Json);
    }

    private async Task<HttpResponseMessage> PostAsync(string? token, string id = Activities.TeamsActivityId, string? serviceUrl = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Activities.TeamsMessage(serviceUrl ?? ServiceUrl, id: id), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await _client.SendAsync(request);
    }
}
