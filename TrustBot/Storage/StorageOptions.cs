using System.ComponentModel.DataAnnotations;

namespace TrustBot.Storage;

/// <summary>Where TrustBot keeps its data. The embedded default is one SQLite file under <see cref="DataFolder"/>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (default) or <c>Memory</c> (nothing survives a restart).</summary>
    [Required]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder for the database file, relative to the working directory unless rooted; created on first run.</summary>
    [Required]
    public string DataFolder { get; set; } = "data";

    [Required]
    public string DatabaseFileName { get; set; } = "trustbot.db";

    /// <summary>The full path of the SQLite database file.</summary>
    public string DatabasePath => Path.GetFullPath(Path.Combine(DataFolder, DatabaseFileName));
}
