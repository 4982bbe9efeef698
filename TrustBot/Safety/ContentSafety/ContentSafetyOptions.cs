using System.ComponentModel.DataAnnotations;

namespace TrustBot.Safety.ContentSafety;

/// <summary>
/// Azure AI Content Safety as a second opinion on the crisis screen (section <c>ContentSafety</c>). Off by
/// default; when on, the local verdict still stands alone if the service is slow or failing.
/// </summary>
public sealed class ContentSafetyOptions : IValidatableObject
{
    public const string SectionName = "ContentSafety";

    public bool Enabled { get; set; }

    /// <summary>The resource endpoint, e.g. https://my-safety.cognitiveservices.azure.com.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Resource key (Ocp-Apim-Subscription-Key); keep it in a secret store (ContentSafety__Key).</summary>
    public string? Key { get; set; }

    /// <summary>Use Microsoft Entra ID (DefaultAzureCredential) instead of a key.</summary>
    public bool UseEntraId { get; set; }

    /// <summary>How long a message may wait for the second opinion before the local verdict is used.</summary>
    [Range(50, 5_000)]
    public int TimeoutMilliseconds { get; set; } = 600;

    /// <summary>SelfHarm severity (0, 2, 4, 6) from which a calm local verdict becomes the direct question.</summary>
    [Range(2, 6)]
    public int SelfHarmClarifySeverity { get; set; } = 2;

    /// <summary>SelfHarm severity from which the verdict escalates.</summary>
    [Range(2, 6)]
    public int SelfHarmEscalateSeverity { get; set; } = 4;

    /// <summary>Violence severity from which a calm local verdict escalates as possible harm to others.</summary>
    [Range(2, 6)]
    public int ViolenceEscalateSeverity { get; set; } = 6;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Endpoint is null || !Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("https" or "http"))
        {
            yield return new ValidationResult("ContentSafety:Endpoint must be an absolute http(s) URL when ContentSafety is enabled.", [nameof(Endpoint)]);
        }

        if (!UseEntraId && string.IsNullOrWhiteSpace(Key))
        {
            yield return new ValidationResult("ContentSafety:Key is required when ContentSafety is enabled and UseEntraId is false.", [nameof(Key)]);
        }

        if (SelfHarmEscalateSeverity < SelfHarmClarifySeverity)
        {
            yield return new ValidationResult("ContentSafety:SelfHarmEscalateSeverity must not be below SelfHarmClarifySeverity.", [nameof(SelfHarmEscalateSeverity)]);
        }
    }
}
