using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Scheduling;

/// <summary>
/// The durable outbox (table <c>checkin_outbox</c>): every due prompt is written here before it is sent,
/// so a prompt that could not be delivered survives a restart and is retried, and an occurrence that
/// fires twice (a recovered firing after a crash) is inserted, and so sent, only once.
/// </summary>
public sealed class CheckInOutbox(SchedulingDatabase database)
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Dropped = "dropped";

    /// <summary>The key of one occurrence: what it is, for whom, and the instant it was due.</summary>
    public static string KeyFor(PromptKind kind, string channelId, string userId, DateTimeOffset dueAt, string? discriminator = null)
    {
        var text = string.Join('\n', kind.ToString(), channelId, userId, dueAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), discriminator ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Adds the occurrence; false when it was already there (it is never sent twice).</summary>
    public async Task<bool> TryAddAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO checkin_outbox (idempotency_key, channel_id, user_id, conversation_id, kind, due_at, created_at, status, attempts, next_attempt_at)
            VALUES ($key, $channel, $user, $conversation, $kind, $due, $created, 'pending', 0, $created);
            """;
        command.Parameters.AddWithValue("$key", entry.IdempotencyKey);
        command.Parameters.AddWithValue("$channel", entry.ChannelId);
        command.Parameters.AddWithValue("$user", entry.UserId);
        command.Parameters.AddWithValue("$conversation", (object?)entry.ConversationId ?? DBNull.Value);
        command.Parameters.AddWithValue("$kind", entry.Kind.ToString());
        command.Parameters.AddWithValue("$due", Format(entry.DueAt));
        command.Parameters.AddWithValue("$created", Format(entry.CreatedAt));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Pending entries whose next attempt is due, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT idempotency_key, channel_id, user_id, conversation_id, kind, due_at, attempts, created_at FROM checkin_outbox
            WHERE status = 'pending' AND next_attempt_at <= $now ORDER BY next_attempt_at LIMIT $limit;
            """;
        command.Parameters.AddWithValue("$now", Format(now));
        command.Parameters.AddWithValue("$limit", limit);
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public Task MarkSentAsync(string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE checkin_outbox SET status = 'sent', sent_at = $now, attempts = attempts + 1, last_error = NULL WHERE idempotency_key = $key;", key, now, null, cancellationToken);

    public Task MarkRetryAsync(string key, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE checkin_outbox SET attempts = attempts + 1, next_attempt_at = $now, last_error = $reason WHERE idempotency_key = $key;", key, nextAttemptAt, reason, cancellationToken);

    public Task MarkDroppedAsync(string key, DateTimeOffset now, string reason, CancellationToken cancellationToken) =>
        UpdateAsync("UPDATE checkin_outbox SET status = 'dropped', attempts = attempts + 1, next_attempt_at = $now, last_error = $reason WHERE idempotency_key = $key;", key, now, reason, cancellationToken);

    /// <summary>The status of one occurrence, or null when there is none.</summary>
    public async Task<string?> StatusAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM checkin_outbox WHERE idempotency_key = $key;";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT kind, due_at, status, attempts, sent_at FROM checkin_outbox
            WHERE channel_id = $channel AND user_id = $user ORDER BY due_at;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        var rows = new JsonArray();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new JsonObject
            {
                ["kind"] = reader.GetString(0),
                ["dueAt"] = reader.GetString(1),
                ["status"] = reader.GetString(2),
                ["attempts"] = reader.GetInt32(3),
                ["sentAt"] = reader.IsDBNull(4) ? null : reader.GetString(4),
            });
        }

        return rows.Count == 0 ? null : rows;
    }

    public async Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM checkin_outbox WHERE channel_id = $channel AND user_id = $user;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static async Task<IReadOnlyList<OutboxEntry>> ReadEntriesAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var entries = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new OutboxEntry(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                Enum.Parse<PromptKind>(reader.GetString(4)),
                Parse(reader.GetString(5)),
                reader.GetInt32(6),
                Parse(reader.GetString(7))));
        }

        return entries;
    }

    private async Task UpdateAsync(string sql, string key, DateTimeOffset at, string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$now", Format(at));
        if (reason is not null)
        {
            command.Parameters.AddWithValue("$reason", reason);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
