using System.Net;

namespace TrustBot.Messaging.Connector;

/// <summary>The channel refused a connector call. <see cref="ErrorCode"/> is the stable Bot Framework code when one was given.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(HttpStatusCode statusCode, string? errorCode)
        : base($"The Bot Connector answered {(int)statusCode} ({errorCode ?? "no error code"}).")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public HttpStatusCode StatusCode { get; }

    public string? ErrorCode { get; }
}
