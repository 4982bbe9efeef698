namespace TrustBot.Storage;

/// <summary>A store's table definitions: see <see cref="ISqliteSchema"/>.</summary>
public sealed record SqliteSchema(string Name, string Sql) : ISqliteSchema;
