using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Handoff;

namespace TrustBot.Handoff;

/// <summary>Closes waiting requests nobody accepted in time (checked every 30 seconds on the injected clock).</summary>
public sealed partial class HandoffTimeoutService(HandoffCoordinator coordinator, IOptions<HandoffOptions> options, TimeProvider time, ILogger<HandoffTimeoutService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var expired = await coordinator.ExpireOverdueAsync(stoppingToken);
                if (expired > 0)
                {
                    LogExpired(logger, expired);
                }
            }
#pragma warning disable CA1031 // One failed sweep must not stop the next; the requests stay waiting and are retried.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogSweepFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff: {Count} waiting request(s) timed out.")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handoff: timeout sweep failed.")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
