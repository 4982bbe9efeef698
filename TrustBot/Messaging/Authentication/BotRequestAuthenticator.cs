using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// Checks the bearer token on <c>POST /api/messages</c> the way the Bot Framework requires:
/// channel tokens (issuer api.botframework.com) against the Bot Framework keys with endorsement and
/// <c>serviceurl</c> checks; Emulator and Entra tokens against the Entra keys with the app id in
/// <c>appid</c>/<c>azp</c>. With no app id configured every request is accepted and its header ignored.
/// </summary>
public sealed class BotRequestAuthenticator : IDisposable
{
    /// <summary>The callerId of an activity that came from a public-cloud Azure Bot Service channel.</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    public const string HttpClientName = "TrustBot.Authentication";

    // Tenants Bot Framework / Emulator tokens come from (public cloud and US government), from the SDK.
    private static readonly string[] EntraIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/69e9b82d-4842-4902-8d1e-abc5b98a55e8/",
        "https://login.microsoftonline.com/69e9b82d-4842-4902-8d1e-abc5b98a55e8/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    private static readonly string[] EntraTenantIssuerTemplates = ["https://sts.windows.net/{tenant}/", "https://login.microsoftonline.com/{tenant}/v2.0"];

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotAuthenticationOptions _options;
    private readonly TimeProvider _time;
    private readonly OpenIdKeyCache _channelKeys;
    private readonly OpenIdKeyCache _entraKeys;
    private readonly JsonWebTokenHandler _handler = new();

    public BotRequestAuthenticator(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _channelKeys = new OpenIdKeyCache(httpClientFactory.CreateClient(HttpClientName), _options.ChannelOpenIdMetadataUrl, _options.RequireHttpsMetadata, time);
        _entraKeys = new OpenIdKeyCache(httpClientFactory.CreateClient(HttpClientName), _options.EntraOpenIdMetadataUrl, _options.RequireHttpsMetadata, time);
    }

    public bool IsAnonymous => _options.IsAnonymous;

    public async Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (_options.IsAnonymous)
        {
            // Like the JS SDK: with no app id there is nothing to validate against, so a header is ignored.
            if (!IsHttpUrl(activity.ServiceUrl, out var serviceUri))
            {
                return BotAuthenticationResult.Failed("anonymous mode accepts only http(s) serviceUrls");
            }

            return _options.AllowAnonymousRemoteServiceUrls || IsLocal(serviceUri)
                ? BotAuthenticationResult.AnonymousLocal
                : BotAuthenticationResult.Failed("anonymous mode accepts only local serviceUrls");
        }

