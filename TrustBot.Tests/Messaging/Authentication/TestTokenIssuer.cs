using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Messaging.Authentication;

/// <summary>
/// Plays login.botframework.com and login.microsoftonline.com on a <see cref="StandInServer"/>: OpenID
/// metadata, a JWKS with Bot Framework <c>endorsements</c>, a token endpoint; and mints tokens with a test RSA key.
/// </summary>
public sealed class TestTokenIssuer : IDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string BotToken = "bot-outbound-token";

    private readonly RSA _channelRsa = RSA.Create(2048);
    private readonly RSA _entraRsa = RSA.Create(2048);
    private readonly RSA _strangerRsa = RSA.Create(2048);
    private readonly RSA _rotatedRsa = RSA.Create(2048);

    public TestTokenIssuer(StandInServer server)
    {
        Server = server;
        ChannelKey = new RsaSecurityKey(_channelRsa) { KeyId = "channel-key" };
        EntraKey = new RsaSecurityKey(_entraRsa) { KeyId = "entra-key" };
        StrangerKey = new RsaSecurityKey(_strangerRsa) { KeyId = "channel-key" };
        RotatedKey = new RsaSecurityKey(_rotatedRsa) { KeyId = "rotated-key" };
    }

    /// <summary>A new channel key, published only once <see cref="PublishRotatedKey"/> is set.</summary>
    public RsaSecurityKey RotatedKey { get; }

    public bool PublishRotatedKey { get; set; }

    public int KeyDocumentRequests { get; private set; }

    public StandInServer Server { get; }

    /// <summary>The fixed "now" of the tests; give the host the same clock.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    public RsaSecurityKey ChannelKey { get; }

    public RsaSecurityKey EntraKey { get; }

    /// <summary>A key nobody published, using the channel key's id.</summary>
    public RsaSecurityKey StrangerKey { get; }

    /// <summary>Channels the channel key is endorsed for.</summary>
    public IReadOnlyList<string> Endorsements { get; set; } = ["msteams", "directline", "webchat"];

    public int TokenRequests { get; private set; }

    /// <summary>Settings that point the bot at this issuer.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "secret",
        ["BotAuthentication:ChannelOpenIdMetadataUrl"] = Server.Url + "/channel/openid",
        ["BotAuthentication:EntraOpenIdMetadataUrl"] = Server.Url + "/entra/openid",
        ["BotAuthentication:LoginEndpoint"] = Server.Url,
        ["BotAuthentication:RequireHttpsMetadata"] = "false",
    };

    /// <summary>Answers login requests and delegates the rest to <paramref name="connector"/>.</summary>
    public StandInResponse Respond(RecordedRequest request, int number, Func<RecordedRequest, int, StandInResponse> connector)
    {
        switch (request.RawPath)
        {
            case "/channel/openid":
                return StandInResponse.Json(200, JsonSerializer.Serialize(new { issuer = ChannelIssuer, jwks_uri = Server.Url + "/channel/keys" }));
            case "/entra/openid":
                return StandInResponse.Json(200, JsonSerializer.Serialize(new { issuer = "https://login.microsoftonline.com/{tenantid}/v2.0", jwks_uri = Server.Url + "/entra/keys" }));
            case "/channel/keys":
                KeyDocumentRequests++;
                return StandInResponse.Json(200, Jwks(PublishRotatedKey ? [ChannelKey, RotatedKey] : [ChannelKey], Endorsements));
            case "/entra/keys":
                return StandInResponse.Json(200, Jwks([EntraKey], null));
            case "/botframework.com/oauth2/v2.0/token":
                TokenRequests++;
                return StandInResponse.Json(200, $$"""{"token_type":"Bearer","expires_in":3600,"access_token":"{{BotToken}}"}""");
            default:
                return connector(request, number);
        }
    }

    public string ChannelToken(string serviceUrl, string audience = AppId, DateTime? expires = null, RsaSecurityKey? key = null, string issuer = ChannelIssuer, bool includeServiceUrl = true, DateTime? notBefore = null)
    {
        var claims = new Dictionary<string, object>();
        if (includeServiceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Mint(key ?? ChannelKey, issuer, audience, expires, claims, notBefore);
    }

    /// <summary>A channel token with every claim right but <c>alg: none</c> and no signature (the classic forgery).</summary>
    public string UnsignedChannelToken(string serviceUrl)
    {
        var now = Now.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = ChannelKey.KeyId }));
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = ChannelIssuer,
            ["aud"] = AppId,
            ["nbf"] = now - 60,
            ["iat"] = now - 60,
            ["exp"] = now + 3600,
            ["serviceurl"] = serviceUrl,
        }));
        return header + "." + payload + ".";
    }

    public string EmulatorToken(string version, string appIdClaim, string appId = AppId) =>
        Mint(EntraKey, EmulatorIssuerV1, AppId, null, new Dictionary<string, object> { ["ver"] = version, [appIdClaim] = appId });

    public void Dispose()
    {
        _channelRsa.Dispose();
        _entraRsa.Dispose();
        _strangerRsa.Dispose();
        _rotatedRsa.Dispose();
    }

    private static string Mint(RsaSecurityKey key, string issuer, string audience, DateTime? expires, Dictionary<string, object> claims, DateTime? notBefore = null)
    {
        var exp = expires ?? Now.UtcDateTime.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore ?? exp.AddHours(-2),
            NotBefore = notBefore ?? exp.AddHours(-2),
            Expires = exp,
            Subject = new ClaimsIdentity(),
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private static string Jwks(RsaSecurityKey[] keys, IReadOnlyList<string>? endorsements)
    {
        var jwks = keys.Select(key =>
        {
            var parameters = key.Rsa.ExportParameters(false);
            var jwk = new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = endorsements;
            }

            return jwk;
        });
        return JsonSerializer.Serialize(new { keys = jwks });
    }
}
