using System.Net;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Sentiment;

/// <summary>
/// The analyzer the bot uses: Azure when configured, bounded by <see cref="SentimentOptions.TimeoutMilliseconds"/>,
/// and the local analyzer on timeout, throttling (429), server errors or any other failure. Logs the
/// outcome only, never the text or the score.
/// </summary>
public sealed partial class FallbackSentimentAnalyzer(
    LocalSentimentAnalyzer local,
    IOptions<SentimentOptions> options,
    TimeProvider timeProvider,
    ILogger<FallbackSentimentAnalyzer> logger,
    AzureSentimentAnalyzer? azure = null) : ISentimentAnalyzer
{
    public async Task<SentimentResult> AnalyzeAsync(string text, string? language, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Provider != SentimentProvider.Azure || azure is null || string.IsNullOrWhiteSpace(text))
        {
            return local.Analyze(text);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(settings.TimeoutMilliseconds), timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var result = await azure.AnalyzeAsync(text, language, linked.Token);
            LogAzureUsed(logger);
            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogFallback(logger, "timeout", null, null);
        }
        catch (SentimentServiceException ex)
        {
            LogFallback(logger, ex.StatusCode == HttpStatusCode.TooManyRequests ? "throttled" : "service-error", (int?)ex.StatusCode, ex.ErrorCode);
        }
        catch (HttpRequestException ex)
        {
            LogFallback(logger, "unreachable", (int?)ex.StatusCode, null);
        }

        return local.Analyze(text);
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "Sentiment from Azure AI Language")]
    private static partial void LogAzureUsed(ILogger logger);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Sentiment fell back to the local analyzer: {Reason} (status {Status}, code {ErrorCode})")]
    private static partial void LogFallback(ILogger logger, string reason, int? status, string? errorCode);
}
