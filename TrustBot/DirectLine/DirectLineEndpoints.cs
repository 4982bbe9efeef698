using System.Text.Json;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Protocol;
using TrustBot.Protocol;

namespace TrustBot.DirectLine;

/// <summary>The Direct Line 3.0 API under <c>/v3/directline</c>, as botframework-webchat and DirectLineJS call it.</summary>
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "TrustBot.DirectLine";

    private static readonly System.Text.RegularExpressions.Regex UserIdShape = new("^[A-Za-z0-9_-]{1,64}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshToken);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.Map("/conversations/{conversationId}/stream", StreamAsync);
        return endpoints;
    }

    /// <summary>The base the widget's <c>domain</c> option takes: <c>{scheme}://{host}{pathBase}/v3/directline</c>.</summary>
    public static string Domain(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline";

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineAuthorizer authorizer, DirectLineTokenService tokens, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var credential = DirectLineAuthorizer.BearerValue(request);
        if (string.IsNullOrEmpty(credential))
        {
            return DirectLineErrors.MissingToken();
        }

        if (!authorizer.IsSecret(credential))
        {
            return DirectLineErrors.Create(StatusCodes.Status403Forbidden, "Forbidden", "Generating tokens requires the Direct Line secret.");
        }

        var (parameters, error) = await ReadOptionalJsonAsync<TokenParameters>(request, options.Value.MaxActivityChars, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var userId = parameters?.User?.Id;
        if (userId is not null && !UserIdShape.IsMatch(userId))
        {
            return DirectLineErrors.BadArgument("user.id may hold only letters, digits, '-' and '_' (at most 64).");
        }

        var fullUserId = ToChannelUserId(userId);
        var conversationId = DirectLineConversations.NewConversationId();
        return Results.Json(new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, fullUserId), tokens.LifetimeSeconds), ProtocolJson.Options);
    }

    private static IResult RefreshToken(HttpRequest request, DirectLineAuthorizer authorizer, DirectLineTokenService tokens)
    {
        var (caller, error) = authorizer.Authorize(DirectLineAuthorizer.BearerValue(request), allowSecret: false);
        if (caller?.Token is not { } claims)
        {
            return error!;
        }

        return Results.Json(new DirectLineConversationResponse(claims.ConversationId, tokens.Issue(claims.ConversationId, claims.UserId), tokens.LifetimeSeconds), ProtocolJson.Options);
    }

    private static async Task<IResult> StartConversationAsync(
        HttpContext context,
        DirectLineAuthorizer authorizer,
        DirectLineTokenService tokens,
        DirectLineConversations conversations,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime)
    {
        var request = context.Request;
        var (caller, error) = authorizer.Authorize(DirectLineAuthorizer.BearerValue(request));
        if (caller is null)
        {
            return error!;
        }

        var (parameters, bodyError) = await ReadOptionalJsonAsync<TokenParameters>(request, options.Value.MaxActivityChars, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        string conversationId;
        string userId;
        if (caller.Token is { } claims)
        {
            conversationId = claims.ConversationId;
            userId = claims.UserId;
            var existing = await conversations.GetAsync(conversationId, context.RequestAborted);
            if (existing is not null && !string.Equals(existing.UserId, userId, StringComparison.Ordinal))
            {
                return DirectLineErrors.WrongConversation();
            }
        }
        else
        {
            // Secret holders (server-side tools) start a new conversation for the user they name.
            var requested = parameters?.User?.Id;
            if (requested is not null && !UserIdShape.IsMatch(requested))
            {
                return DirectLineErrors.BadArgument("user.id may hold only letters, digits, '-' and '_' (at most 64).");
            }

            conversationId = DirectLineConversations.NewConversationId();
            userId = ToChannelUserId(requested);
        }

        var locale = parameters?.Locale is { Length: > 0 and <= 35 } l ? l : null;
        var started = await conversations.StartAsync(conversationId, userId, locale, lifetime.ApplicationStopping);
        var token = tokens.Issue(conversationId, userId);
        var body = new DirectLineConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl(request, conversationId, token, null));
        return Results.Json(body, ProtocolJson.Options, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthorizer authorizer,
        DirectLineTokenService tokens,
        DirectLineConversations conversations,
        CancellationToken cancellationToken)
    {
        var (caller, error) = authorizer.AuthorizeConversation(request, conversationId);
        if (caller is null)
        {
            return error!;
        }

        if (!DirectLineWatermark.TryParse(watermark, out var sequence))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        var conversation = await conversations.GetAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return DirectLineErrors.NotFound();
        }

        var token = tokens.Issue(conversationId, conversation.UserId);
        return Results.Json(
            new DirectLineConversationResponse(conversationId, token, tokens.LifetimeSeconds, StreamUrl(request, conversationId, token, sequence)),
            ProtocolJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpContext context,
        DirectLineAuthorizer authorizer,
        DirectLineConversations conversations,
        IOptions<DirectLineOptions> options,
        IHostApplicationLifetime lifetime)
    {
        var request = context.Request;
        var (caller, error) = authorizer.AuthorizeConversation(request, conversationId);
        if (caller is null)
        {
            return error!;
        }

        var (activity, bodyError) = await ReadOptionalJsonAsync<Activity>(request, options.Value.MaxActivityChars, context.RequestAborted);
        if (bodyError is not null)
        {
            return bodyError;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineErrors.BadArgument("The body must be one activity with a type.");
        }

        var conversation = await conversations.GetAsync(conversationId, context.RequestAborted);
        if (conversation is null)
        {
            return DirectLineErrors.NotFound();
        }

        // Enhanced authentication: a token holder always speaks as the token's user.
        var userId = caller.Token?.UserId ?? conversation.UserId;

        // The turn must not be cut short when the browser gives up waiting, only when the app stops.
        var id = await conversations.PostFromUserAsync(conversationId, userId, activity, lifetime.ApplicationStopping);
        return id is null ? DirectLineErrors.NotFound() : Results.Json(new ResourceResponse(id), ProtocolJson.Options);
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId,
        string? watermark,
        HttpRequest request,
        DirectLineAuthorizer authorizer,
        DirectLineConversations conversations,
        DirectLineStore store,
        CancellationToken cancellationToken)
    {
        var (caller, error) = authorizer.AuthorizeConversation(request, conversationId);
        if (caller is null)
        {
            return error!;
        }

        if (!DirectLineWatermark.TryParse(watermark, out var sequence))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        if (await conversations.GetAsync(conversationId, cancellationToken) is null)
        {
            return DirectLineErrors.NotFound();
        }

        // Clamped before reading, so the answer's watermark is never past the end: echoing a watermark
        // from the future would make the client skip everything stored up to it.
        sequence = await store.ClampWatermarkAsync(conversationId, sequence, cancellationToken);
        var page = await store.GetActivitiesAsync(conversationId, sequence, cancellationToken);
        return Results.Json(new ActivitySet(page.Activities, DirectLineWatermark.Format(page.Watermark)), ProtocolJson.Options);
    }

    private static async Task<IResult> StreamAsync(
        string conversationId,
        string? t,
        string? watermark,
        HttpContext context,
        DirectLineAuthorizer authorizer,
        DirectLineConversations conversations,
        DirectLineStreamHandler handler,
        DirectLineStore store,
        DirectLineOriginPolicy origins,
        IHostApplicationLifetime lifetime)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("This endpoint only accepts WebSocket connections.");
        }

        // Browsers do not apply CORS to WebSockets, so the Origin is checked here.
        if (!origins.IsAllowed(context.Request))
        {
            return DirectLineErrors.Create(StatusCodes.Status403Forbidden, "OriginNotAllowed", "This site may not open the stream.");
        }

        var (caller, error) = authorizer.Authorize(t ?? DirectLineAuthorizer.BearerValue(context.Request));
        if (caller is null)
        {
            return error!;
        }

        if (!caller.MayAccess(conversationId))
        {
            return DirectLineErrors.WrongConversation();
        }

        if (!DirectLineWatermark.TryParse(watermark, out var sequence))
        {
            return DirectLineErrors.BadArgument("The watermark is not valid.");
        }

        if (await conversations.GetAsync(conversationId, context.RequestAborted) is null)
        {
            return DirectLineErrors.NotFound();
        }

        sequence = await store.ClampWatermarkAsync(conversationId, sequence, context.RequestAborted);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);

        // Sockets opened with the same token are the same client reconnecting (the older one is stale);
        // another tab has its own token and keeps its own socket.
        await handler.RunAsync(socket, conversationId, t ?? DirectLineAuthorizer.BearerValue(context.Request) ?? string.Empty, sequence, stop.Token);
        return Results.Empty;
    }

    private static string StreamUrl(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = watermark is { } w ? $"watermark={DirectLineWatermark.Format(w)}&" : string.Empty;
        return $"{scheme}://{request.Host}{request.PathBase}/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/stream?{query}t={Uri.EscapeDataString(token)}";
    }

    private static string ToChannelUserId(string? requested) =>
        requested is null
            ? DirectLineConversations.UserIdPrefix + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12))
            : requested.StartsWith(DirectLineConversations.UserIdPrefix, StringComparison.Ordinal) ? requested : DirectLineConversations.UserIdPrefix + requested;

    /// <summary>
    /// Reads a JSON body of at most <paramref name="maxChars"/> characters; an empty body is null. A body
    /// must be <c>application/json</c> (415) and pass <see cref="InboundJsonValidator"/> (400), so nothing
    /// stored from it can fail to be read back.
    /// </summary>
    internal static async Task<(T? Value, IResult? Error)> ReadOptionalJsonAsync<T>(HttpRequest request, int maxChars, CancellationToken cancellationToken)
        where T : class
    {
        // UTF-8 needs at most 3 bytes per UTF-16 char, so a longer body is certainly too large.
        if (request.ContentLength > (long)maxChars * 3)
        {
            return (null, DirectLineErrors.TooBig());
        }

        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
        var builder = new System.Text.StringBuilder();
        var chunk = new char[16 * 1024];
        int read;
        try
        {
            while ((read = await reader.ReadAsync(chunk.AsMemory(), cancellationToken)) > 0)
            {
                builder.Append(chunk, 0, read);
                if (builder.Length > maxChars)
                {
                    return (null, DirectLineErrors.TooBig());
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, DirectLineErrors.TooBig());
        }
        catch (Exception ex) when (ex is BadHttpRequestException or IOException)
        {
            // Kestrel found the framing broken (a chunk size that overflows surfaces as an IOException,
            // "Bad chunk size data") or the client went away mid-body: the client's fault.
            return (null, DirectLineErrors.BadArgument("The request body could not be read (malformed chunked encoding)."));
        }

        var text = builder.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (!JsonRequestBody.HasJsonContentType(request))
        {
            return (null, DirectLineErrors.UnsupportedMediaType());
        }

        var utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        if (InboundJsonValidator.Validate(utf8) is { } problem)
        {
            return (null, DirectLineErrors.BadArgument(problem));
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(utf8, ProtocolJson.Options);
            return (value, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid JSON of the expected shape."));
        }
    }
}
