namespace TrustBot.Scheduling;

/// <summary>Stands in for the website channel when the host has no embedded Direct Line.</summary>
public sealed class NoProactiveChannel : IProactiveChannel
{
    public Task<DeliveryResult?> TryDeliverAsync(OutboxEntry entry, CancellationToken cancellationToken) => Task.FromResult<DeliveryResult?>(null);
}
