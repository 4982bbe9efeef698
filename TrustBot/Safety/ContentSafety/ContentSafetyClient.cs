using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Microsoft.Extensions.Options;

namespace TrustBot.Safety.ContentSafety;

/// <summary>
/// Azure AI Content Safety text analysis over its documented REST API:
/// <c>POST {endpoint}/contentsafety/text:analyze?api-version=2024-09-01</c> with
/// <c>{"text", "categories": ["SelfHarm", "Violence"], "outputType": "FourSeverityLevels"}</c>; the answer's
/// <c>categoriesAnalysis</c> carries a severity per category. Error answers throw <see cref="ContentSafetyException"/>.
/// </summary>
public sealed class ContentSafetyClient(IHttpClientFactory httpClientFactory, IOptions<ContentSafetyOptions> options, TokenCredential? credential = null)
{
    public const string HttpClientName = "ContentSafety";
    public const string ApiVersion = "2024-09-01";
    public const string TokenScope = "https://cognitiveservices.azure.com/.default";

    /// <summary>The service analyses at most 10,000 characters per request.</summary>
    public const int MaxTextLength = 10_000;

    public async Task<ContentSafetySeverities> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var endpoint = settings.Endpoint ?? throw new InvalidOperationException("ContentSafety:Endpoint is not configured.");
        var body = new JsonObject
        {
            ["text"] = text.Length > MaxTextLength ? text[..MaxTextLength] : text,
            ["categories"] = new JsonArray("SelfHarm", "Violence"),
            ["outputType"] = "FourSeverityLevels",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint, $"contentsafety/text:analyze?api-version={ApiVersion}"))
        {
            Content = JsonContent.Create(body),
        };
        if (settings.UseEntraId && credential is not null)
        {
            var token = await credential.GetTokenAsync(new TokenRequestContext([TokenScope]), cancellationToken);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        }
        else
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", settings.Key);
        }

        using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        JsonNode? json;
        try
        {
            json = await response.Content.ReadFromJsonAsync<JsonNode>(cancellationToken);
        }
        catch (JsonException)
        {
            throw new ContentSafetyException(response.StatusCode, null, "The content safety service returned a body that is not JSON.");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ContentSafetyException(response.StatusCode, json?["error"]?["code"]?.GetValue<string>(), $"The content safety service answered {(int)response.StatusCode}.");
        }

        if (json?["categoriesAnalysis"] is not JsonArray analysis)
        {
            throw new ContentSafetyException(response.StatusCode, null, "The content safety answer had no categoriesAnalysis.");
        }

        int Severity(string category) =>
            analysis.FirstOrDefault(a => (string?)a?["category"] == category)?["severity"]?.GetValue<int>() ?? 0;
        return new ContentSafetySeverities(Severity("SelfHarm"), Severity("Violence"));
    }
}
