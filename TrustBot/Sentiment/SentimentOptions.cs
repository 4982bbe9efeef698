using System.ComponentModel.DataAnnotations;

namespace TrustBot.Sentiment;

/// <summary>Sentiment settings (section <c>Sentiment</c>). Safety never waits on the cloud: a short timeout, then local.</summary>
public sealed class SentimentOptions : IValidatableObject
{
    public const string SectionName = "Sentiment";

    /// <summary><c>Local</c> (default) or <c>Azure</c>.</summary>
    public SentimentProvider Provider { get; set; } = SentimentProvider.Local;

    /// <summary>The Azure AI Language resource endpoint, e.g. https://my-language.cognitiveservices.azure.com.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Resource key (Ocp-Apim-Subscription-Key). Keep it in a secret store, not in appsettings.</summary>
    public string? Key { get; set; }

    /// <summary>Use Microsoft Entra ID (managed identity / DefaultAzureCredential) instead of a key.</summary>
    public bool UseEntraId { get; set; }

    /// <summary>How long to wait for Azure before using the local result.</summary>
    [Range(50, 10_000)]
    public int TimeoutMilliseconds { get; set; } = 800;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Provider != SentimentProvider.Azure)
        {
            yield break;
        }

        if (Endpoint is null || !Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("Sentiment:Endpoint must be an absolute http(s) URL when Provider is Azure.", [nameof(Endpoint)]);
        }

        if (!UseEntraId && string.IsNullOrWhiteSpace(Key))
        {
            yield return new ValidationResult("Sentiment:Key is required when Provider is Azure and UseEntraId is false.", [nameof(Key)]);
        }
    }
}
