using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using TrustBot.Messaging.Authentication;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Messaging.Authentication;

namespace TrustBot.Tests.Messaging.Connector;

/// <summary>Client credentials through MSAL: a certificate instead of a secret, and a sovereign cloud's token tenant.</summary>
public sealed class BotTokenCredentialTests : IAsyncLifetime, IDisposable
{
    private readonly TimerWatchingTimeProvider _time = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("trustbot-cert-").FullName;
    private StandInServer _server = null!;
    private TestTokenIssuer _issuer = null!;

    public async Task InitializeAsync()
    {
        _server = await StandInServer.StartAsync();
        _issuer = new TestTokenIssuer(_server);
        _server.Responder = (request, number) => request.RawPath == "/sovereign-tenant/oauth2/v2.0/token"
            ? StandInResponse.Json(200, $$"""{"token_type":"Bearer","expires_in":3600,"access_token":"{{TestTokenIssuer.BotToken}}"}""")
            : _issuer.Respond(request, number, (_, _) => new StandInResponse(404));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose()
    {
        _issuer?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Certificate_SendsASignedClientAssertionWithItsChainAndNoSecret()
    {
        using var rsa = RSA.Create(2048);
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = new CertificateRequest("CN=trustbot-test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        var path = Path.Combine(_folder, "bot.pfx");
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        var settings = new Dictionary<string, string>(_issuer.Settings)
        {
            ["MicrosoftAppPassword"] = string.Empty,
            ["MicrosoftAppCertificatePath"] = path,
            ["MicrosoftAppCertificatePassword"] = "pfx-password",
        };
        await using var services = ConnectorTestServices.Create(_time, settings);

        var token = await services.GetRequiredService<BotTokenProvider>().GetTokenAsync(false, CancellationToken.None);

        Assert.Equal(TestTokenIssuer.BotToken, token);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.RawPath);
        var form = request.Body.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => WebUtility.UrlDecode(p[1]));
        Assert.False(form.ContainsKey("client_secret"));
        Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
        var assertion = new JsonWebToken(form["client_assertion"]);
        Assert.Equal(TestTokenIssuer.AppId, assertion.Issuer);
        Assert.Equal(TestTokenIssuer.AppId, assertion.Subject);
        Assert.True(assertion.TryGetHeaderValue<object>("x5c", out _));

        // The assertion really is signed with the certificate's key.
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"], new Microsoft.IdentityModel.Tokens.TokenValidationParameters
        {
            ValidateAudience = false,
            ValidateIssuer = false,
            ValidateLifetime = false,
            IssuerSigningKey = new Microsoft.IdentityModel.Tokens.X509SecurityKey(X509CertificateLoader.LoadCertificate(certificate.RawData)),
        });
        Assert.True(result.IsValid);
    }

    [Fact]
    public async Task MultiTenantTokenTenant_IsConfigurableForSovereignClouds()
    {
        var settings = new Dictionary<string, string>(_issuer.Settings) { ["BotAuthentication:MultiTenantTokenTenant"] = "sovereign-tenant" };
        await using var services = ConnectorTestServices.Create(_time, settings);

        var token = await services.GetRequiredService<BotTokenProvider>().GetTokenAsync(false, CancellationToken.None);

        Assert.Equal(TestTokenIssuer.BotToken, token);
        Assert.Equal("/sovereign-tenant/oauth2/v2.0/token", Assert.Single(_server.Requests).RawPath);
    }

    [Fact]
    public async Task RejectedCredentials_SurfaceAsAnHttpRequestExceptionNotAnMsalOne()
    {
        _server.Responder = (_, _) => StandInResponse.Json(401, """{"error":"invalid_client","error_description":"bad secret"}""");
        await using var services = ConnectorTestServices.Create(_time, _issuer.Settings);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<BotTokenProvider>().GetTokenAsync(false, CancellationToken.None));

        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
    }
}
