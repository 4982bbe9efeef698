using Microsoft.Data.Sqlite;
using TrustBot.Storage;

namespace TrustBot.Handoff;

/// <summary>
/// The one seam between the handoff store and the database: opens a connection with the handoff tables
/// created. When the shared helper (branch host: <c>SqliteSchema</c> + <c>AddSqliteSchema</c>) is on main,
/// <see cref="Schema"/> moves there and this class shrinks to <c>factory.OpenAsync</c>.
/// </summary>
public sealed class HandoffDatabase(SqliteConnectionFactory connections) : IDisposable
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS handoff_requests (
            id TEXT PRIMARY KEY,
            channel_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            status TEXT NOT NULL,
            document TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_handoff_requests_user ON handoff_requests (channel_id, user_id);
        CREATE INDEX IF NOT EXISTS ix_handoff_requests_status ON handoff_requests (status);
        CREATE TABLE IF NOT EXISTS handoff_messages (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            request_id TEXT NOT NULL,
            at TEXT NOT NULL,
            speaker TEXT NOT NULL,
            text TEXT NOT NULL,
            crisis_alert INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_handoff_messages_request ON handoff_messages (request_id, seq);
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

            return connection;
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
    }

    public void Dispose() => _schemaLock.Dispose();
}
