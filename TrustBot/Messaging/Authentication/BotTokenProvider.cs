using System.Security.Cryptography.X509Certificates;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// The bot's own token for Bot Connector calls: client credentials through MSAL (MultiTenant, SingleTenant;
/// secret or certificate) or a user-assigned managed identity (UserAssignedMSI) through Azure.Identity's ManagedIdentityCredential.
/// Cached on the injected clock until 5 minutes before it expires; one refresh at a time, so a burst of
/// replies makes one token request. Null in anonymous mode.
/// </summary>
public sealed partial class BotTokenProvider : IDisposable
{
    public const string HttpClientName = "TrustBot.Token";

    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    // Any claims challenge makes Azure.Identity skip its cache; the App Service and VM endpoints ignore its content.
    private const string FreshTokenClaims = """{"access_token":{"nbf":{"essential":true,"value":"0"}}}""";

    private readonly BotAuthenticationOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenProvider> _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private readonly Lazy<IConfidentialClientApplication> _msal;
    private readonly Lazy<ManagedIdentityCredential> _managedIdentity;
    // Token and refresh time change together, so readers outside the lock see one consistent pair.
    private volatile CachedToken? _cached;

    public BotTokenProvider(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<BotTokenProvider> logger)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _time = time;
        _logger = logger;
        _msal = new Lazy<IConfidentialClientApplication>(CreateConfidentialClient);
        _managedIdentity = new Lazy<ManagedIdentityCredential>(CreateManagedIdentityCredential);
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
    /// The user-assigned identity through Azure.Identity, which picks the platform's endpoint (App Service /
    /// Container Apps IDENTITY_ENDPOINT + IDENTITY_HEADER, else the VM metadata service) and speaks its wire format.
    /// </summary>
    private async Task<(string Token, DateTimeOffset ExpiresOn)> ManagedIdentityTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Azure.Identity keeps a process-wide cache on the system clock with no switch to skip it; a claims
            // request bypasses it (and goes nowhere on the App Service and VM endpoints), so this class's cache on
            // the injected clock decides when a new token is fetched, as it does for MSAL, and a 401 really refreshes.
            var context = new TokenRequestContext([_options.OAuthScope], claims: FreshTokenClaims);
            var token = await _managedIdentity.Value.GetTokenAsync(context, cancellationToken);
            return (token.Token, token.ExpiresOn);
        }
        catch (AuthenticationFailedException ex)
        {
            var status = (ex.InnerException as RequestFailedException)?.Status ?? (ex.InnerException as MsalServiceException)?.StatusCode ?? 0;
            LogTokenFailed(_logger, status, "managed_identity");
            throw new HttpRequestException($"The managed identity endpoint gave no token ({ex.GetType().Name}).", ex);
        }
    }

    private ManagedIdentityCredential CreateManagedIdentityCredential() =>
        new(new ManagedIdentityCredentialOptions(ManagedIdentityId.FromUserAssignedClientId(_options.MicrosoftAppId!))
        {
            // The host's named token client: its handlers (InstanceMetadataEndpointHandler) and timeout apply.
            Transport = new HttpClientTransport(_httpClientFactory.CreateClient(HttpClientName)),
        });

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

    private static X509Certificate2 LoadCertificate(string path, string? password) =>
        path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(path)
            : X509CertificateLoader.LoadPkcs12FromFile(path, password);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not get the bot token: the token endpoint answered {StatusCode} ({ErrorCode}). Check MicrosoftAppId, MicrosoftAppPassword or MicrosoftAppCertificatePath, MicrosoftAppType and MicrosoftAppTenantId.")]
    private static partial void LogTokenFailed(ILogger logger, int statusCode, string errorCode);

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);

    public void Dispose() => _refreshLock.Dispose();
}
