using System.Globalization;
using System.Text.Json;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Scheduling;

namespace TrustBot.Scheduling;

/// <summary>Schedules, one row per person (table <c>checkin_schedules</c>).</summary>
public sealed class SqliteCheckInScheduleStore(SchedulingDatabase database)
{
    public async Task<CheckInSchedule?> GetAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM checkin_schedules WHERE channel_id = $channel AND user_id = $user;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        return await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<CheckInSchedule>(json, ProtocolJson.Options)
            : null;
    }

    public async Task SaveAsync(CheckInSchedule schedule, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO checkin_schedules (channel_id, user_id, json, updated_at) VALUES ($channel, $user, $json, $at)
            ON CONFLICT (channel_id, user_id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at;
            """;
        command.Parameters.AddWithValue("$channel", schedule.ChannelId);
        command.Parameters.AddWithValue("$user", schedule.UserId);
        command.Parameters.AddWithValue("$json", JsonSerializer.Serialize(schedule, ProtocolJson.Options));
        command.Parameters.AddWithValue("$at", schedule.UpdatedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM checkin_schedules WHERE channel_id = $channel AND user_id = $user;";
        command.Parameters.AddWithValue("$channel", channelId);
        command.Parameters.AddWithValue("$user", userId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
