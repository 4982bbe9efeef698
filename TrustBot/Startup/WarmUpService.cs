using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace TrustBot.Startup;

/// <summary>
/// Runs every <see cref="IWarmUpStep"/> in <see cref="StartingAsync"/>, which the host completes for all
/// lifecycle services before any hosted service starts, so Kestrel only begins listening once the bot is
/// warm and the first person does not wait for rule tables to compile. A failing step stops the start:
/// a bot that cannot screen messages must not take them.
/// </summary>
public sealed partial class WarmUpService : IHostedLifecycleService
{
    private readonly IReadOnlyList<IWarmUpStep> _steps;
    private readonly StartupReadiness _readiness;
    private readonly StartupOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<WarmUpService> _logger;

    public WarmUpService(IEnumerable<IWarmUpStep> steps, StartupReadiness readiness, IOptions<StartupOptions> options, TimeProvider time, ILogger<WarmUpService> logger)
    {
        _steps = [.. steps];
        _readiness = readiness;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>The running warm-up (completed once every step has run).</summary>
    public Task? Completion { get; private set; }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        Completion = RunStepsAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = await Task.WhenAny(Completion, Task.Delay(_options.WarmUpTimeout, _time, timeout.Token));
        await timeout.CancelAsync();
        if (finished == Completion)
        {
            await Completion;
            return;
        }

        LogListeningBeforeWarm(_logger, _options.WarmUpTimeout.TotalSeconds);
        _ = Completion.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunStepsAsync(CancellationToken cancellationToken)
    {
        // Off the host's start-up thread, so the timeout above can fire while a step is busy.
        await Task.Yield();
        var total = Stopwatch.StartNew();
        foreach (var step in _steps)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                await step.WarmUpAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStepFailed(_logger, step.Name, ex.GetType().Name);
                throw;
            }

            LogStep(_logger, step.Name, watch.Elapsed.TotalMilliseconds);
        }

        _readiness.MarkReady();
        LogReady(_logger, _steps.Count, total.Elapsed.TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warm-up step {Step} took {Milliseconds:F0} ms.")]
    private static partial void LogStep(ILogger logger, string step, double milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up finished: {Steps} steps in {Milliseconds:F0} ms; ready.")]
    private static partial void LogReady(ILogger logger, int steps, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Warm-up step {Step} failed ({ExceptionType}); the bot will not start.")]
    private static partial void LogStepFailed(ILogger logger, string step, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up still running after {Seconds} s; listening anyway, /healthz says not ready until it ends.")]
    private static partial void LogListeningBeforeWarm(ILogger logger, double seconds);
}
