using TrustBot.Tests.Hosting;

namespace TrustBot.Tests.Safety;

/// <summary>
/// A local stand-in for Azure AI Content Safety on 127.0.0.1 (real Kestrel, port 0) speaking the documented
/// text:analyze request and response (categoriesAnalysis with severities) and its error shape.
/// </summary>
public sealed class ContentSafetyStandIn : AzureServiceStandIn
{
    private ContentSafetyStandIn()
    {
    }

    public int SelfHarmSeverity { get; set; }

    public int ViolenceSeverity { get; set; }

    /// <summary>Modes besides ok, slow and not-json: 429, 500, 401, bad-request.</summary>
    public static Task<ContentSafetyStandIn> StartAsync() => StartAsync(new ContentSafetyStandIn());

    protected override StandInResponse Answer(string mode) => mode switch
    {
        "429" => Error(429, "TooManyRequests", "Rate limit is exceeded."),
        "500" => Error(500, "InternalServerError", "The service encountered an internal error."),
        "401" => Error(401, "401", "Access denied due to invalid subscription key or wrong API endpoint."),
        "bad-request" => Error(400, "InvalidRequestBody", "The request body is invalid."),
        _ => Json(200, new
        {
            blocklistsMatch = Array.Empty<object>(),
            categoriesAnalysis = new[]
            {
                new { category = "SelfHarm", severity = SelfHarmSeverity },
                new { category = "Violence", severity = ViolenceSeverity },
            },
        }),
    };

    private static StandInResponse Error(int status, string code, string message) =>
        Json(status, new { error = new { code, message, details = Array.Empty<object>() } });
}
