using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Sentiment;

/// <summary>
/// Azure AI Language sentiment over its documented REST API:
/// <c>POST {endpoint}/language/:analyze-text?api-version=2023-04-01</c> with kind <c>SentimentAnalysis</c>.
/// Throws <see cref="SentimentServiceException"/> for error answers; <see cref="FallbackSentimentAnalyzer"/>
/// decides what to do about them.
/// </summary>
public sealed class AzureSentimentAnalyzer(IHttpClientFactory httpClientFactory, IOptions<SentimentOptions> options, TokenCredential? credential = null) : ISentimentAnalyzer
{
    /// <summary>The named HttpClient this analyzer uses (handler lifetime managed by the factory).</summary>
    public const string HttpClientName = "AzureSentiment";

    public const string SourceName = "azure";
    public const string ApiVersion = "2023-04-01";
    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    public async Task<SentimentResult> AnalyzeAsync(string text, string? language, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("Sentiment:Endpoint is not configured.");
        var uri = new Uri(endpoint, $"language/:analyze-text?api-version={ApiVersion}");

        var document = new JsonObject { ["id"] = "1", ["text"] = text };
        if (!string.IsNullOrWhiteSpace(language))
        {
            document["language"] = language;
        }

        var body = new JsonObject
        {
            ["kind"] = "SentimentAnalysis",
            ["parameters"] = new JsonObject { ["modelVersion"] = "latest" },
            ["analysisInput"] = new JsonObject { ["documents"] = new JsonArray(document) },
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body) };
        if (settings.UseEntraId && credential is not null)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([TokenScope]), cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        else
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", settings.Key);
        }

        var httpClient = httpClientFactory.CreateClient(HttpClientName);
        using var response = await httpClient.SendAsync(request, cancellationToken);
        JsonNode? json;
        try
        {
            json = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        }
        catch (JsonException ex)
        {
            throw new SentimentServiceException("The sentiment service returned a body that is not JSON.", ex);
        }

        if (!response.IsSuccessStatusCode)
        {
            var code = json?["error"]?["code"]?.GetValue<string>();
            throw new SentimentServiceException(response.StatusCode, code, $"The sentiment service answered {(int)response.StatusCode}.");
        }

        var results = json?["results"];
        if (results?["errors"] is JsonArray { Count: > 0 } errors)
        {
            var code = errors[0]?["error"]?["code"]?.GetValue<string>();
            throw new SentimentServiceException(HttpStatusCode.OK, code, "The sentiment service rejected the document.");
        }

        var result = results?["documents"]?[0];
        var sentiment = result?["sentiment"]?.GetValue<string>();
        var scores = result?["confidenceScores"];
        if (sentiment is null || scores is null)
        {
            throw new SentimentServiceException(response.StatusCode, null, "The sentiment service answer had no document result.");
        }

        var positive = scores["positive"]?.GetValue<double>() ?? 0;
        var neutral = scores["neutral"]?.GetValue<double>() ?? 0;
        var negative = scores["negative"]?.GetValue<double>() ?? 0;
        var label = sentiment switch
        {
            "positive" => SentimentLabel.Positive,
            "negative" => SentimentLabel.Negative,
            "mixed" => SentimentLabel.Mixed,
            _ => SentimentLabel.Neutral,
        };
        return new SentimentResult(Math.Round(positive - negative, 4), label, new SentimentConfidence(positive, neutral, negative), SourceName);
    }
}
