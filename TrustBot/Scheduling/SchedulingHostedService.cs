using Microsoft.Extensions.Options;
using Quartz;
using TrustBot.Storage;

namespace TrustBot.Scheduling;

/// <summary>Starts the Quartz scheduler with the host (creating its tables on first start) and keeps the outbox sweep scheduled.</summary>
public sealed partial class SchedulingHostedService(
    ISchedulerFactory schedulerFactory,
    IOptions<SchedulingOptions> options,
    SqliteConnectionFactory connections,
    TimeProvider time,
    ILogger<SchedulingHostedService> logger) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The database file (WAL mode) and every registered schema, ours included, before Quartz opens its
        // connections with the helper's connection string.
        await connections.EnsureCreatedAsync(cancellationToken);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        _scheduler = scheduler;
        await EnsureJobsAsync(scheduler, options.Value, time, cancellationToken);
        if (options.Value.Enabled)
        {
            await scheduler.Start(cancellationToken);
            LogStarted(logger);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may be stopped twice (a test's StopAsync, then its disposal): a shut-down scheduler stays shut.
        if (Interlocked.Exchange(ref _scheduler, null) is { } scheduler)
        {
            try
            {
                await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
            }
            catch (ObjectDisposedException)
            {
                // Quartz's misfire handler resolves its scheduler lazily from the container; when the host is
                // stopped while its container is being disposed, there is nothing left to signal.
            }
        }
    }

    /// <summary>The durable prompt job and the recurring outbox sweep (idempotent).</summary>
    public static async Task EnsureJobsAsync(IScheduler scheduler, SchedulingOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = JobBuilder.Create<CheckInPromptJob>().WithIdentity(CheckInTriggers.PromptJob).StoreDurably().Build();
        var sweep = JobBuilder.Create<OutboxSweepJob>().WithIdentity(CheckInTriggers.OutboxJob).StoreDurably().Build();
        await scheduler.AddJob(prompt, AddJobOptions.Replacing, cancellationToken);
        var sweepTrigger = TriggerBuilder.Create(time)
            .WithIdentity(CheckInTriggers.OutboxTrigger)
            .ForJob(sweep)
            .StartAt(time.GetUtcNow() + options.OutboxSweepInterval)
            .WithSimpleSchedule(s => s.WithInterval(options.OutboxSweepInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();
        await scheduler.ScheduleJob(sweep, sweepTrigger, ScheduleJobOptions.Replacing, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in scheduler started.")]
    private static partial void LogStarted(ILogger logger);
}
