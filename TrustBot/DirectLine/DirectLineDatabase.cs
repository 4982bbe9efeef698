using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using TrustBot.Storage;

namespace TrustBot.DirectLine;

/// <summary>
/// Opens connections to the bot's SQLite database (the same file as the bot state) and creates the
/// Direct Line tables on first use. With the Memory provider a private in-memory database is kept
/// alive for the life of the app.
/// </summary>
public sealed class DirectLineDatabase : IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS directline_conversations (
            id TEXT NOT NULL PRIMARY KEY,
            user_id TEXT NOT NULL,
            next_seq INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_directline_conversations_user ON directline_conversations (user_id);
        CREATE INDEX IF NOT EXISTS ix_directline_conversations_updated ON directline_conversations (updated_at);
        CREATE TABLE IF NOT EXISTS directline_activities (
            conversation_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            activity_id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (conversation_id, seq)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS ix_directline_activities_id ON directline_activities (activity_id);
        CREATE INDEX IF NOT EXISTS ix_directline_activities_created ON directline_activities (created_at);
        """;

    private readonly string _connectionString;
    private readonly SqliteConnection? _memoryKeepAlive;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaReady;

    public DirectLineDatabase(IOptions<StorageOptions> options)
    {
        var storage = options.Value;
        if (string.Equals(storage.Provider, "Memory", StringComparison.OrdinalIgnoreCase))
        {
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = $"trustbot-directline-{Guid.NewGuid():N}",
                Mode = SqliteOpenMode.Memory,
                Cache = SqliteCacheMode.Shared,
            }.ToString();
            _memoryKeepAlive = new SqliteConnection(_connectionString);
            _memoryKeepAlive.Open();
        }
        else
        {
            var path = storage.DatabasePath;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Cache = SqliteCacheMode.Private,
                DefaultTimeout = 10,
            }.ToString();
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var pragma = connection.CreateCommand())
            {
                // WAL lets the bot-state store and this one read while the other writes.
                pragma.CommandText = _memoryKeepAlive is null
                    ? "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;"
                    : "PRAGMA busy_timeout=10000;";
                await pragma.ExecuteNonQueryAsync(cancellationToken);
            }

            await EnsureSchemaAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public void Dispose()
    {
        _memoryKeepAlive?.Dispose();
        _schemaLock.Dispose();
    }

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _schemaReady))
        {
            return;
        }

        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = Schema;
                await command.ExecuteNonQueryAsync(cancellationToken);
                Volatile.Write(ref _schemaReady, true);
            }
        }
        finally
        {
            _schemaLock.Release();
        }
    }
}
