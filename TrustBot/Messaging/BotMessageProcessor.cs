using System.Text.Json;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;
using TrustBot.Messaging.Authentication;
using TrustBot.Messaging.Connector;
using TrustBot.Protocol;

namespace TrustBot.Messaging;

/// <summary>
/// Handles <c>POST /api/messages</c>: size limit, media type, validate and parse, authenticate, refresh
/// the conversation reference, run the turn (which drops channel retries, see
/// <see cref="Dialogs.Engine.AutoSaveStateMiddleware"/>), and answer the way Azure Bot Service, Teams and the Agents
/// Playground expect (200 empty; invoke status and body; expectReplies activities).
/// </summary>
public sealed partial class BotMessageProcessor
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private readonly BotAdapter _adapter;
    private readonly BotRequestAuthenticator _authenticator;
    private readonly ConversationReferenceStore _references;
    private readonly ConnectorActivitySender _connector;
    private readonly MessagingOptions _options;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<BotMessageProcessor> _logger;
    private readonly IReadOnlyList<IInboundActivityObserver> _observers;

    public BotMessageProcessor(
        BotAdapter adapter,
        BotRequestAuthenticator authenticator,
        ConversationReferenceStore references,
        ConnectorActivitySender connector,
        IOptions<MessagingOptions> options,
        TimeProvider time,
        IHostApplicationLifetime lifetime,
        ILogger<BotMessageProcessor> logger,
        IEnumerable<IInboundActivityObserver> observers)
    {
        _observers = [.. observers];
        _adapter = adapter;
        _authenticator = authenticator;
        _references = references;
        _connector = connector;
        _options = options.Value;
        _time = time;
        _lifetime = lifetime;
        _logger = logger;
    }

    public async Task<IResult> ProcessAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, tooLarge) = await ReadBodyAsync(request, cancellationToken);
        if (tooLarge)
        {
            LogRejected(_logger, StatusCodes.Status413PayloadTooLarge, "body too large");
            return Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", $"The activity is larger than {_options.MaxRequestBodyBytes} bytes.");
        }

        if (body is null)
        {
            LogRejected(_logger, StatusCodes.Status400BadRequest, "malformed request body");
            return Error(StatusCodes.Status400BadRequest, "BadArgument", "The request body could not be read (malformed chunked encoding).");
        }

        if (body.Length > 0 && !JsonRequestBody.HasJsonContentType(request))
        {
            LogRejected(_logger, StatusCodes.Status415UnsupportedMediaType, "not application/json");
            return Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The activity must be sent as application/json.");
        }

        var (activity, problem) = Parse(body);
        if (activity is null)
        {
            LogRejected(_logger, StatusCodes.Status400BadRequest, problem);
            return Error(StatusCodes.Status400BadRequest, "BadArgument", problem);
        }

        var auth = await _authenticator.AuthenticateAsync(request.Headers.Authorization.ToString(), activity, cancellationToken);
        if (!auth.Succeeded)
        {
            LogRejected(_logger, StatusCodes.Status401Unauthorized, auth.FailureReason ?? "unauthorized");
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authorized for this bot.");
        }

        // A callerId on the wire is never trusted (spec A2251): it is what authentication found.
        activity.CallerId = auth.CallerId;

        // The turn must not be cut short by a channel hanging up (state would be half-written), only by shutdown.
        var turnToken = _lifetime.ApplicationStopping;
        await RefreshReferenceAsync(activity, !auth.Anonymous, turnToken);
        await NotifyObserversAsync(activity, turnToken);

        if (activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            var buffer = new BufferingActivitySender(_time);
            var invoke = await _adapter.ProcessActivityAsync(activity, buffer, turnToken);

            // The replies were serialized as the bot sent them, inside the turn, so this answer cannot
            // fail after the turn's state was saved.
            return invoke is not null
                ? InvokeResult(invoke)
                : Results.Text(buffer.ToExpectedRepliesJson(), "application/json; charset=utf-8", statusCode: StatusCodes.Status200OK);
        }

        var response = await _adapter.ProcessActivityAsync(activity, _connector, turnToken);
        return response is not null ? InvokeResult(response) : Results.Ok();
    }

    /// <summary>The body, or TooLarge; a null body with TooLarge false means the framing was malformed.</summary>
    private async Task<(byte[]? Body, bool TooLarge)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = _options.MaxRequestBodyBytes;
        if (request.ContentLength > limit)
        {
            return (null, true);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, true);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, true);
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // Kestrel found the framing broken (a chunk size that overflows surfaces as an IOException,
            // "Bad chunk size data") or the client went away mid-body: the client's fault, not ours.
            return (null, false);
        }

        return (buffer.ToArray(), false);
    }

    private static (Activity? Activity, string Problem) Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return (null, "The request has no body; an activity is required.");
        }

        if (InboundJsonValidator.Validate(body) is { } invalid)
        {
            return (null, invalid);
        }

        try
        {
            using var document = JsonDocument.Parse(body, DocumentOptions);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The body must be a JSON object (an activity).");
            }

            if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(type.GetString()))
            {
                return (null, "The activity has no type.");
            }

            var activity = root.Deserialize<Activity>(ProtocolJson.Options);
            if (activity is null)
            {
                return (null, "The body is not an activity.");
            }

            if (string.IsNullOrEmpty(activity.Conversation?.Id))
            {
                return (null, "The activity has no conversation.id.");
            }

            return (activity, string.Empty);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            // Exception messages can quote the body, so the answer names the problem generically.
            return (null, "The body is not a valid activity JSON document.");
        }
    }

    private async Task RefreshReferenceAsync(Activity activity, bool validated, CancellationToken cancellationToken)
    {
        try
        {
            await _references.OnInboundActivityAsync(activity, validated, cancellationToken);
        }
#pragma warning disable CA1031 // Failing to store a reference must not stop the person's turn.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReferenceFailed(_logger, ex.GetType().Name);
        }
    }

    private async Task NotifyObserversAsync(Activity activity, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnInboundActivityAsync(activity, cancellationToken);
            }
#pragma warning disable CA1031 // Like the reference: an observer failing must not stop the person's turn.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogObserverFailed(_logger, observer.GetType().Name, ex.GetType().Name);
            }
        }
    }

    private static IResult InvokeResult(InvokeResponse response) => response.Body is null
        ? Results.StatusCode(response.Status)
        : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);

    private static IResult Error(int status, string code, string message) =>
        Results.Json(ErrorResponse.Create(code, message), ProtocolJson.Options, statusCode: status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an inbound activity with {StatusCode}: {Reason}.")]
    private static partial void LogRejected(ILogger logger, int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound activity observer {Observer} failed ({ExceptionType}).")]
    private static partial void LogObserverFailed(ILogger logger, string observer, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store the conversation reference ({ExceptionType}).")]
    private static partial void LogReferenceFailed(ILogger logger, string exceptionType);
}
