using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace TrustBot.Storage;

/// <summary>
/// The one way to reach TrustBot's SQLite database, shared by every store (state, Direct Line, audit
/// log, and what comes next). The first <see cref="OpenAsync"/> (or <see cref="EnsureCreatedAsync"/>,
/// run at start-up) creates the folder and file, switches the file to WAL and creates every registered
/// <see cref="ISqliteSchema"/>, exactly once. Every connection it hands out has the configured busy
/// timeout. With the Memory provider the database is a private in-memory one, kept alive for the life
/// of the app, so stores run the same SQL in both modes and nothing touches the disk.
/// </summary>
public sealed class SqliteConnectionFactory : IDisposable
{
    private readonly IReadOnlyList<ISqliteSchema> _schemas;
    private readonly string _connectionPragmas;
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private SqliteConnection? _memoryKeepAlive;
    private volatile bool _created;

    public SqliteConnectionFactory(IOptions<StorageOptions> options, IEnumerable<ISqliteSchema> schemas)
    {
        var value = options.Value;
        InMemory = value.UsesMemory;
        DatabasePath = InMemory ? null : value.DatabasePath;
        _schemas = Deduplicate(schemas);
        BusyTimeout = TimeSpan.FromMilliseconds(value.BusyTimeoutMilliseconds);
        // secure_delete: deleted rows are overwritten with zeros in the page (and in the WAL frame that
        // records the change), so a person's deleted text cannot be read back from free space.
        _connectionPragmas = $"PRAGMA busy_timeout = {value.BusyTimeoutMilliseconds}; PRAGMA secure_delete = ON;";
        var builder = InMemory
            ? new SqliteConnectionStringBuilder
            {
                // memdb with a '/' name: one database shared by this app's connections, with ordinary
                // locking (busy timeout applies), private to this instance, never on disk.
                DataSource = $"file:/trustbot-{Guid.NewGuid():N}?vfs=memdb",
                Mode = SqliteOpenMode.ReadWriteCreate,
            }
            : new SqliteConnectionStringBuilder
            {
                DataSource = DatabasePath,
                Mode = SqliteOpenMode.ReadWriteCreate,
            };
        builder.Pooling = true;
        builder.DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds);
        ConnectionString = builder.ToString();
    }

    /// <summary>The full path of the database file; null with the Memory provider.</summary>
    public string? DatabasePath { get; }

    /// <summary>True with the Memory provider: the database lives only as long as this object.</summary>
    public bool InMemory { get; }

    /// <summary>
    /// For libraries that open their own connections (e.g. Quartz's ADO.NET store). Call
    /// <see cref="EnsureCreatedAsync"/> first; they must set <c>PRAGMA busy_timeout</c> themselves.
    /// </summary>
    public string ConnectionString { get; }

    /// <summary><c>Storage:BusyTimeoutMilliseconds</c>: how long a write waits for a competing writer.</summary>
    public TimeSpan BusyTimeout { get; }

    /// <summary>Names of the registered schemas, in creation order.</summary>
    public IReadOnlyList<string> SchemaNames => [.. _schemas.Select(s => s.Name)];

    /// <summary>An open connection with the busy timeout and secure delete set; the database and every schema exist.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await EnsureCreatedAsync(cancellationToken);
        }

        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Per connection: wait for a competing writer instead of failing at once with SQLITE_BUSY.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = _connectionPragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Creates the file (WAL mode) and every registered schema; does the work once, later calls return at once.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _createLock.WaitAsync(cancellationToken);
        try
        {
            if (_created)
            {
                return;
            }

            SqliteConnection connection;
            if (InMemory)
            {
                // The in-memory database exists while at least one connection is open.
                _memoryKeepAlive ??= new SqliteConnection(ConnectionString);
                if (_memoryKeepAlive.State != System.Data.ConnectionState.Open)
                {
                    await _memoryKeepAlive.OpenAsync(cancellationToken);
                }

                connection = _memoryKeepAlive;
            }
            else
            {
                Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
                connection = new SqliteConnection(ConnectionString);
                await connection.OpenAsync(cancellationToken);
            }

            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = _connectionPragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
                if (!InMemory)
                {
                    // WAL lets readers run while one writer commits; the setting is stored in the file.
                    command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                command.Transaction = transaction;
                foreach (var schema in _schemas)
                {
                    command.CommandText = schema.Sql;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
            finally
            {
                if (!ReferenceEquals(connection, _memoryKeepAlive))
                {
                    await connection.DisposeAsync();
                }
            }

            _created = true;
        }
        finally
        {
            _createLock.Release();
        }
    }

    public void Dispose()
    {
        _memoryKeepAlive?.Dispose();
        _createLock.Dispose();
    }

    private static List<ISqliteSchema> Deduplicate(IEnumerable<ISqliteSchema> schemas)
    {
        var byName = new Dictionary<string, ISqliteSchema>(StringComparer.Ordinal);
        var ordered = new List<ISqliteSchema>();
        foreach (var schema in schemas)
        {
            if (byName.TryGetValue(schema.Name, out var existing))
            {
                if (!string.Equals(existing.Sql, schema.Sql, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Two different SQLite schemas are registered as '{schema.Name}'.");
                }

                continue;
            }

            byName.Add(schema.Name, schema);
            ordered.Add(schema);
        }

        return ordered;
    }
}
