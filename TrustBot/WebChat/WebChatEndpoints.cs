using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using TrustBot.DirectLine;

namespace TrustBot.WebChat;

/// <summary>
/// <c>POST /api/directline/token</c>: the page's way to a Direct Line token. Ours by default; Azure's
/// when <see cref="DirectLineOptions.AzureSecret"/> is configured (exchanged server-side).
/// </summary>
public static partial class WebChatEndpoints
{
    private static readonly Regex PageUserIdShape = new("^[A-Za-z0-9_-]{16,64}$", RegexOptions.CultureInvariant);
    private static readonly Regex ConversationIdShape = new("^[a-f0-9]{32}$", RegexOptions.CultureInvariant);

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/directline/token", IssueTokenAsync)
            .RequireCors(DirectLineEndpoints.CorsPolicy)
            .RequireRateLimiting(WebChatServiceCollectionExtensions.TokenRateLimitPolicy);
        endpoints.MapGet("/embed", (HttpRequest request) => Results.Redirect("/embed.html" + request.QueryString));
        return endpoints;
    }

    private static async Task<IResult> IssueTokenAsync(
        HttpRequest request,
        DirectLineTokenService tokens,
        DirectLineConversations conversations,
        AzureDirectLineClient azure,
        Microsoft.Extensions.Options.IOptions<DirectLineOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (body, error) = await DirectLineEndpoints.ReadOptionalJsonAsync<WebChatTokenRequest>(request, 4096, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var pageUserId = body?.UserId;
        if (pageUserId is null || !PageUserIdShape.IsMatch(pageUserId))
        {
            return DirectLineErrors.BadArgument("userId must be 16-64 letters, digits, '-' or '_'.");
        }

        var userId = DirectLineConversations.UserIdPrefix + pageUserId;
        if (azure.IsConfigured)
        {
            var fromAzure = await azure.GenerateTokenAsync(userId, cancellationToken);
            if (fromAzure is null)
            {
                LogAzureFailed(loggers.CreateLogger(typeof(WebChatEndpoints).FullName!));
                return DirectLineErrors.Create(StatusCodes.Status502BadGateway, "ServiceUnavailable", "The chat service is not reachable right now.");
            }

            return Results.Json(new WebChatTokenResponse(fromAzure.Token, fromAzure.ConversationId, userId, fromAzure.ExpiresIn, azure.Domain));
        }

        // Resume only the person's own conversation; anything else quietly starts a new one.
        var conversationId = body!.ConversationId;
        if (conversationId is null
            || !ConversationIdShape.IsMatch(conversationId)
            || await conversations.GetAsync(conversationId, cancellationToken) is not { } existing
            || !string.Equals(existing.UserId, userId, StringComparison.Ordinal))
        {
            conversationId = DirectLineConversations.NewConversationId();
        }

        return Results.Json(new WebChatTokenResponse(
            tokens.Issue(conversationId, userId),
            conversationId,
            userId,
            tokens.LifetimeSeconds,
            DirectLineEndpoints.Domain(request)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Direct Line refused or did not answer the token request.")]
    private static partial void LogAzureFailed(ILogger logger);
}
