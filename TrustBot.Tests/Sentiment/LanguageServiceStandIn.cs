using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Sentiment;

/// <summary>
/// A local stand-in for Azure AI Language on 127.0.0.1 (real Kestrel, port 0) speaking the documented
/// analyze-text request/response format, including error shapes and a slow mode.
/// </summary>
public sealed class LanguageServiceStandIn : AzureServiceStandIn
{
    private LanguageServiceStandIn()
    {
    }

    /// <summary>Modes besides ok, slow and not-json: 429, 500, 401, document-error.</summary>
    public static Task<LanguageServiceStandIn> StartAsync() => StartAsync(new LanguageServiceStandIn());

    protected override StandInResponse Answer(string mode) => mode switch
    {
        "429" => Json(429, new { error = new { code = "429", message = "Rate limit is exceeded." } }),
        "500" => Json(500, new { error = new { code = "InternalServerError", message = "Internal error." } }),
        "401" => Json(401, new { error = new { code = "401", message = "Access denied due to invalid subscription key." } }),
        "document-error" => Json(200, new
        {
            kind = "SentimentAnalysisResults",
            results = new
            {
                documents = Array.Empty<object>(),
                errors = new[] { new { id = "1", error = new { code = "InvalidArgument", message = "Invalid Language Code.", innererror = new { code = "UnsupportedLanguageCode" } } } },
                modelVersion = "2022-11-01",
            },
        }),
        _ => Json(200, new
        {
            kind = "SentimentAnalysisResults",
            results = new
            {
                documents = new[]
                {
                    new
                    {
                        id = "1",
                        sentiment = "negative",
                        confidenceScores = new { positive = 0.01, neutral = 0.09, negative = 0.90 },
                        sentences = Array.Empty<object>(),
                        warnings = Array.Empty<object>(),
                    },
                },
                errors = Array.Empty<object>(),
                modelVersion = "2022-11-01",
            },
        }),
    };
}
