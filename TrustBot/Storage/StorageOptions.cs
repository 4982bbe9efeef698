using System.ComponentModel.DataAnnotations;

namespace TrustBot.Storage;

/// <summary>Where TrustBot keeps its data. The embedded default is one SQLite file under <see cref="DataFolder"/>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (default) or <c>Memory</c> (nothing survives a restart).</summary>
    [Required]
    [RegularExpression("^(?i:sqlite|memory)$", ErrorMessage = "Storage:Provider must be Sqlite or Memory.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder for the database file, relative to the working directory unless rooted; created on first run.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    [Required]
    public string DatabaseFileName { get; set; } = "trustbot.db";

    /// <summary>How long a connection waits for a competing writer before failing (SQLite busy timeout).</summary>
    [Range(100, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>True when <see cref="Provider"/> selects in-memory storage.</summary>
    public bool UsesMemory => string.Equals(Provider, "Memory", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of the SQLite database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataFolder, DatabaseFileName));
}
