using Microsoft.Data.Sqlite;
using TrustBot.Storage;

namespace TrustBot.Scheduling;

/// <summary>
/// The scheduling tables (schedules, outbox, follow-up outcomes) in the bot's database. The one seam for
/// connection creation: switching to the shared helper's registered schemas is a change here only.
/// </summary>
public sealed class SchedulingDatabase(SqliteConnectionFactory connections) : IDisposable
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS checkin_schedules (
            channel_id TEXT NOT NULL, user_id TEXT NOT NULL, json TEXT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (channel_id, user_id));
        CREATE TABLE IF NOT EXISTS checkin_outbox (
            idempotency_key TEXT PRIMARY KEY, channel_id TEXT NOT NULL, user_id TEXT NOT NULL, conversation_id TEXT,
            kind TEXT NOT NULL, due_at TEXT NOT NULL, created_at TEXT NOT NULL, status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, sent_at TEXT, last_error TEXT);
        CREATE INDEX IF NOT EXISTS ix_checkin_outbox_pending ON checkin_outbox (status, next_attempt_at);
        CREATE INDEX IF NOT EXISTS ix_checkin_outbox_person ON checkin_outbox (channel_id, user_id);
        CREATE TABLE IF NOT EXISTS checkin_followups (
            id INTEGER PRIMARY KEY AUTOINCREMENT, channel_id TEXT NOT NULL, user_id TEXT NOT NULL, check_in_id TEXT NOT NULL,
            result TEXT NOT NULL, noticed TEXT, trust INTEGER, recorded_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_checkin_followups_person ON checkin_followups (channel_id, user_id);
        """;

    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken);
        if (_schemaReady)
        {
            return connection;
        }

        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Schema;
                await command.ExecuteNonQueryAsync(cancellationToken);
                _schemaReady = true;
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        finally
        {
            _schemaLock.Release();
        }

        return connection;
    }

    public void Dispose() => _schemaLock.Dispose();
}