        var parts = authorizationHeader?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts is not { Length: 2 } || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failed("missing or malformed Authorization header");
        }

        JsonWebToken unvalidated;
        try
        {
            unvalidated = new JsonWebToken(parts[1]);
        }
        catch (ArgumentException)
        {
            return BotAuthenticationResult.Failed("token is not a JWT");
        }

        var appId = _options.MicrosoftAppId!;
        if (string.Equals(unvalidated.Issuer, _options.ChannelIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(parts[1], unvalidated, activity, appId, cancellationToken);
        }

        var entraIssuers = AllowedEntraIssuers(unvalidated);
        if (entraIssuers.Contains(unvalidated.Issuer, StringComparer.Ordinal))
        {
            return await ValidateEntraTokenAsync(parts[1], unvalidated, entraIssuers, appId, cancellationToken);
        }

        return BotAuthenticationResult.Failed("unknown issuer");
    }

    private async Task<BotAuthenticationResult> ValidateChannelTokenAsync(string token, JsonWebToken unvalidated, Activity activity, string appId, CancellationToken cancellationToken)
    {
        var keys = await GetKeysAsync(_channelKeys, unvalidated, cancellationToken);
        if (keys is null)
        {
            return BotAuthenticationResult.Failed("signing keys unavailable");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters([_options.ChannelIssuer], appId, keys));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return BotAuthenticationResult.Failed($"channel token rejected ({result.Exception?.GetType().Name})");
        }

        // Endorsements: the key that signed the token must be endorsed for the activity's channel.
        var keyId = validated.SigningKey?.KeyId ?? validated.Kid;
        var signingKey = keys.FirstOrDefault(k => string.Equals(k.Key.KeyId, keyId, StringComparison.Ordinal));
        if (!string.IsNullOrEmpty(activity.ChannelId)
            && (signingKey is null || !signingKey.Endorsements.Contains(activity.ChannelId, StringComparer.Ordinal)))
        {
            return BotAuthenticationResult.Failed("signing key not endorsed for the channel");
        }

        // The serviceurl claim ties the token to where replies go, so a stolen token cannot redirect them.
        if (!validated.TryGetPayloadValue<string>("serviceurl", out var serviceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failed("serviceurl claim missing or different from the activity");
        }

        return BotAuthenticationResult.Authenticated(AzureCallerId);
    }

    private async Task<BotAuthenticationResult> ValidateEntraTokenAsync(string token, JsonWebToken unvalidated, IReadOnlyList<string> issuers, string appId, CancellationToken cancellationToken)
    {
        var keys = await GetKeysAsync(_entraKeys, unvalidated, cancellationToken);
        if (keys is null)
        {
            return BotAuthenticationResult.Failed("signing keys unavailable");
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(issuers, appId, keys));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return BotAuthenticationResult.Failed($"entra token rejected ({result.Exception?.GetType().Name})");
        }

        validated.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null
            || !validated.TryGetPayloadValue<string>(appIdClaim, out var tokenAppId)
            || !string.Equals(tokenAppId, appId, StringComparison.OrdinalIgnoreCase))
        {
            return BotAuthenticationResult.Failed("app id claim missing or not ours");
        }

        return BotAuthenticationResult.Authenticated(AzureCallerId);
    }

    // Replies go to the serviceUrl, so only a web address is accepted: file:, ftp: or an empty one would
    // let a request point the connector at something it must never call.
    private static bool IsHttpUrl(string? serviceUrl, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool IsLocal(Uri serviceUri) =>
        serviceUri.IsLoopback || string.Equals(serviceUri.Host, "localhost", StringComparison.OrdinalIgnoreCase);

    private List<string> AllowedEntraIssuers(JsonWebToken unvalidated)
    {
        var issuers = new List<string>(_options.EntraIssuers is { Length: > 0 } configured ? configured : EntraIssuers);
        var templates = _options.EntraTenantIssuerTemplates is { Length: > 0 } own ? own : EntraTenantIssuerTemplates;
        foreach (var tenant in new[] { _options.MicrosoftAppTenantId, unvalidated.TryGetPayloadValue<string>("tid", out var tid) ? tid : null })
        {
            if (!string.IsNullOrWhiteSpace(tenant) && Guid.TryParse(tenant, out _))
            {
                issuers.AddRange(templates.Select(t => t.Replace("{tenant}", tenant, StringComparison.Ordinal)));
            }
        }

        return issuers;
    }

    private static async Task<IReadOnlyList<SigningKey>?> GetKeysAsync(OpenIdKeyCache cache, JsonWebToken unvalidated, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.GetKeysAsync(unvalidated.Kid, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException or KeyNotFoundException or ArgumentException or TaskCanceledException)
        {
            return null;
        }
    }

    private TokenValidationParameters Parameters(IEnumerable<string> issuers, string appId, IReadOnlyList<SigningKey> keys) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        ValidAudiences = [appId],
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = keys.Select(k => (SecurityKey)k.Key).ToList(),
        ValidAlgorithms = Algorithms,
        ClockSkew = _options.ClockSkew,
        LifetimeValidator = ValidateLifetime,
    };

    // The library would read the system clock; lifetimes are checked against the injected TimeProvider.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is null || now > expires.Value.ToUniversalTime() + _options.ClockSkew)
        {
            return false;
        }

        return notBefore is null || now >= notBefore.Value.ToUniversalTime() - _options.ClockSkew;
    }

    public void Dispose()
    {
        _channelKeys.Dispose();
        _entraKeys.Dispose();
    }
}
