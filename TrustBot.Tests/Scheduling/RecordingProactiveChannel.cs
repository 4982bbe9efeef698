using System.Collections.Concurrent;
using TrustBot.Scheduling;

namespace TrustBot.Tests.Scheduling;

/// <summary>A channel that records what would reach the person (and can answer as a failing channel would).</summary>
public sealed class RecordingProactiveChannel : IProactiveChannel
{
    private readonly ConcurrentQueue<OutboxEntry> _delivered = new();

    public Func<OutboxEntry, DeliveryResult> Answer { get; set; } = _ => DeliveryResult.Delivered;

    public IReadOnlyList<OutboxEntry> Delivered => [.. _delivered];

    public Task<DeliveryResult?> TryDeliverAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        var result = Answer(entry);
        if (result.Status == DeliveryStatus.Delivered)
        {
            _delivered.Enqueue(entry);
        }

        return Task.FromResult<DeliveryResult?>(result);
    }
}
