using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// The bot's own token for Bot Connector calls: client credentials through MSAL (MultiTenant, SingleTenant;
/// secret or certificate) or a user-assigned managed identity (UserAssignedMSI, the platform's endpoint asked directly).
/// Cached on the injected clock until 5 minutes before it expires; one refresh at a time, so a burst of
/// replies makes one token request. Null in anonymous mode.
/// </summary>
public sealed partial class BotTokenProvider : IDisposable
{
    public const string HttpClientName = "TrustBot.Token";

    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    private readonly BotAuthenticationOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenProvider> _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly Lazy<IConfidentialClientApplication> _msal;
    // Token and refresh time change together, so readers outside the lock see one consistent pair.
    private volatile CachedToken? _cached;

    public BotTokenProvider(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<BotTokenProvider> logger)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _time = time;
        _logger = logger;
        _msal = new Lazy<IConfidentialClientApplication>(CreateConfidentialClient);
    }

    /// <summary>The token endpoint used for this bot's app type.</summary>
    public Uri TokenEndpoint => new($"{_options.LoginEndpoint.TrimEnd('/')}/{Uri.EscapeDataString(_options.TokenTenant)}/oauth2/v2.0/token");

    /// <summary>A bearer token, or null when no app id is configured.</summary>
    /// <param name="forceRefresh">True after the connector answered 401 with the cached token.</param>
    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (_options.IsAnonymous)
        {
            return null;
        }

        var seen = _cached;
        if (!forceRefresh && seen is not null && _time.GetUtcNow() < seen.RefreshAt)
        {
            return seen.Token;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited.
            var current = _cached;
            if (current is not null && _time.GetUtcNow() < current.RefreshAt && (!forceRefresh || !ReferenceEquals(current, seen)))
            {
                return current.Token;
            }

            var (token, expiresOn) = _options.UsesManagedIdentity
                ? await ManagedIdentityTokenAsync(cancellationToken)
                : await ClientCredentialsTokenAsync(cancellationToken);

            // The libraries state expiry on the system clock; the lifetime is re-based on the injected one.
            var lifetime = expiresOn - TimeProvider.System.GetUtcNow();
            _cached = new CachedToken(token, _time.GetUtcNow() + lifetime - RefreshAhead);
            return token;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<(string Token, DateTimeOffset ExpiresOn)> ClientCredentialsTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            // This class decides when to refresh (on its clock, and after a 401), so MSAL's cache is skipped.
            var result = await _msal.Value.AcquireTokenForClient([_options.OAuthScope]).WithForceRefresh(true).ExecuteAsync(cancellationToken);
            return (result.AccessToken, result.ExpiresOn);
        }
        catch (MsalServiceException ex)
        {
            LogTokenFailed(_logger, ex.StatusCode, ex.ErrorCode);
            throw new HttpRequestException($"The token endpoint answered {ex.StatusCode} ({ex.ErrorCode}).", ex);
        }
        catch (MsalException ex)
        {
            LogTokenFailed(_logger, 0, ex.ErrorCode);
            throw new HttpRequestException($"No bot token ({ex.ErrorCode}).", ex);
        }
    }

    /// <summary>
    /// The user-assigned identity, asked directly. Not through Azure.Identity / MSAL's managed identity client:
    /// that keeps a process-wide token cache on the system clock that Azure.Identity cannot be told to skip
    /// (so no refresh after a 401 or on this class's clock), and reads its endpoint only from the environment.
    /// </summary>
    private async Task<(string Token, DateTimeOffset ExpiresOn)> ManagedIdentityTokenAsync(CancellationToken cancellationToken)
    {
        using var request = ManagedIdentityRequest();
        using var response = await _httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogTokenFailed(_logger, (int)response.StatusCode, "managed_identity");
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        var body = await response.Content.ReadFromJsonAsync<ManagedIdentityTokenResponse>(cancellationToken);
        if (string.IsNullOrEmpty(body?.AccessToken))
        {
            throw new HttpRequestException("The token endpoint returned no token.");
        }

        var now = _time.GetUtcNow();
        var expires = body.ExpiresIn is { } seconds ? now.AddSeconds(seconds)
            : body.ExpiresOn is { } unix ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : now.AddHours(1);

        // Stated on this class's clock; GetTokenAsync re-bases lifetimes from the system clock.
        return (body.AccessToken, TimeProvider.System.GetUtcNow() + (expires - now));
    }

    private IConfidentialClientApplication CreateConfidentialClient()
    {
        // A plain-http stand-in login endpoint is reached through LoginEndpointSchemeHandler: MSAL insists on https.
        var instance = new UriBuilder(_options.LoginEndpoint) { Scheme = Uri.UriSchemeHttps }.Uri.ToString().TrimEnd('/');
        var builder = ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)
            .WithAuthority($"{instance}/{Uri.EscapeDataString(_options.TokenTenant)}", validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(_httpClientFactory));
        builder = string.IsNullOrWhiteSpace(_options.MicrosoftAppCertificatePath)
            ? builder.WithClientSecret(_options.MicrosoftAppPassword)
            : builder.WithCertificate(LoadCertificate(_options.MicrosoftAppCertificatePath, _options.MicrosoftAppCertificatePassword), sendX5C: true);
        return builder.Build();
    }

    /// <summary>
    /// A user-assigned managed identity token: from the App Service / Container Apps identity endpoint when
    /// the platform provides one (IDENTITY_ENDPOINT + IDENTITY_HEADER), else from the VM metadata service.
    /// </summary>
    private HttpRequestMessage ManagedIdentityRequest()
    {
        var resource = Uri.EscapeDataString(_options.OAuthScope.EndsWith("/.default", StringComparison.Ordinal) ? _options.OAuthScope[..^"/.default".Length] : _options.OAuthScope);
        var clientId = Uri.EscapeDataString(_options.MicrosoftAppId!);
        if (!string.IsNullOrWhiteSpace(_options.ManagedIdentityEndpoint))
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"{_options.ManagedIdentityEndpoint}?api-version=2019-08-01&resource={resource}&client_id={clientId}");
            request.Headers.Add("X-IDENTITY-HEADER", _options.ManagedIdentityHeader ?? string.Empty);
            return request;
        }

        var imds = new HttpRequestMessage(HttpMethod.Get, $"{_options.InstanceMetadataEndpoint}?api-version=2018-02-01&resource={resource}&client_id={clientId}");
        imds.Headers.Add("Metadata", "true");
        return imds;
    }

    private static X509Certificate2 LoadCertificate(string path, string? password) =>
        path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, password);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not get the bot token: the token endpoint answered {StatusCode} ({ErrorCode}). Check MicrosoftAppId, MicrosoftAppPassword or MicrosoftAppCertificatePath, MicrosoftAppType and MicrosoftAppTenantId.")]
    private static partial void LogTokenFailed(ILogger logger, int statusCode, string errorCode);

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);

    private sealed class ManagedIdentityTokenResponse
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        // Entra answers numbers; the managed identity endpoints answer numbers as strings.
        [JsonPropertyName("expires_in")]
        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public long? ExpiresIn { get; set; }

        [JsonPropertyName("expires_on")]
        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public long? ExpiresOn { get; set; }
    }

    public void Dispose() => _refreshLock.Dispose();
}
