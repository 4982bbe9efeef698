namespace TrustBot.Scheduling;

/// <summary>What became of one delivery attempt.</summary>
public enum DeliveryStatus
{
    Delivered,

    /// <summary>429, 5xx, a timeout or a network failure: try again later.</summary>
    RetryLater,

    /// <summary>The person cannot be reached any more (403, 404, blocked, uninstalled, no conversation): stop their schedule.</summary>
    Unreachable,

    /// <summary>Not sent and not worth retrying, but no reason to stop the schedule (an untrusted serviceUrl, a 400).</summary>
    Refused,
}
