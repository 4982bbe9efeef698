using System.Threading.Channels;
using Quartz;

namespace TrustBot.Tests.Scheduling;

/// <summary>Reports each finished Quartz firing, so a test waits for the firing a clock move caused instead of sleeping.</summary>
public sealed class FiringListener : IJobListener
{
    private readonly Channel<(JobKey Job, DateTimeOffset? Due)> _done = Channel.CreateUnbounded<(JobKey, DateTimeOffset?)>();

    public string Name => nameof(FiringListener);

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        _done.Writer.TryWrite((context.JobDetail.Key, context.ScheduledFireTimeUtc));
        return ValueTask.CompletedTask;
    }

    /// <summary>The next finished firing of <paramref name="job"/>.</summary>
    public async Task<DateTimeOffset?> NextAsync(JobKey job)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var (key, due) = await _done.Reader.ReadAsync(timeout.Token);
            if (key.Equals(job))
            {
                return due;
            }
        }
    }
}
