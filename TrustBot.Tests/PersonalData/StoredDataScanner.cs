using System.Text;
using Microsoft.Data.Sqlite;

namespace TrustBot.Tests.PersonalData;

/// <summary>Looks for strings in every row of every table and in the raw database, <c>-wal</c> and <c>-shm</c> files.</summary>
public static class StoredDataScanner
{
    /// <summary>Where each needle was found, as <c>table:needle</c> or <c>file:needle</c>; empty when nowhere.</summary>
    public static async Task<List<string>> FindAsync(string databasePath, IReadOnlyCollection<string> needles)
    {
        var hits = new List<string>();
        var connectionString = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
                await using var reader = await list.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables)
            {
                await using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await select.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var column = 0; column < reader.FieldCount; column++)
                    {
                        var value = reader.IsDBNull(column) ? string.Empty
                            : reader.GetValue(column) is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture)!;
                        hits.AddRange(needles.Where(n => value.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"{table}:{n}"));
                    }
                }
            }
        }

        foreach (var file in new[] { databasePath, databasePath + "-wal", databasePath + "-shm" })
        {
            if (!File.Exists(file))
            {
                continue;
            }

            byte[] content;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                content = new byte[stream.Length];
                await stream.ReadExactlyAsync(content);
            }

            foreach (var needle in needles)
            {
                if (content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0 || content.AsSpan().IndexOf(Encoding.Unicode.GetBytes(needle)) >= 0)
                {
                    hits.Add($"{Path.GetFileName(file)}:{needle}");
                }
            }
        }

        return [.. hits.Distinct()];
    }
}
