using System.Globalization;
using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.Engine;

namespace TrustBot.Storage;

/// <summary>
/// <see cref="IStorage"/> in the SQLite database file: table <c>items</c> (key, etag, json, updated_at).
/// A multi-key write is one immediate transaction, so the ETag checks and the writes see the same data
/// and either all keys are written or none.
/// </summary>
public sealed class SqliteStorage : IStorage
{
    /// <summary>The <c>items</c> table: one JSON document per key, with its ETag.</summary>
    public static readonly SqliteSchema Schema = new("items", """
        CREATE TABLE IF NOT EXISTS items (
            key TEXT NOT NULL PRIMARY KEY,
            etag TEXT NOT NULL,
            json TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """);

    private readonly SqliteConnectionFactory _connections;
    private readonly SqliteEraser _eraser;
    private readonly TimeProvider _time;

    public SqliteStorage(SqliteConnectionFactory connections, SqliteEraser eraser, TimeProvider time)
    {
        _connections = connections;
        _eraser = eraser;
        _time = time;
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag FROM items WHERE key = $key;";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys.Distinct(StringComparer.Ordinal))
        {
            keyParameter.Value = key;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                result[key] = new StoreItem(reader.GetString(0), reader.GetString(1));
            }
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return etags;
        }

        await using var connection = await OpenAsync(cancellationToken);

        // BEGIN IMMEDIATE (the default for non-deferred transactions) takes the write lock up front,
        // so no other writer can slip in between the ETag check and the write.
        await using var transaction = connection.BeginTransaction(deferred: false);

        await using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT etag FROM items WHERE key = $key;";
        var selectKey = select.Parameters.Add("$key", SqliteType.Text);
        foreach (var (key, item) in changes)
        {
            selectKey.Value = key;
            var stored = await select.ExecuteScalarAsync(cancellationToken) as string;
            if (!ETagRules.Allows(item.ETag, stored))
            {
                throw new StorageConflictException(key);
            }
        }

        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = """
            INSERT INTO items (key, etag, json, updated_at) VALUES ($key, $etag, $json, $updated)
            ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, json = excluded.json, updated_at = excluded.updated_at;
            """;
        var key_ = upsert.Parameters.Add("$key", SqliteType.Text);
        var etag_ = upsert.Parameters.Add("$etag", SqliteType.Text);
        var json_ = upsert.Parameters.Add("$json", SqliteType.Text);
        upsert.Parameters.AddWithValue("$updated", _time.GetUtcNow().ToUnixTimeMilliseconds());
        foreach (var (key, item) in changes)
        {
            var etag = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
            key_.Value = key;
            etag_.Value = etag;
            json_.Value = item.Json;
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            etags[key] = etag;
        }

        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "DELETE FROM items WHERE key = $key;";
        var keyParameter = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // Deleted state is a person's data: erase it from the -wal file too.
        _eraser.Request();
    }

    public async Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        // Keys sharing a prefix are contiguous in SQLite's binary (code point) order starting at the
        // prefix itself, so a range scan on the primary key plus an ordinal check is exact: no LIKE
        // wildcards or case folding to get wrong.
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM items WHERE key >= $prefix ORDER BY key;";
        command.Parameters.AddWithValue("$prefix", prefix);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = reader.GetString(0);
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                break;
            }

            keys.Add(key);
        }

        return keys;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _connections.OpenAsync(cancellationToken);
}
