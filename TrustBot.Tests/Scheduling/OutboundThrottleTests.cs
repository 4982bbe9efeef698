using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TrustBot.Scheduling;

namespace TrustBot.Tests.Scheduling;

public sealed class OutboundThrottleTests
{
    [Fact]
    public void ABurstInOneTenant_IsSpreadAtTheLimit_OtherTenantsAreNotHeldUp()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        var throttle = new OutboundThrottle(Options.Create(new SchedulingOptions { PerTenantMessagesPerSecond = 10, PerConversationMessagesPerSecond = 0 }), time);
        var burst = Enumerable.Range(0, 20).Select(i => throttle.WaitAsync("tenant-a", "c" + i, CancellationToken.None)).ToList();
        var other = throttle.WaitAsync("tenant-b", "x", CancellationToken.None);
        Assert.True(other.IsCompleted);
        Assert.Equal(1, burst.Count(t => t.IsCompleted));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(11, burst.Count(t => t.IsCompleted));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.All(burst, t => Assert.True(t.IsCompleted));
    }
}
