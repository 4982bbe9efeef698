namespace TrustBot.Messaging;

/// <summary>The one place the Bot Framework messaging route is mapped.</summary>
public static class MessagingEndpointRouteBuilderExtensions
{
    public const string MessagesPath = "/api/messages";

    /// <summary>
    /// Maps <c>POST /api/messages</c>. Other methods get 405 from routing, which is also the quick answer
    /// the Agents Playground's start-up probe (<c>HEAD /api/messages</c>) needs.
    /// </summary>
    public static RouteGroupBuilder MapBotMessaging(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(MessagesPath);
        group.MapPost(string.Empty, (HttpRequest request, BotMessageProcessor processor, CancellationToken cancellationToken) =>
            processor.ProcessAsync(request, cancellationToken));
        return group;
    }
}
