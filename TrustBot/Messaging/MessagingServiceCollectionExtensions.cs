using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Engine;
using TrustBot.Messaging.Authentication;
using TrustBot.Messaging.Connector;

namespace TrustBot.Messaging;

/// <summary>Registers the messaging endpoint's services: authentication, the connector client, the dedupe window and references.</summary>
public static class MessagingServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MessagingOptions>()
            .Bind(configuration.GetSection(MessagingOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Channel retries are dropped by the turn's state middleware, over the window configured here.
        services.AddOptions<ProcessedActivityOptions>()
            .Configure<IOptions<MessagingOptions>>((processed, messaging) => processed.Window = messaging.Value.DeduplicationWindow);

        // The SDK's top-level keys (MicrosoftAppId, ...) keep working; the BotAuthentication section wins.
        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration)
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ConnectorClient.HttpClientName, (sp, http) =>
            http.Timeout = sp.GetRequiredService<IOptions<MessagingOptions>>().Value.ConnectorTimeout);
        services.AddTransient<LoginEndpointSchemeHandler>();
        services.AddTransient<InstanceMetadataEndpointHandler>();
        services.AddHttpClient(BotTokenProvider.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<LoginEndpointSchemeHandler>()
            .AddHttpMessageHandler<InstanceMetadataEndpointHandler>();
        services.AddHttpClient(BotRequestAuthenticator.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));

        services.TryAddSingleton<BotRequestAuthenticator>();
        services.TryAddSingleton<BotTokenProvider>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<ConnectorActivitySender>();
        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddSingleton<BotMessageProcessor>();
        return services;
    }
}
