using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Protocol;
using TrustBot.Messaging.Authentication;

namespace TrustBot.Messaging.Connector;

/// <summary>
/// Bot Connector REST API v3 (bot to channel): send, reply, update, delete, create conversation.
/// Ids are escaped per path segment (Teams ids contain <c>: ; @ =</c>), the serviceUrl keeps its path
/// (<c>/amer/</c>, <c>/_connector</c>), and only answers that say "try again" (429, 412, 502, 504) are
/// retried, because a timed-out POST may already have been delivered.
/// </summary>
public sealed partial class ConnectorClient
{
    public const string HttpClientName = "TrustBot.Connector";

    private static readonly HttpStatusCode[] RetryableStatusCodes =
        [HttpStatusCode.TooManyRequests, HttpStatusCode.PreconditionFailed, HttpStatusCode.BadGateway, HttpStatusCode.GatewayTimeout];

    private readonly HttpClient _http;
    private readonly BotTokenProvider _tokens;
    private readonly MessagingOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(IHttpClientFactory httpClientFactory, BotTokenProvider tokens, IOptions<MessagingOptions> options, TimeProvider time, ILogger<ConnectorClient> logger)
    {
        _http = httpClientFactory.CreateClient(HttpClientName);
        _tokens = tokens;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>POST v3/conversations/{id}/activities: a new message in the conversation (proactive sends, no threading).</summary>
    public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, activity, $"v3/conversations/{Escape(ConversationId(activity))}/activities", cancellationToken);

    /// <summary>POST v3/conversations/{id}/activities/{replyToId}: a reply threaded to the activity it answers.</summary>
    public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(
            HttpMethod.Post,
            activity,
            $"v3/conversations/{Escape(ConversationId(activity))}/activities/{Escape(Required(activity.ReplyToId, "replyToId"))}",
            cancellationToken);

    /// <summary>PUT v3/conversations/{id}/activities/{activity.id}: replaces an activity the bot sent (e.g. a submitted card).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(
            HttpMethod.Put,
            activity,
            $"v3/conversations/{Escape(ConversationId(activity))}/activities/{Escape(Required(activity.Id, "id"))}",
            cancellationToken);

    /// <summary>DELETE v3/conversations/{id}/activities/{activityId}.</summary>
    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(
            HttpMethod.Delete, serviceUrl, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);
    }

    /// <summary>POST v3/conversations: starts a conversation (Teams: a 1:1 chat needs the user id and tenant id).</summary>
    public async Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(parameters, ProtocolJson.Options);
        using var response = await SendAsync(HttpMethod.Post, serviceUrl, "v3/conversations", body, cancellationToken);
        return await ReadBodyAsync<ConversationResourceResponse>(response, cancellationToken) ?? new ConversationResourceResponse(null, null, null);
    }

    /// <summary>The absolute URL of a connector operation: trailing slash added so the serviceUrl's own path survives.</summary>
    public static Uri Resolve(string serviceUrl, string relativePath)
    {
        var baseUrl = serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
        return new Uri(new Uri(baseUrl, UriKind.Absolute), relativePath);
    }

    private async Task<ResourceResponse> SendActivityAsync(HttpMethod method, Activity activity, string path, CancellationToken cancellationToken)
    {
        var serviceUrl = Required(activity.ServiceUrl, "serviceUrl");
        var body = JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options);
        using var response = await SendAsync(method, serviceUrl, path, body, cancellationToken);
        return await ReadBodyAsync<ResourceResponse>(response, cancellationToken) ?? new ResourceResponse(null);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string serviceUrl, string path, byte[]? body, CancellationToken cancellationToken)
    {
        var uri = Resolve(serviceUrl, path);
        var refreshedToken = false;
        for (var attempt = 0; ; attempt++)
        {
            var token = await _tokens.GetTokenAsync(forceRefresh: false, cancellationToken);
            using var request = new HttpRequestMessage(method, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            // Timeouts and connection failures propagate: a POST that may have arrived must not be repeated.
            var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var status = response.StatusCode;
                if (status == HttpStatusCode.Unauthorized && token is not null && !refreshedToken)
                {
                    // A token revoked or rotated early: fetch a new one once.
                    refreshedToken = true;
                    await _tokens.GetTokenAsync(forceRefresh: true, cancellationToken);
                    attempt--;
                    continue;
                }

                var delay = RetryDelay(response, attempt);
                var errorCode = await ReadErrorCodeAsync(response, cancellationToken);
                var correlation = response.Headers.TryGetValues("X-Correlating-OperationId", out var values) ? values.FirstOrDefault() : null;
                if (delay is null)
                {
                    LogCallFailed(_logger, method.Method, (int)status, errorCode, correlation);
                    throw new ConnectorException(status, errorCode);
                }

                LogRetrying(_logger, method.Method, (int)status, delay.Value.TotalMilliseconds, attempt + 1);
                await Task.Delay(delay.Value, _time, cancellationToken);
            }
        }
    }

    private TimeSpan? RetryDelay(HttpResponseMessage response, int attempt)
    {
        if (!RetryableStatusCodes.Contains(response.StatusCode) || attempt >= _options.ConnectorMaxRetries)
        {
            return null;
        }

        var retryAfter = response.Headers.RetryAfter;
        TimeSpan delay;
        if (retryAfter?.Delta is { } delta)
        {
            delay = delta;
        }
        else if (retryAfter?.Date is { } date)
        {
            delay = date - _time.GetUtcNow();
        }
        else
        {
            // Exponential backoff with ±20 % jitter so many turns do not retry in lockstep.
            var backoff = _options.ConnectorMinRetryDelay.TotalMilliseconds * Math.Pow(2, attempt);
            var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
            delay = TimeSpan.FromMilliseconds(Math.Min(backoff, _options.ConnectorMaxRetryDelay.TotalMilliseconds) * jitter);
        }

        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        // A channel asking for a longer pause than we are willing to hold a turn for gets an error instead.
        return delay > _options.ConnectorMaxRetryDelay * 1.2 ? null : delay;
    }

    private static async Task<T?> ReadBodyAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            // Some channels answer 200 with a non-JSON body; the send still succeeded.
            return null;
        }
    }

    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (bytes.Length == 0)
            {
                return null;
            }

            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                return code.GetString();
            }

            // Teams sometimes answers {"errorCode":209,"message":"{\"subCode\":...}"}.
            if (root.TryGetProperty("errorCode", out var teamsCode))
            {
                return teamsCode.ValueKind == JsonValueKind.Number
                    ? teamsCode.GetInt32().ToString(CultureInfo.InvariantCulture)
                    : teamsCode.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: the status code alone has to do.
        }

        return null;
    }

    private static string ConversationId(Activity activity) => Required(activity.Conversation?.Id, "conversation.id");

    private static string Required(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The activity has no {name}.", nameof(value)) : value;

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector {Method} failed with {StatusCode} ({ErrorCode}); correlation {CorrelationId}.")]
    private static partial void LogCallFailed(ILogger logger, string method, int statusCode, string? errorCode, string? correlationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Connector {Method} answered {StatusCode}; retrying in {DelayMilliseconds} ms (retry {Retry}).")]
    private static partial void LogRetrying(ILogger logger, string method, int statusCode, double delayMilliseconds, int retry);
}
