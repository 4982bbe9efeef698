namespace TrustBot.Storage;

/// <summary>
/// Tables one store keeps in the bot's SQLite database. Register one per store
/// (<see cref="StorageServiceCollectionExtensions.AddSqliteSchema"/>); <see cref="SqliteConnectionFactory"/>
/// creates every registered schema once, before the first connection is handed out.
/// </summary>
public interface ISqliteSchema
{
    /// <summary>Unique name of the store's schema (e.g. <c>directline</c>); a name registered twice must have the same SQL.</summary>
    string Name { get; }

    /// <summary>Idempotent DDL (<c>CREATE TABLE IF NOT EXISTS ...</c>), run at every start-up.</summary>
    string Sql { get; }
}
