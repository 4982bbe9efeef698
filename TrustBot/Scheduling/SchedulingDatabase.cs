using Microsoft.Data.Sqlite;
using TrustBot.Storage;

namespace TrustBot.Scheduling;

/// <summary>
/// The scheduling tables (schedules, outbox, follow-up outcomes) in the bot's database, reached through
/// the shared <see cref="SqliteConnectionFactory"/> (which creates <see cref="Schema"/> with the others).
/// </summary>
public sealed class SchedulingDatabase(SqliteConnectionFactory connections)
{
    /// <summary>Registered with the shared helper, which creates it once per process.</summary>
    public static readonly SqliteSchema Schema = new("scheduling", """
        CREATE TABLE IF NOT EXISTS checkin_schedules (
            channel_id TEXT NOT NULL, user_id TEXT NOT NULL, json TEXT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (channel_id, user_id));
        CREATE TABLE IF NOT EXISTS checkin_outbox (
            idempotency_key TEXT PRIMARY KEY, channel_id TEXT NOT NULL, user_id TEXT NOT NULL, conversation_id TEXT,
            kind TEXT NOT NULL, due_at TEXT NOT NULL, created_at TEXT NOT NULL, status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL, sent_at TEXT, last_error TEXT);
        CREATE INDEX IF NOT EXISTS ix_checkin_outbox_pending ON checkin_outbox (status, next_attempt_at);
        CREATE INDEX IF NOT EXISTS ix_checkin_outbox_person ON checkin_outbox (channel_id, user_id);
        CREATE TABLE IF NOT EXISTS checkin_followups (
            id INTEGER PRIMARY KEY AUTOINCREMENT, channel_id TEXT NOT NULL, user_id TEXT NOT NULL, check_in_id TEXT NOT NULL,
            result TEXT NOT NULL, noticed TEXT, trust INTEGER, recorded_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_checkin_followups_person ON checkin_followups (channel_id, user_id);
        """);

    /// <summary>Every scheduling store opens its connections here; the schema exists by then (see <see cref="Schema"/>).</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => connections.OpenAsync(cancellationToken);
}
