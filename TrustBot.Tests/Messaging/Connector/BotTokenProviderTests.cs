using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Messaging.Authentication;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging.Authentication;

namespace TrustBot.Tests.Messaging.Connector;

/// <summary>The bot's outbound token: cached, refreshed ahead of expiry, one request at a time.</summary>
public sealed class BotTokenProviderTests : IAsyncLifetime, IDisposable
{
    private readonly TimerWatchingTimeProvider _time = new();
    private StandInServer _server = null!;
    private TestTokenIssuer _issuer = null!;

    public async Task InitializeAsync()
    {
        _server = await StandInServer.StartAsync();
        _issuer = new TestTokenIssuer(_server);
        _server.Responder = (request, number) => _issuer.Respond(request, number, (_, _) => new StandInResponse(404));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _issuer?.Dispose();

    [Fact]
    public async Task ConcurrentCallers_ShareOneTokenRequest()
    {
        await using var services = ConnectorTestServices.Create(_time, _issuer.Settings);
        var provider = services.GetRequiredService<BotTokenProvider>();

        var tokens = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => provider.GetTokenAsync(false, CancellationToken.None))));

        Assert.All(tokens, t => Assert.Equal(TestTokenIssuer.BotToken, t));
        Assert.Equal(1, _issuer.TokenRequests);
    }

    [Fact]
    public async Task Token_IsRefreshedFiveMinutesBeforeItExpires()
    {
        await using var services = ConnectorTestServices.Create(_time, _issuer.Settings);
        var provider = services.GetRequiredService<BotTokenProvider>();

        await provider.GetTokenAsync(false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        await provider.GetTokenAsync(false, CancellationToken.None);
        Assert.Equal(1, _issuer.TokenRequests);
        _time.Advance(TimeSpan.FromMinutes(1));
        await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal(2, _issuer.TokenRequests);
    }

    [Fact]
    public async Task MultiTenant_AsksTheBotFrameworkAuthorityForTheConnectorScope()
    {
        await using var services = ConnectorTestServices.Create(_time, _issuer.Settings);

        await services.GetRequiredService<BotTokenProvider>().GetTokenAsync(false, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.RawPath);
        Assert.Contains("grant_type=client_credentials", request.Body, StringComparison.Ordinal);
        Assert.Contains("client_id=" + TestTokenIssuer.AppId, request.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleTenant_AsksTheTenantAuthority()
    {
        var settings = new Dictionary<string, string>(_issuer.Settings)
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        };
        await using var services = ConnectorTestServices.Create(_time, settings);

        await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<BotTokenProvider>().GetTokenAsync(false, CancellationToken.None));

        Assert.Equal("/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee/oauth2/v2.0/token", Assert.Single(_server.Requests).RawPath);
    }

    [Fact]
    public async Task UserAssignedManagedIdentity_AsksTheMetadataEndpointAndRefreshesOnTheInjectedClock()
    {
        var identity = new ManagedIdentityStandIn(_server);
        await using var services = ConnectorTestServices.Create(_time, identity.Settings);
        var provider = services.GetRequiredService<BotTokenProvider>();

        var first = await provider.GetTokenAsync(false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var second = await provider.GetTokenAsync(false, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var third = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal(ManagedIdentityStandIn.Token(1), first);
        Assert.Equal(first, second);
        Assert.Equal(ManagedIdentityStandIn.Token(2), third);
        Assert.Equal(2, _server.Requests.Count);
        var request = _server.Requests[0];
        Assert.Equal("GET", request.Method);
        Assert.Equal(ManagedIdentityStandIn.Path, request.RawPath);
        var query = QueryHelpers.ParseQuery(request.Query);
        Assert.Equal("2018-02-01", query["api-version"]);
        Assert.Equal("https://api.botframework.com", query["resource"]);
        Assert.Equal(identity.ClientId, query["client_id"]);
        Assert.Equal("true", request.Headers["Metadata"]);
    }

    [Fact]
    public async Task UserAssignedManagedIdentity_ForcedRefreshAsksAgainDespiteTheLibraryCache()
    {
        var identity = new ManagedIdentityStandIn(_server);
        await using var services = ConnectorTestServices.Create(_time, identity.Settings);
        var provider = services.GetRequiredService<BotTokenProvider>();

        var first = await provider.GetTokenAsync(false, CancellationToken.None);
        var refreshed = await provider.GetTokenAsync(true, CancellationToken.None);
        var cached = await provider.GetTokenAsync(false, CancellationToken.None);

        Assert.Equal(ManagedIdentityStandIn.Token(1), first);
        Assert.Equal(ManagedIdentityStandIn.Token(2), refreshed);
        Assert.Equal(refreshed, cached);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task UserAssignedManagedIdentity_UnknownIdentitySurfacesAsAnHttpRequestException()
    {
        // The metadata service answers 400 when the identity is not assigned to this machine.
        var identity = new ManagedIdentityStandIn(_server) { Status = 400 };
        await using var services = ConnectorTestServices.Create(_time, identity.Settings);

        await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<BotTokenProvider>().GetTokenAsync(false, CancellationToken.None));

        Assert.NotEmpty(_server.Requests);
    }

    [Fact]
    public async Task Anonymous_HasNoTokenAndAsksNobody()
    {
        await using var services = ConnectorTestServices.Create(_time);

        var token = await services.GetRequiredService<BotTokenProvider>().GetTokenAsync(false, CancellationToken.None);

        Assert.Null(token);
        Assert.Empty(_server.Requests);
    }
}
