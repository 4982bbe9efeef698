using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using TrustBot.Tests.Hosting;
using TrustBot.Tests.Storage;

namespace TrustBot.Tests.Scheduling;

/// <summary>
/// Quartz keeps schedulers in a process-wide repository by name: hosts running side by side each get their
/// own (so tests need not run alone), and a host restarted on the same database gets the same name back,
/// under which the job store keeps its triggers.
/// </summary>
public sealed class SchedulerNameTests
{
    [Fact]
    public async Task TwoHostsAtOnce_EachGetTheirOwnScheduler_UnderTheConfiguredName()
    {
        using var firstDatabase = new TempSqliteDatabase();
        using var secondDatabase = new TempSqliteDatabase();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));
        await using var first = await SchedulingHost.StartAsync(firstDatabase, time);
        await using var second = await SchedulingHost.StartAsync(secondDatabase, time);

        var firstScheduler = await first.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var secondScheduler = await second.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        Assert.NotSame(firstScheduler, secondScheduler);
        Assert.Equal(TrustBotHostFactory.SchedulerNameFor(firstDatabase.Folder), firstScheduler.SchedulerName);
        Assert.Equal(TrustBotHostFactory.SchedulerNameFor(secondDatabase.Folder), secondScheduler.SchedulerName);
    }

    [Fact]
    public void ByDefault_TheNameIsQuartzsOwn_SoAJobStoreWrittenBeforeTheSettingKeepsItsTriggers() =>
        Assert.Equal("QuartzScheduler", new TrustBot.Scheduling.SchedulingOptions().SchedulerName);
}
