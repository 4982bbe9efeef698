using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Engine;

namespace TrustBot.DirectLine;

/// <summary>
/// Erases website conversations whose deletion confirmation has had its time to arrive (see
/// <see cref="DirectLinePersonalData"/>): the transcript, the conversation and its state, and closes
/// its stream. Due erasures survive a restart: the first pass runs at start-up.
/// </summary>
public sealed partial class DirectLineErasureService : BackgroundService
{
    private readonly DirectLineStore _store;
    private readonly DirectLineStreamHub _hub;
    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly DirectLineOptions _options;
    private readonly ILogger<DirectLineErasureService> _logger;

    public DirectLineErasureService(DirectLineStore store, DirectLineStreamHub hub, IStorage storage, TimeProvider time, IOptions<DirectLineOptions> options, ILogger<DirectLineErasureService> logger)
    {
        _store = store;
        _hub = hub;
        _storage = storage;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>One pass: erases every conversation that is due; returns how many went.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var erased = await _store.EraseDueAsync(_time.GetUtcNow(), cancellationToken);
        await DirectLinePersonalData.DeleteConversationStateAsync(_storage, erased, cancellationToken);
        foreach (var conversationId in erased)
        {
            _hub.Disconnect(conversationId);
        }

        if (erased.Count > 0)
        {
            LogErased(_logger, erased.Count);
        }

        return erased.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.ErasureInterval, _time);
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
                LogFailed(_logger, ex.SqliteErrorCode);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased {Count} website conversations after their deletion confirmation.")]
    private static partial void LogErased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Erasing website conversations failed (SQLite error {Code}); will retry next interval.")]
    private static partial void LogFailed(ILogger logger, int code);
}
