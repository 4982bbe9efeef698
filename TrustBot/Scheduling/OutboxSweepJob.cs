using Quartz;

namespace TrustBot.Scheduling;

/// <summary>Retries the prompts waiting in the outbox; runs every <see cref="SchedulingOptions.OutboxSweepInterval"/>.</summary>
public sealed class OutboxSweepJob(CheckInDispatcher dispatcher) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await dispatcher.SweepAsync(cancellationToken);
}
