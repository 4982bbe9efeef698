using System.ComponentModel.DataAnnotations;

namespace TrustBot.Messaging;

/// <summary>Limits of the messaging endpoint and the Bot Connector client.</summary>
public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>Largest accepted activity body; bigger ones get 413 MessageSizeTooBig.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>How long an inbound activity id is remembered to drop channel retries (Teams resends after 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Retries of a connector call answered 429, 412, 502 or 504.</summary>
    [Range(0, 10)]
    public int ConnectorMaxRetries { get; set; } = 3;

    /// <summary>First backoff delay when the connector gives no Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan ConnectorMinRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Longest wait between retries; a longer Retry-After ends the retries.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan ConnectorMaxRetryDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Timeout of one connector request. A timed-out send is not retried: it may have been delivered.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
