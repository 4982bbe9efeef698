using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.History;
using TrustBot.History;
using TrustBot.Storage;
using TrustBot.Tests.Storage;

namespace TrustBot.Tests.History;

/// <summary>State and history tables on one temp SQLite file, as the host wires them.</summary>
public sealed class HistoryDatabase : IDisposable
{
    private readonly TempSqliteDatabase _database = new();
    private readonly SqliteConnectionFactory _factory;
    private readonly SqliteEraser _eraser;

    public HistoryDatabase(TimeProvider time)
    {
        _factory = new SqliteConnectionFactory(Options.Create(_database.Options), [SqliteStorage.Schema, SqliteHistoryStore.Schema]);
        _eraser = new SqliteEraser(_factory, time, NullLogger<SqliteEraser>.Instance);
        Storage = new SqliteStorage(_factory, _eraser, time);
        Store = new SqliteHistoryStore(_factory);
        History = new PersonHistory(Store);
    }

    public SqliteStorage Storage { get; }

    public SqliteHistoryStore Store { get; }

    public PersonHistory History { get; }

    public HistoryStartupMigration StartupMigration() => new(Storage, History, NullLogger<HistoryStartupMigration>.Instance);

    public void Dispose()
    {
        _eraser.Dispose();
        _factory.Dispose();
        _database.Dispose();
    }
}
