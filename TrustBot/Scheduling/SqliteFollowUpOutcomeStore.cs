using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Scheduling;

/// <summary>Follow-up outcomes (table <c>checkin_followups</c>), keyed by the check-in they follow up.</summary>
public sealed class SqliteFollowUpOutcomeStore(SchedulingDatabase database) : IFollowUpOutcomeStore
{
    public string Name => "followUps";

    public async Task RecordAsync(FollowUpOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO checkin_followups (channel_id, user_id, check_in_id, result, noticed, trust, recorded_at)
            VALUES ($channel, $user, $checkIn, $result, $noticed, $trust, $at);
            """;
        command.Parameters.AddWithValue("$channel", outcome.ChannelId);
        command.Parameters.AddWithValue("$user", outcome.UserId);
        command.Parameters.AddWithValue("$checkIn", outcome.CheckInId);
        command.Parameters.AddWithValue("$result", outcome.Result);
        command.Parameters.AddWithValue("$noticed", (object?)outcome.Noticed ?? DBNull.Value);
        command.Parameters.AddWithValue("$trust", (object?)outcome.Trust ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", outcome.RecordedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<FollowUpOutcome>> ReadAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT check_in_id, result, noticed, trust, recorded_at FROM checkin_followups
            WHERE channel_id = $channel AND user_id = $user ORDER BY id;
            """;
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        var outcomes = new List<FollowUpOutcome>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            outcomes.Add(new FollowUpOutcome(
                channelId,
                userId,
                reader.GetString(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)));
        }

        return outcomes;
    }

    public async Task<JsonNode?> ExportAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        var outcomes = await ReadAsync(channelId, userId, cancellationToken);
        return outcomes.Count == 0 ? null : JsonSerializer.SerializeToNode(outcomes, ProtocolJson.Options);
    }

    public async Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM checkin_followups WHERE channel_id = $channel AND user_id = $user;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
