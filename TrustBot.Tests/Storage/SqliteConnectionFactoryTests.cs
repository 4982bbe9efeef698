using Microsoft.Data.Sqlite;
using TrustBot.Storage;

namespace TrustBot.Tests.Storage;

/// <summary>The one SQLite helper: schemas created once, the configured busy timeout, and the in-memory mode.</summary>
public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private static readonly SqliteSchema Notes = new("notes", "CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
    private static readonly SqliteSchema Tags = new("tags", "CREATE TABLE IF NOT EXISTS tags (name TEXT NOT NULL PRIMARY KEY);");

    private readonly TempSqliteDatabase _database = new();
    private readonly List<SqliteConnectionFactory> _factories = [];

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        _database.Dispose();
    }

    [Fact]
    public async Task File_EveryRegisteredSchemaExistsOnTheFirstConnection()
    {
        var factory = Create(new StorageOptions { DataFolder = _database.Folder }, Notes, Tags, Notes);

        await using var connection = await factory.OpenAsync(CancellationToken.None);

        Assert.Equal(["notes", "tags"], await TablesAsync(connection));
        Assert.Equal(["notes", "tags"], factory.SchemaNames);
        Assert.True(File.Exists(factory.DatabasePath));
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
    }

    [Fact]
    public async Task Connections_UseTheConfiguredBusyTimeout()
    {
        var factory = Create(new StorageOptions { DataFolder = _database.Folder, BusyTimeoutMilliseconds = 1234 }, Notes);

        await using var connection = await factory.OpenAsync(CancellationToken.None);

        Assert.Equal(1234L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task Restart_KeepsTheDataAndCreatesTablesAddedSince()
    {
        var first = Create(new StorageOptions { DataFolder = _database.Folder }, Notes);
        await using (var connection = await first.OpenAsync(CancellationToken.None))
        {
            await ExecuteAsync(connection, "INSERT INTO notes (body) VALUES ('kept');");
        }

        var restarted = Create(new StorageOptions { DataFolder = _database.Folder }, Notes, Tags);
        await using var reopened = await restarted.OpenAsync(CancellationToken.None);

        Assert.Equal("kept", await ScalarAsync(reopened, "SELECT body FROM notes;"));
        Assert.Equal(["notes", "tags"], await TablesAsync(reopened));
    }

    [Fact]
    public async Task Memory_SharesOneDatabaseBetweenConnectionsAndWritesNoFile()
    {
        var factory = Create(new StorageOptions { Provider = "Memory", DataFolder = _database.Folder }, Notes);

        await using (var writer = await factory.OpenAsync(CancellationToken.None))
        {
            await ExecuteAsync(writer, "INSERT INTO notes (body) VALUES ('in memory');");
        }

        await using var reader = await factory.OpenAsync(CancellationToken.None);

        Assert.Equal("in memory", await ScalarAsync(reader, "SELECT body FROM notes;"));
        Assert.Null(factory.DatabasePath);
        Assert.False(Directory.Exists(_database.Folder));
    }

    [Fact]
    public async Task Memory_TwoInstancesNeverSeeEachOthersData()
    {
        var one = Create(new StorageOptions { Provider = "Memory" }, Notes);
        var other = Create(new StorageOptions { Provider = "Memory" }, Notes);
        await using (var connection = await one.OpenAsync(CancellationToken.None))
        {
            await ExecuteAsync(connection, "INSERT INTO notes (body) VALUES ('one');");
        }

        await using var otherConnection = await other.OpenAsync(CancellationToken.None);

        Assert.Equal(0L, await ScalarAsync(otherConnection, "SELECT count(*) FROM notes;"));
    }

    [Fact]
    public async Task Memory_ConcurrentWriterWaitsForTheOtherInsteadOfFailing()
    {
        var factory = Create(new StorageOptions { Provider = "Memory" }, Notes);
        await using var first = await factory.OpenAsync(CancellationToken.None);
        await using var second = await factory.OpenAsync(CancellationToken.None);
        var held = first.BeginTransaction(deferred: false);
        await ExecuteAsync(first, "INSERT INTO notes (body) VALUES ('first');", held);

        var waiting = Task.Run(() => ExecuteAsync(second, "INSERT INTO notes (body) VALUES ('second');"));
        await Task.Delay(200);
        var waitedForTheLock = !waiting.IsCompleted;
        await held.CommitAsync();
        await waiting;

        Assert.True(waitedForTheLock);
        Assert.Equal(2L, await ScalarAsync(first, "SELECT count(*) FROM notes;"));
    }

    [Fact]
    public void SameNameWithDifferentTables_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Create(new StorageOptions { DataFolder = _database.Folder }, Notes, new SqliteSchema("notes", "CREATE TABLE IF NOT EXISTS other (id INTEGER);")));

        Assert.Contains("'notes'", error.Message, StringComparison.Ordinal);
    }

    private SqliteConnectionFactory Create(StorageOptions options, params ISqliteSchema[] schemas)
    {
        var factory = new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(options), schemas);
        _factories.Add(factory);
        return factory;
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync();
    }
}
