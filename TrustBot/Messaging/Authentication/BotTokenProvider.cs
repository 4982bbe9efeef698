using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// The bot's own token for Bot Connector calls: client credentials (MultiTenant, SingleTenant) or the
/// hosting platform's user-assigned managed identity (UserAssignedMSI). Cached until 5 minutes before it
/// expires; one refresh at a time, so a burst of replies makes one token request. Null in anonymous mode.
/// </summary>
public sealed partial class BotTokenProvider : IDisposable
{
    public const string HttpClientName = "TrustBot.Token";

    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);

    private readonly BotAuthenticationOptions _options;
    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILogger<BotTokenProvider> _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    // Token and refresh time change together, so readers outside the lock see one consistent pair.
    private volatile CachedToken? _cached;

    public BotTokenProvider(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILogger<BotTokenProvider> logger)
    {
        _options = options.Value;
        _http = httpClientFactory.CreateClient(HttpClientName);
        _time = time;
        _logger = logger;
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

            using var request = _options.UsesManagedIdentity ? ManagedIdentityRequest() : ClientCredentialsRequest();
            using var response = await _http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogTokenFailed(_logger, (int)response.StatusCode);
                throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
            }

            var body = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken)
                       ?? throw new HttpRequestException("The token endpoint returned no token.");
            if (string.IsNullOrEmpty(body.AccessToken))
            {
                throw new HttpRequestException("The token endpoint returned no token.");
            }

            var now = _time.GetUtcNow();
            var expires = body.ExpiresIn is { } seconds ? now.AddSeconds(seconds)
                : body.ExpiresOn is { } unix ? DateTimeOffset.FromUnixTimeSeconds(unix)
                : now.AddHours(1);
            _cached = new CachedToken(body.AccessToken, expires - RefreshAhead);
            return body.AccessToken;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private HttpRequestMessage ClientCredentialsRequest() => new(HttpMethod.Post, TokenEndpoint)
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.MicrosoftAppId!,
            ["client_secret"] = _options.MicrosoftAppPassword ?? string.Empty,
            ["scope"] = _options.OAuthScope,
        }),
    };

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not get the bot token: the token endpoint answered {StatusCode}. Check MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId.")]
    private static partial void LogTokenFailed(ILogger logger, int statusCode);

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt);

    private sealed class TokenResponse
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
