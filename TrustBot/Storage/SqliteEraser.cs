using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Storage;

/// <summary>
/// Makes deleted personal data unrecoverable from the files. Rows are zeroed in place (the factory's
/// <c>secure_delete</c>), but the text they held also sits in earlier frames of the <c>-wal</c> file until a
/// checkpoint copies the pages back and truncates it. A store that deletes a person's data calls
/// <see cref="Request"/>; this service then runs <c>PRAGMA wal_checkpoint(TRUNCATE)</c> in the background,
/// once for a burst of deletions, and again while readers keep it from finishing.
/// </summary>
public sealed partial class SqliteEraser : BackgroundService, IPersonalDataEraser
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);
    private const int MaxAttempts = 50;

    // Rebuilding a file this size takes well under a second; a larger one only gets the checkpoint.
    private const long VacuumLimitBytes = 64L * 1024 * 1024;

    private readonly SqliteConnectionFactory _connections;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteEraser> _logger;
    private readonly SemaphoreSlim _requested = new(0, 1);
    private readonly Lock _gate = new();
    private TaskCompletionSource _idle = CompletedSource();
    private bool _pending;

    public SqliteEraser(SqliteConnectionFactory connections, TimeProvider time, ILogger<SqliteEraser> logger)
    {
        _connections = connections;
        _time = time;
        _logger = logger;
    }

    /// <summary>Asks for a checkpoint after data was deleted; returns at once.</summary>
    public void Request()
    {
        if (_connections.InMemory)
        {
            return;
        }

        lock (_gate)
        {
            _pending = true;
            if (_idle.Task.IsCompleted)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        if (_requested.CurrentCount == 0)
        {
            try
            {
                _requested.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    /// <summary>"Delete my data" asks once after every store has deleted.</summary>
    public void RequestErasure() => Request();

    /// <summary>Completes when every requested checkpoint has run (or given up); for shutdown and tests.</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _idle.Task;
        }
    }

    /// <summary>
    /// Rebuilds the file when it is small (VACUUM also drops copies of deleted keys that B-tree interior
    /// pages keep as dividers), then one <c>wal_checkpoint(TRUNCATE)</c>; true when it finished (no reader held it back).
    /// </summary>
    public async Task<bool> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        if (_connections.DatabasePath is { } path && File.Exists(path) && new FileInfo(path).Length <= VacuumLimitBytes)
        {
            command.CommandText = "VACUUM;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && reader.GetInt32(0) == 0;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (TakePending())
        {
            // A deletion just before shutdown is still erased from the files.
            await TryCheckpointAsync(cancellationToken);
        }

        MarkIdleIfNothingPending();
    }

    public override void Dispose()
    {
        base.Dispose();
        _requested.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _requested.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            while (TakePending())
            {
                for (var attempt = 1; attempt <= MaxAttempts; attempt++)
                {
                    if (await TryCheckpointAsync(stoppingToken))
                    {
                        break;
                    }

                    if (attempt == MaxAttempts)
                    {
                        LogGaveUp(_logger, MaxAttempts);
                    }
                    else
                    {
                        await Task.Delay(RetryDelay, _time, stoppingToken);
                    }
                }
            }

            MarkIdleIfNothingPending();
        }
    }

    private async Task<bool> TryCheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await CheckpointAsync(cancellationToken);
        }
        catch (SqliteException ex)
        {
            LogFailed(_logger, ex.SqliteErrorCode);
            return false;
        }
    }

    private bool TakePending()
    {
        lock (_gate)
        {
            var pending = _pending;
            _pending = false;
            return pending;
        }
    }

    private void MarkIdleIfNothingPending()
    {
        lock (_gate)
        {
            if (!_pending)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource CompletedSource()
    {
        var source = new TaskCompletionSource();
        source.SetResult();
        return source;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WAL checkpoint after a deletion failed (SQLite error {Code}); retrying.")]
    private static partial void LogFailed(ILogger logger, int code);

    [LoggerMessage(Level = LogLevel.Error, Message = "WAL checkpoint after a deletion did not finish in {Attempts} attempts; deleted data may remain in the -wal file until the next one.")]
    private static partial void LogGaveUp(ILogger logger, int attempts);
}
