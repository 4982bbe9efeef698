using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrustBot.Dialogs.Safety.CrisisLines;
using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Dialogs.Safety;

/// <summary>Registers the local safety layer: detector, crisis lines, reply builder and the local sentiment analyzer.</summary>
public static class SafetyServiceCollectionExtensions
{
    public static IServiceCollection AddTrustBotSafety(this IServiceCollection services)
    {
        services.TryAddSingleton<ICrisisDetector, CrisisDetector>();
        services.TryAddSingleton<CrisisLineDirectory>();
        services.TryAddSingleton<SafetyReplyBuilder>();
        services.TryAddSingleton<LocalSentimentAnalyzer>();
        services.TryAddSingleton<ISentimentAnalyzer>(sp => sp.GetRequiredService<LocalSentimentAnalyzer>());
        return services;
    }
}
