using System.Globalization;
using Microsoft.Data.Sqlite;
using TrustBot.Dialogs.Protocol;
using TrustBot.Storage;

namespace TrustBot.DirectLine;

/// <summary>
/// Direct Line conversations and their transcripts in SQLite. Watermarks are per-conversation
/// sequence numbers that never go backwards, even after retention trims old activities.
/// Writes are serialised so sequence numbers are gap-free within one process.
/// </summary>
public sealed class DirectLineStore : IDisposable
{
    /// <summary>Conversations (owner, next sequence number) and their activities.</summary>
    public static readonly SqliteSchema Schema = new("directline", """
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
        CREATE TABLE IF NOT EXISTS directline_erasures (
            conversation_id TEXT NOT NULL PRIMARY KEY,
            erase_at INTEGER NOT NULL
        );
        """);

    private const int PageSize = 500;

    private readonly SqliteConnectionFactory _database;
    private readonly SqliteEraser _eraser;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public DirectLineStore(SqliteConnectionFactory database, SqliteEraser eraser)
    {
        _database = database;
        _eraser = eraser;
    }

    /// <summary>The activity id Direct Line clients see: <c>{conversationId}|0000001</c>.</summary>
    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    public async Task<StoredConversation?> GetConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, user_id, created_at, updated_at FROM directline_conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadConversation(reader) : null;
    }

    /// <summary>Creates the conversation; false when it already existed (nothing changes then).</summary>
    public async Task<bool> TryCreateConversationAsync(string conversationId, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO directline_conversations (id, user_id, next_seq, created_at, updated_at)
                VALUES ($id, $user, 1, $now, $now) ON CONFLICT (id) DO NOTHING
                """;
            command.Parameters.AddWithValue("$id", conversationId);
            command.Parameters.AddWithValue("$user", userId);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Appends an activity: assigns its <c>id</c> and returns its sequence number, or null when the
    /// conversation does not exist (deleted by the person or by retention).
    /// </summary>
    public async Task<long?> AppendAsync(string conversationId, Activity activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            long sequence;
            long lastMilliseconds;
            await using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT next_seq, updated_at FROM directline_conversations WHERE id = $id";
                read.Parameters.AddWithValue("$id", conversationId);
                await using var reader = await read.ExecuteReaderAsync(cancellationToken);
                if (!await reader.ReadAsync(cancellationToken))
                {
                    return null;
                }

                sequence = reader.GetInt64(0);
                lastMilliseconds = reader.GetInt64(1);
            }

            // Web Chat orders by timestamp at millisecond precision: two replies sent in the same
            // millisecond could swap, and the last one's buttons would vanish. Keep them strictly increasing.
            var milliseconds = Math.Max(now.ToUnixTimeMilliseconds(), lastMilliseconds + 1);
            now = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
            if (activity.Timestamp is not null)
            {
                activity.Timestamp = now;
            }

            activity.Id = ActivityId(conversationId, sequence);
            await using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = """
                    INSERT INTO directline_activities (conversation_id, seq, activity_id, created_at, json)
                    VALUES ($conversation, $seq, $activityId, $now, $json);
                    UPDATE directline_conversations SET next_seq = $seq + 1, updated_at = $now WHERE id = $conversation;
                    """;
                insert.Parameters.AddWithValue("$conversation", conversationId);
                insert.Parameters.AddWithValue("$seq", sequence);
                insert.Parameters.AddWithValue("$activityId", activity.Id);
                insert.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
                insert.Parameters.AddWithValue("$json", ProtocolJson.Serialize(activity));
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return sequence;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Replaces a stored activity (the bot updated a card); false when it is not there.</summary>
    public async Task<bool> ReplaceAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        await ExecuteWriteAsync(
            "UPDATE directline_activities SET json = $json WHERE conversation_id = $conversation AND activity_id = $id",
            parameters =>
            {
                parameters.AddWithValue("$conversation", conversationId);
                parameters.AddWithValue("$id", activity.Id);
                parameters.AddWithValue("$json", ProtocolJson.Serialize(activity));
            },
            cancellationToken) == 1;

    public async Task<bool> DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        await ExecuteWriteAsync(
            "DELETE FROM directline_activities WHERE conversation_id = $conversation AND activity_id = $id",
            parameters =>
            {
                parameters.AddWithValue("$conversation", conversationId);
                parameters.AddWithValue("$id", activityId);
            },
            cancellationToken) == 1;

    /// <summary>Activities with a sequence number above <paramref name="afterSequence"/>, oldest first, at most 500.</summary>
    public async Task<ActivityPage> GetActivitiesAsync(string conversationId, long afterSequence, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT seq, json FROM directline_activities
            WHERE conversation_id = $conversation AND seq > $after ORDER BY seq LIMIT $limit
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        command.Parameters.AddWithValue("$after", afterSequence);
        command.Parameters.AddWithValue("$limit", PageSize);
        var activities = new List<Activity>();
        var watermark = afterSequence;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            watermark = reader.GetInt64(0);
            if (ProtocolJson.Deserialize<Activity>(reader.GetString(1)) is { } activity)
            {
                activities.Add(activity);
            }
        }

        return new ActivityPage(activities, watermark);
    }

    /// <summary>Everything stored for one person (their "my data" export), oldest conversation first.</summary>
    public async Task<IReadOnlyList<DirectLineConversationExport>> ExportByUserAsync(string userId, CancellationToken cancellationToken)
    {
        var conversations = new List<StoredConversation>();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, user_id, created_at, updated_at FROM directline_conversations WHERE user_id = $user ORDER BY created_at";
            command.Parameters.AddWithValue("$user", userId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                conversations.Add(ReadConversation(reader));
            }
        }

        var export = new List<DirectLineConversationExport>();
        foreach (var conversation in conversations)
        {
            var activities = new List<Activity>();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT json FROM directline_activities WHERE conversation_id = $conversation ORDER BY seq";
            command.Parameters.AddWithValue("$conversation", conversation.Id);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (ProtocolJson.Deserialize<Activity>(reader.GetString(0)) is { } activity)
                {
                    activities.Add(activity);
                }
            }

            export.Add(new DirectLineConversationExport(conversation.Id, conversation.CreatedAt, activities));
        }

        return export;
    }

    public async Task<IReadOnlyList<string>> GetConversationIdsByUserAsync(string userId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM directline_conversations WHERE user_id = $user";
        command.Parameters.AddWithValue("$user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Deletes every conversation of one person with its transcript; returns how many conversations went.</summary>
    public async Task<int> DeleteByUserAsync(string userId, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE user_id = $user);
                DELETE FROM directline_conversations WHERE user_id = $user;
                SELECT changes();
                """;
            command.Parameters.AddWithValue("$user", userId);
            var deleted = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await transaction.CommitAsync(cancellationToken);
            _eraser.Request();
            return deleted;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// Deletes everything of one person except what the deletion's own confirmation needs to reach them:
    /// every conversation but the latest goes now, with its transcript; in the latest only the bot's
    /// activities after the person's last message (the confirmation) stay, and the conversation itself is
    /// erased at <paramref name="eraseAt"/> (<see cref="EraseDueAsync"/>). Returns the conversations deleted now.
    /// </summary>
    public async Task<IReadOnlyList<string>> EraseUserAsync(string userId, DateTimeOffset eraseAt, CancellationToken cancellationToken)
    {
        var ids = await EraseInTransactionAsync(
            "SELECT id FROM directline_conversations WHERE user_id = $user ORDER BY updated_at DESC, created_at DESC",
            """
            DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE user_id = $user AND id <> $latest);
            DELETE FROM directline_conversations WHERE user_id = $user AND id <> $latest;
            DELETE FROM directline_activities WHERE conversation_id = $latest AND seq <= coalesce(
                (SELECT max(seq) FROM directline_activities WHERE conversation_id = $latest AND json_extract(json, '$.from.id') = $user), 0);
            INSERT INTO directline_erasures (conversation_id, erase_at) VALUES ($latest, $eraseAt)
                ON CONFLICT (conversation_id) DO UPDATE SET erase_at = min(erase_at, excluded.erase_at);
            """,
            parameters =>
            {
                parameters.AddWithValue("$user", userId);
                parameters.AddWithValue("$eraseAt", eraseAt.ToUnixTimeMilliseconds());
            },
            cancellationToken);
        return ids.Count == 0 ? [] : ids[1..];
    }

    /// <summary>Erases the conversations whose erasure is due (transcript, conversation, erasure mark); returns their ids.</summary>
    public async Task<IReadOnlyList<string>> EraseDueAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await EraseInTransactionAsync(
            "SELECT conversation_id FROM directline_erasures WHERE erase_at <= $now",
            """
            DELETE FROM directline_activities WHERE conversation_id IN (SELECT conversation_id FROM directline_erasures WHERE erase_at <= $now);
            DELETE FROM directline_conversations WHERE id IN (SELECT conversation_id FROM directline_erasures WHERE erase_at <= $now);
            DELETE FROM directline_erasures WHERE erase_at <= $now;
            """,
            parameters => parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds()),
            cancellationToken);

    /// <summary>
    /// Retention: drops activities older than <paramref name="cutoff"/>, conversations idle since
    /// before it, and all but the newest <paramref name="maxActivitiesPerConversation"/> of each conversation.
    /// </summary>
    public async Task<RetentionResult> CleanupAsync(DateTimeOffset cutoff, int maxActivitiesPerConversation, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$max", maxActivitiesPerConversation);
            command.CommandText = """
                DELETE FROM directline_activities WHERE created_at < $cutoff
                   OR conversation_id IN (SELECT id FROM directline_conversations WHERE updated_at < $cutoff);
                SELECT changes();
                """;
            var activities = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            command.CommandText = """
                DELETE FROM directline_activities WHERE rowid IN (
                    SELECT a.rowid FROM directline_activities a
                    JOIN directline_conversations c ON c.id = a.conversation_id
                    WHERE a.seq < c.next_seq - $max);
                SELECT changes();
                """;
            activities += Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            command.CommandText = "DELETE FROM directline_conversations WHERE updated_at < $cutoff; SELECT changes();";
            var conversations = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            await transaction.CommitAsync(cancellationToken);
            if (activities > 0 || conversations > 0)
            {
                _eraser.Request();
            }

            return new RetentionResult(conversations, activities);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>
    /// The watermark a client may hold: <paramref name="watermark"/>, but never past the conversation's
    /// last sequence number, so a watermark from the future cannot hide activities stored later.
    /// </summary>
    public async Task<long> ClampWatermarkAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        if (watermark <= 0)
        {
            return watermark;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT next_seq - 1 FROM directline_conversations WHERE id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync(cancellationToken) is long last ? Math.Min(watermark, last) : watermark;
    }

    public void Dispose() => _writeLock.Dispose();

    /// <summary>
    /// Under the write lock, in one transaction: reads the conversation ids <paramref name="select"/> finds and,
    /// when there are any, runs <paramref name="erase"/> (with <c>$latest</c> = the first id) and asks for the
    /// files to be erased too. Returns the ids found.
    /// </summary>
    private async Task<List<string>> EraseInTransactionAsync(string select, string erase, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            bind(command.Parameters);
            command.CommandText = select;
            var ids = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    ids.Add(reader.GetString(0));
                }
            }

            if (ids.Count == 0)
            {
                return [];
            }

            command.Parameters.AddWithValue("$latest", ids[0]);
            command.CommandText = erase;
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            _eraser.Request();
            return ids;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>One statement under the write lock; returns the rows it changed.</summary>
    private async Task<int> ExecuteWriteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static StoredConversation ReadConversation(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)));
}
