using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TrustBot.DirectLine;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.WebChat;

/// <summary>Registers the page token endpoint's services: the Azure token exchange client and its per-address rate limit.</summary>
public static class WebChatServiceCollectionExtensions
{
    public const string TokenRateLimitPolicy = "TrustBot.WebChatToken";

    public static IServiceCollection AddTrustBotWebChat(this IServiceCollection services)
    {
        services.AddHttpClient(AzureDirectLineClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<AzureDirectLineClient>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
                    ErrorResponse.Create("Throttled", "Too many requests; try again in a minute."), ProtocolJson.Options, cancellationToken));
            };
            limiter.AddPolicy(TokenRateLimitPolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.TokenRequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
        return services;
    }
}
