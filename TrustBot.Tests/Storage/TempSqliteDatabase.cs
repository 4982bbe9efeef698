using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using TrustBot.Storage;

namespace TrustBot.Tests.Storage;

/// <summary>A SQLite database file in a fresh temp folder, deleted afterwards; opens as many storages on it as a test needs.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    private readonly List<IDisposable> _opened = [];

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "trustbot-storage-" + Guid.NewGuid().ToString("N"));

    public StorageOptions Options => new() { DataFolder = Folder };

    /// <summary>A new storage object on the same file, as a restarted or second process would have.</summary>
    public SqliteStorage OpenStorage(TimeProvider? time = null)
    {
        var factory = new SqliteConnectionFactory(Microsoft.Extensions.Options.Options.Create(Options), [SqliteStorage.Schema]);
        var eraser = new SqliteEraser(factory, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteEraser>.Instance);
        var storage = new SqliteStorage(factory, eraser, time ?? TimeProvider.System);
        _opened.Add(eraser);
        _opened.Add(factory);
        return storage;
    }

    public void Dispose()
    {
        foreach (var item in _opened)
        {
            item.Dispose();
        }

        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
