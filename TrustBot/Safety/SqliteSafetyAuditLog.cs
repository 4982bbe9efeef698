using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Storage;

namespace TrustBot.Safety;

/// <summary>The safety audit trail in the bot's SQLite database (table <c>safety_audit</c>). Holds no message text.</summary>
public sealed class SqliteSafetyAuditLog(SqliteConnectionFactory connections, SqliteEraser eraser) : ISafetyAuditLog
{
    /// <summary>The <c>safety_audit</c> table: one row per safety event, never the message text.</summary>
    public static readonly SqliteSchema Schema = new("safety_audit", """
        CREATE TABLE IF NOT EXISTS safety_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            user_id TEXT NOT NULL,
            event TEXT NOT NULL,
            decision TEXT NULL,
            category TEXT NULL,
            rule_id TEXT NULL,
            offered TEXT NULL,
            choice TEXT NULL);
        CREATE INDEX IF NOT EXISTS safety_audit_user ON safety_audit (channel_id, user_id);
        """);

    public string Name => "safetyAudit";

    public async Task RecordAsync(SafetyAuditRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO safety_audit (at, channel_id, user_id, event, decision, category, rule_id, offered, choice)
            VALUES ($at, $channel, $user, $event, $decision, $category, $rule, $offered, $choice);
            """;
        command.Parameters.AddWithValue("$at", record.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$channel", record.ChannelId);
        command.Parameters.AddWithValue("$user", record.UserId);
        command.Parameters.AddWithValue("$event", record.Event);
        command.Parameters.AddWithValue("$decision", (object?)record.Decision ?? DBNull.Value);
        command.Parameters.AddWithValue("$category", (object?)record.Category ?? DBNull.Value);
        command.Parameters.AddWithValue("$rule", (object?)record.RuleId ?? DBNull.Value);
        command.Parameters.AddWithValue("$offered", (object?)record.Offered ?? DBNull.Value);
        command.Parameters.AddWithValue("$choice", (object?)record.Choice ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SafetyAuditRecord>> ReadAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT at, channel_id, user_id, event, decision, category, rule_id, offered, choice
            FROM safety_audit WHERE channel_id = $channel AND user_id = $user ORDER BY id;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        var records = new List<SafetyAuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new SafetyAuditRecord(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8)));
        }

        return records;
    }

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var records = await ReadAsync(channelId, userId, cancellationToken);
        return records.Count == 0 ? null : JsonSerializer.SerializeToNode(records, ProtocolJson.Options);
    }

    public async Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM safety_audit WHERE channel_id = $channel AND user_id = $user;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
        eraser.Request();
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => connections.OpenAsync(cancellationToken);
}
