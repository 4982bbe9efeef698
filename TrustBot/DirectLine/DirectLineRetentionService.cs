using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TrustBot.DirectLine;

/// <summary>Deletes website transcripts past the retention limit, once at start-up and then every <see cref="DirectLineOptions.CleanupInterval"/>.</summary>
public sealed partial class DirectLineRetentionService : BackgroundService
{
    private readonly DirectLineStore _store;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineRetentionService> _logger;

    public DirectLineRetentionService(DirectLineStore store, TimeProvider time, IOptions<DirectLineOptions> options, ILogger<DirectLineRetentionService> logger)
    {
        _store = store;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>One retention pass.</summary>
    public async Task<RetentionResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var cutoff = _time.GetUtcNow() - TimeSpan.FromDays(_options.RetentionDays);
        var result = await _store.CleanupAsync(cutoff, _options.MaxActivitiesPerConversation, cancellationToken);
        if (result.ActivitiesDeleted > 0 || result.ConversationsDeleted > 0)
        {
            LogCleaned(_logger, result.ConversationsDeleted, result.ActivitiesDeleted);
        }

        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CleanupInterval, _time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex)
            {
                LogCleanupFailed(_logger, ex.SqliteErrorCode);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Direct Line retention removed {Conversations} conversations and {Activities} activities.")]
    private static partial void LogCleaned(ILogger logger, int conversations, int activities);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Direct Line retention pass failed (SQLite error {Code}); will retry next interval.")]
    private static partial void LogCleanupFailed(ILogger logger, int code);
}
