namespace TrustBot.Scheduling;

/// <summary>A delivery attempt's outcome and a reason for the log (a status or error code, never message text).</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string Reason)
{
    public static DeliveryResult Delivered { get; } = new(DeliveryStatus.Delivered, "delivered");
}
