using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Sentiment;

/// <summary>Registers <see cref="ISentimentAnalyzer"/> as the Azure-with-local-fallback analyzer, configured from <c>Sentiment</c>.</summary>
public static class SentimentServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotSentiment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SentimentOptions>()
            .Bind(configuration.GetSection(SentimentOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LocalSentimentAnalyzer>();
        services.AddHttpClient(AzureSentimentAnalyzer.HttpClientName);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SentimentOptions>>();
            TokenCredential? credential = options.Value.UseEntraId ? new DefaultAzureCredential() : null;
            return new AzureSentimentAnalyzer(sp.GetRequiredService<IHttpClientFactory>(), options, credential);
        });
        // The dialogs register the local analyzer with TryAdd; a plain Add resolves last, so this wins
        // whichever of the two registrations runs first.
        services.AddSingleton<ISentimentAnalyzer>(sp => new FallbackSentimentAnalyzer(
            sp.GetRequiredService<LocalSentimentAnalyzer>(),
            sp.GetRequiredService<IOptions<SentimentOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FallbackSentimentAnalyzer>>(),
            sp.GetRequiredService<IOptions<SentimentOptions>>().Value.Provider == SentimentProvider.Azure ? sp.GetRequiredService<AzureSentimentAnalyzer>() : null));
        return services;
    }
}
