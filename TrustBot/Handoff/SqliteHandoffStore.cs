using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.Storage;

namespace TrustBot.Handoff;

/// <summary>
/// Handoff requests and relayed messages in the bot's SQLite database, so a restart mid-handoff loses
/// nothing. The request is one JSON document; id, person and status are columns for the queries and the
/// compare-and-set of status changes.
/// </summary>
public sealed class SqliteHandoffStore(SqliteConnectionFactory connections) : IHandoffStore
{
    public static readonly SqliteSchema Schema = new("handoff", """
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
        """);

    public string Name => HandoffPersonalData.SectionName;

    public async Task AddAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO handoff_requests (id, channel_id, user_id, status, document) VALUES ($id, $channel, $user, $status, $document);";
        command.Parameters.AddWithValue("$id", request.Id);
        command.Parameters.AddWithValue("$channel", request.ChannelId);
        command.Parameters.AddWithValue("$user", request.UserId);
        command.Parameters.AddWithValue("$status", request.Status.ToString());
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(request, ProtocolJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<HandoffRequest?> GetAsync(string requestId, CancellationToken cancellationToken) =>
        FirstOrNull(await QueryAsync("SELECT document FROM handoff_requests WHERE id = $a;", requestId, null, cancellationToken));

    public async Task<HandoffRequest?> FindOpenAsync(string channelId, string userId, CancellationToken cancellationToken) =>
        FirstOrNull(await QueryAsync("SELECT document FROM handoff_requests WHERE channel_id = $a AND user_id = $b AND status IN ('Waiting', 'Live');", channelId, userId, cancellationToken));

    private static HandoffRequest? FirstOrNull(IReadOnlyList<HandoffRequest> requests) => requests.Count == 0 ? null : requests[0];

    public Task<IReadOnlyList<HandoffRequest>> ListOpenAsync(CancellationToken cancellationToken) =>
        QueryAsync("SELECT document FROM handoff_requests WHERE status IN ('Waiting', 'Live');", null, null, cancellationToken);

    public async Task<bool> TryUpdateAsync(HandoffRequest updated, HandoffStatus expected, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE handoff_requests SET status = $status, document = $document WHERE id = $id AND status = $expected;";
        command.Parameters.AddWithValue("$id", updated.Id);
        command.Parameters.AddWithValue("$status", updated.Status.ToString());
        command.Parameters.AddWithValue("$expected", expected.ToString());
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(updated, ProtocolJson.Options));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<HandoffMessage> AddMessageAsync(string requestId, DateTimeOffset at, HandoffSpeaker speaker, string text, bool crisisAlert, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO handoff_messages (request_id, at, speaker, text, crisis_alert) VALUES ($request, $at, $speaker, $text, $alert);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$request", requestId);
        command.Parameters.AddWithValue("$at", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$speaker", speaker.ToString());
        command.Parameters.AddWithValue("$text", text);
        command.Parameters.AddWithValue("$alert", crisisAlert ? 1 : 0);
        var sequence = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new HandoffMessage(sequence, requestId, at, speaker, text, crisisAlert);
    }

    public async Task<IReadOnlyList<HandoffMessage>> ListMessagesAsync(string requestId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await ReadMessagesAsync(connection, requestId, afterSequence, cancellationToken);
    }

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var requests = (await QueryAsync("SELECT document FROM handoff_requests WHERE channel_id = $a AND user_id = $b;", channelId, userId, cancellationToken))
            .OrderBy(r => r.RequestedAt).ToList();
        var messages = new Dictionary<string, IReadOnlyList<HandoffMessage>>(StringComparer.Ordinal);
        await using var connection = await connections.OpenAsync(cancellationToken);
        foreach (var request in requests)
        {
            messages[request.Id] = await ReadMessagesAsync(connection, request.Id, 0, cancellationToken);
        }

        return HandoffPersonalData.Export(requests, r => messages[r.Id]);
    }

    public async Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            DELETE FROM handoff_messages WHERE request_id IN (SELECT id FROM handoff_requests WHERE channel_id = $channel AND user_id = $user);
            DELETE FROM handoff_requests WHERE channel_id = $channel AND user_id = $user;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<HandoffRequest>> QueryAsync(string sql, string? a, string? b, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (a is not null)
        {
            command.Parameters.AddWithValue("$a", a);
        }

        if (b is not null)
        {
            command.Parameters.AddWithValue("$b", b);
        }

        var requests = new List<HandoffRequest>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            requests.Add(JsonSerializer.Deserialize<HandoffRequest>(reader.GetString(0), ProtocolJson.Options)!);
        }

        return requests;
    }

    private static async Task<IReadOnlyList<HandoffMessage>> ReadMessagesAsync(SqliteConnection connection, string requestId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, at, speaker, text, crisis_alert FROM handoff_messages WHERE request_id = $request AND seq > $after ORDER BY seq;";
        command.Parameters.AddWithValue("$request", requestId);
        command.Parameters.AddWithValue("$after", afterSequence);
        var messages = new List<HandoffMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new HandoffMessage(
                reader.GetInt64(0),
                requestId,
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                Enum.Parse<HandoffSpeaker>(reader.GetString(2)),
                reader.GetString(3),
                reader.GetInt64(4) == 1));
        }

        return messages;
    }
}
