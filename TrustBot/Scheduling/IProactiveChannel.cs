namespace TrustBot.Scheduling;

/// <summary>A way of reaching a person unprompted. Channels are asked in registration order.</summary>
public interface IProactiveChannel
{
    /// <summary>Delivers the entry's prompt, or returns null when this channel does not serve that person.</summary>
    Task<DeliveryResult?> TryDeliverAsync(OutboxEntry entry, CancellationToken cancellationToken);
}
