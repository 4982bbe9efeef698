using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// The bot's own token for Bot Connector calls (client credentials). Cached until 5 minutes before it
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
    private string? _token;
    private DateTimeOffset _refreshAt = DateTimeOffset.MinValue;

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

        var seen = _token;
        if (!forceRefresh && seen is not null && _time.GetUtcNow() < _refreshAt)
        {
            return seen;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed while this one waited.
            if (_token is not null && _time.GetUtcNow() < _refreshAt && (!forceRefresh || !ReferenceEquals(_token, seen)))
            {
                return _token;
            }

            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = _options.MicrosoftAppId!,
                ["client_secret"] = _options.MicrosoftAppPassword ?? string.Empty,
                ["scope"] = _options.OAuthScope,
            });
            using var response = await _http.PostAsync(TokenEndpoint, form, cancellationToken);
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

            _token = body.AccessToken;
            var lifetime = TimeSpan.FromSeconds(Math.Max(0, body.ExpiresIn ?? 3600));
            _refreshAt = _time.GetUtcNow() + lifetime - RefreshAhead;
            return _token;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not get the bot token: the token endpoint answered {StatusCode}. Check MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId.")]
    private static partial void LogTokenFailed(ILogger logger, int statusCode);

    private sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        [JsonPropertyName("expires_in")]
        public long? ExpiresIn { get; set; }
    }

    public void Dispose() => _refreshLock.Dispose();
}
