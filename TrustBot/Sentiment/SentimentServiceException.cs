using System.Net;

namespace TrustBot.Sentiment;

/// <summary>Azure AI Language answered with an error (HTTP status and the service's error code, never the text).</summary>
public sealed class SentimentServiceException : Exception
{
    public SentimentServiceException()
    {
    }

    public SentimentServiceException(string message)
        : base(message)
    {
    }

    public SentimentServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SentimentServiceException(HttpStatusCode statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode? StatusCode { get; }

    public string? ErrorCode { get; }
}
