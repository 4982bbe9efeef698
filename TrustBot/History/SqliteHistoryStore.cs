using System.Globalization;
using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.History;
using TrustBot.Storage;

namespace TrustBot.History;

/// <summary>
/// The append-only <c>person_history</c> table: one row per finished check-in or reflection. Plain SQL
/// (TEXT columns, ISO-8601 UTC times that sort as text, ON CONFLICT DO NOTHING) that PostgreSQL runs as is.
/// </summary>
public sealed class SqliteHistoryStore(SqliteConnectionFactory connections) : IHistoryStore
{
    public static readonly SqliteSchema Schema = new("person_history", """
        CREATE TABLE IF NOT EXISTS person_history (
            channel_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            json TEXT NOT NULL,
            PRIMARY KEY (channel_id, user_id, kind, entry_id));
        CREATE INDEX IF NOT EXISTS ix_person_history_time ON person_history (channel_id, user_id, kind, recorded_at);
        """);

    public async Task AppendAsync(string channelId, string userId, IReadOnlyList<HistoryEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO person_history (channel_id, user_id, kind, entry_id, recorded_at, json)
            VALUES ($channel, $user, $kind, $id, $at, $json)
            ON CONFLICT (channel_id, user_id, kind, entry_id) DO NOTHING;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        var kind = command.Parameters.Add("$kind", SqliteType.Text);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        var at = command.Parameters.Add("$at", SqliteType.Text);
        var json = command.Parameters.Add("$json", SqliteType.Text);
        foreach (var entry in entries)
        {
            kind.Value = entry.Kind;
            id.Value = entry.Id;
            at.Value = Format(entry.RecordedAt);
            json.Value = entry.Json;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<HistoryEntry>> ReadAsync(string channelId, string userId, string kind, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT kind, entry_id, recorded_at, json FROM person_history
            WHERE channel_id = $channel AND user_id = $user AND kind = $kind AND recorded_at >= $since
            ORDER BY recorded_at, entry_id;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$since", Format(since));
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<HistoryEntry?> FindAsync(string channelId, string userId, string kind, string id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT kind, entry_id, recorded_at, json FROM person_history
            WHERE channel_id = $channel AND user_id = $user AND kind = $kind AND entry_id = $id;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$id", id);
        var entries = await ReadEntriesAsync(command, cancellationToken);
        return entries.Count == 0 ? null : entries[0];
    }

    public async Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM person_history WHERE channel_id = $channel AND user_id = $user;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<HistoryEntry>> ReadEntriesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<HistoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new HistoryEntry(
                reader.GetString(0),
                reader.GetString(1),
                DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(3)));
        }

        return entries;
    }

    // Fixed-width UTC ("O" always writes seven fraction digits and Z), so text order is time order.
    private static string Format(DateTimeOffset time) =>
        (time == DateTimeOffset.MinValue ? time : time.ToUniversalTime()).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}
