using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrustBot.Dialogs.Safety.Learned.Training;

/// <summary>
/// Reads the labelled TSVs the screen is trained on: the team's evaluation set (expected, category,
/// language, transform, text) and the outsider-written batches (expected, category, language, voice,
/// explicit, text). The sealed batches and the public measuring data are never passed here.
/// </summary>
internal static class ScreenTrainingData
{
    /// <summary>The team-written set; every other file counts as outsider-written.</summary>
    public const string TeamFile = "crisis-eval.tsv";

    /// <summary>The outsider-written tuning set of the rules.</summary>
    public const string FreshFile = "fresh-dev.tsv";

    /// <summary>The training files under the repository root, in a fixed order.</summary>
    public static IReadOnlyList<string> DefaultFiles(string repositoryRoot) =>
        FilesIn(Path.Combine(repositoryRoot, "TrustBot.Tests", "Safety", "Data"));

    /// <summary>The team set, the fresh set and every batch in train/ of one data folder.</summary>
    public static IReadOnlyList<string> FilesIn(string data)
    {
        var files = new List<string> { Path.Combine(data, TeamFile), Path.Combine(data, FreshFile) };
        var train = Path.Combine(data, "train");
        if (Directory.Exists(train))
        {
            files.AddRange(Directory.GetFiles(train, "*.tsv").Order(StringComparer.Ordinal));
        }

        return files;
    }

    public static List<LabelledMessage> Load(IEnumerable<string> paths)
    {
        var rows = new List<LabelledMessage>();
        foreach (var path in paths)
        {
            var source = Path.GetFileName(path);
            var outsider = !string.Equals(source, TeamFile, StringComparison.Ordinal);
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                var f = line.Split('\t');
                var row = f.Length switch
                {
                    5 => Row(source, f[1], f[2], f[3], false, f[4], outsider),
                    6 => Row(source, f[1], f[2], f[3], f[4] == "yes", f[5], outsider),
                    _ => null,
                };
                if (row is not null)
                {
                    rows.Add(row);
                }
            }
        }

        return rows;
    }

    /// <summary>SHA-256 over the rows (source, class, language, text) and the options: what a rebuild must reproduce.</summary>
    public static string Hash(IEnumerable<LabelledMessage> rows, ScreenTrainingOptions options)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes(options.Describe()));
        foreach (var row in rows)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"\n{row.Source}\t{(int)row.Class}\t{row.Language}\t{row.Text}")));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Walks up from <paramref name="start"/> to the folder holding TrustBot.sln.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrustBot.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static LabelledMessage? Row(string source, string category, string language, string voice, bool explicitly, string text, bool outsider) =>
        ScreenClasses.FromCategory(category) is { } screenClass && text.Length > 0
            ? new LabelledMessage(source, screenClass, language, voice, explicitly, text, outsider)
            : null;
}
