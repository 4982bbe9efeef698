using System.Net;

namespace TrustBot.Safety.ContentSafety;

/// <summary>An error answer from Azure AI Content Safety (status and the documented <c>error.code</c>), never the text.</summary>
public sealed class ContentSafetyException(HttpStatusCode statusCode, string? errorCode, string message) : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string? ErrorCode { get; } = errorCode;
}
