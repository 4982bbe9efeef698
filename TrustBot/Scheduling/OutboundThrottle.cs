using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace TrustBot.Scheduling;

/// <summary>
/// Spreads proactive sends so no tenant and no conversation goes over its rate: each send reserves the
/// next free slot of both (a virtual schedule, GCRA) and waits for it on the injected clock. A 9:00 burst
/// is therefore queued at the limit, never refused.
/// </summary>
public sealed class OutboundThrottle(IOptions<SchedulingOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Slot> _tenants = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Slot> _conversations = new(StringComparer.Ordinal);
    private readonly SchedulingOptions _options = options.Value;

    /// <summary>Waits until this send may go.</summary>
    public Task WaitAsync(string tenantId, string conversationId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var tenantAt = Reserve(_tenants, tenantId, _options.PerTenantMessagesPerSecond, now);
        var conversationAt = Reserve(_conversations, conversationId, _options.PerConversationMessagesPerSecond, now);
        var at = tenantAt > conversationAt ? tenantAt : conversationAt;
        if (_conversations.Count > 50_000)
        {
            Prune(_conversations, now);
        }

        var wait = at - now;
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    private static DateTimeOffset Reserve(ConcurrentDictionary<string, Slot> slots, string key, double perSecond, DateTimeOffset now)
    {
        if (perSecond <= 0)
        {
            return now;
        }

        var slot = slots.GetOrAdd(key, static _ => new Slot());
        var interval = TimeSpan.FromSeconds(1 / perSecond);
        lock (slot)
        {
            var at = slot.NextFree > now ? slot.NextFree : now;
            slot.NextFree = at + interval;
            return at;
        }
    }

    private static void Prune(ConcurrentDictionary<string, Slot> slots, DateTimeOffset now)
    {
        foreach (var (key, slot) in slots)
        {
            if (slot.NextFree < now)
            {
                slots.TryRemove(key, out _);
            }
        }
    }

    private sealed class Slot
    {
        public DateTimeOffset NextFree { get; set; }
    }
}
