using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Sentiment;
using TrustBot.Sentiment;

namespace TrustBot.Tests.Sentiment;

public sealed class SentimentServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddTrustBotSafety();
        services.AddTrustBotSentiment(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task DefaultConfiguration_UsesTheLocalAnalyzerBehindTheFallback()
    {
        await using var provider = Build([]);

        var analyzer = provider.GetRequiredService<ISentimentAnalyzer>();
        var result = await analyzer.AnalyzeAsync("I feel calm and hopeful", "en", CancellationToken.None);

        Assert.IsType<FallbackSentimentAnalyzer>(analyzer);
        Assert.Equal("local", result.Source);
        Assert.IsType<CrisisDetector>(provider.GetRequiredService<ICrisisDetector>());
    }

    [Fact]
    public async Task AzureWithoutEndpointOrKey_FailsValidation()
    {
        await using var provider = Build(new() { ["Sentiment:Provider"] = "Azure" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SentimentOptions>>().Value);
        Assert.Contains("Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AzureSettings_AreBound()
    {
        await using var provider = Build(new()
        {
            ["Sentiment:Provider"] = "Azure",
            ["Sentiment:Endpoint"] = "https://example.cognitiveservices.azure.com/",
            ["Sentiment:Key"] = "k",
            ["Sentiment:TimeoutMilliseconds"] = "500",
        });

        var options = provider.GetRequiredService<IOptions<SentimentOptions>>().Value;

        Assert.Equal(SentimentProvider.Azure, options.Provider);
        Assert.Equal(500, options.TimeoutMilliseconds);
        Assert.IsType<FallbackSentimentAnalyzer>(provider.GetRequiredService<ISentimentAnalyzer>());
    }
}
