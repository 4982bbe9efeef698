namespace TrustBot.WebChat;

/// <summary>Registers the page token endpoint's services (the Azure token exchange client).</summary>
public static class WebChatServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotWebChat(this IServiceCollection services)
    {
        services.AddHttpClient(AzureDirectLineClient.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<AzureDirectLineClient>();
        return services;
    }
}
