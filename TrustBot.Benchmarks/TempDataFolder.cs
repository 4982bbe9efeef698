using Microsoft.Data.Sqlite;

namespace TrustBot.Benchmarks;

/// <summary>A benchmark's own data folder under the temp directory, removed when the run ends.</summary>
internal sealed class TempDataFolder : IDisposable
{
    public TempDataFolder(string prefix) => Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));

    public string Path { get; }

    public string Database => System.IO.Path.Combine(Path, "trustbot.db");

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before the folder goes.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Temp folder: nothing depends on it being gone.
        }
    }
}
