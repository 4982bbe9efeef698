using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace TrustBot.Benchmarks;

/// <summary>
/// Whole check-ins through <c>POST /api/messages</c> with <c>deliveryMode: expectReplies</c>, on the real
/// host (Kestrel on loopback, SQLite state), at 1, 16 and 100 concurrent conversations. Prints turns per
/// second, p50/p99 turn latency and the bytes of stored state per person.
/// </summary>
internal static class TurnsBenchmark
{
    // Join, the welcome, then a full check-in: 16 turns per conversation.
    private static readonly string[] Script =
    [
        "Yes, save them", "yes", "yes", "Yes, let's start", "anxious", "7", "Partner", "No reply / on read",
        "They're losing interest in me", "They took hours to answer", "They said work was busy", "Maybe they're just busy",
        "1", "Tomorrow", "4",
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var levels = args.Length > 0 ? args[0].Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray() : [1, 16, 100];
        var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;

        // 0 = closed loop (the next turn leaves as soon as the reply arrives: saturation). People take
        // seconds to read and answer, so a think time shows the latency at a realistic offered load.
        var thinkMs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 0;
        using var folder = new TempDataFolder("trustbot-bench-");
        var dataFolder = folder.Path;
        // Any type of the TrustBot assembly names its entry point (its Program clashes with ours).
        await using var factory = new WebApplicationFactory<TrustBot.Storage.StorageOptions>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:DataFolder", dataFolder);
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            host.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var baseAddress = factory.ClientOptions.BaseAddress;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = baseAddress };

        // JIT, tiered compilation and the detector's regexes warm up before anything is measured.
        await RunLevelAsync(http, "warmup", 32, 4, 0, output, print: false);
        await output.WriteLineAsync($"Whole check-ins over POST /api/messages (expectReplies, SQLite, Kestrel loopback, {Environment.ProcessorCount} cores), {Script.Length + 1} turns each, think time {thinkMs} ms:");
        await output.WriteLineAsync("concurrent  conversations  turns   turns/s   p50 ms   p99 ms   max ms");
        foreach (var level in levels)
        {
            await RunLevelAsync(http, "c" + level.ToString(CultureInfo.InvariantCulture) + "t" + thinkMs.ToString(CultureInfo.InvariantCulture), level, rounds, thinkMs, output, print: true);
        }

        await ReportStateSizeAsync(folder.Database, output);
        return 0;
    }

    private static async Task RunLevelAsync(HttpClient http, string label, int concurrency, int rounds, int thinkMs, TextWriter output, bool print)
    {
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            var tasks = Enumerable.Range(0, concurrency).Select(i => WalkAsync(http, $"{label}-r{round}-u{i}", thinkMs, i)).ToList();
            foreach (var result in await Task.WhenAll(tasks))
            {
                latencies.AddRange(result);
            }
        }

        clock.Stop();
        if (!print)
        {
            return;
        }

        latencies.Sort();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{concurrency,10}  {concurrency * rounds,13}  {latencies.Count,5}  {latencies.Count / clock.Elapsed.TotalSeconds,8:F0}  {Percentile(latencies, 0.50),7:F2}  {Percentile(latencies, 0.99),7:F2}  {latencies[^1],7:F2}"));
    }

    private static async Task<List<double>> WalkAsync(HttpClient http, string id, int thinkMs, int seed)
    {
        var random = new Random(seed);
        var latencies = new List<double>(Script.Length + 1);
        var turn = 0;
        async Task SendAsync(JsonObject activity)
        {
            activity["id"] = $"{id}-{++turn}";
            activity["channelId"] = "emulator";
            activity["serviceUrl"] = "http://127.0.0.1:9/";
            activity["deliveryMode"] = "expectReplies";
            activity["from"] = new JsonObject { ["id"] = "user-" + id };
            activity["recipient"] = new JsonObject { ["id"] = "bot" };
            activity["conversation"] = new JsonObject { ["id"] = "conv-" + id };
            activity["locale"] = "en-US";
            var started = Stopwatch.GetTimestamp();
            using var response = await http.PostAsJsonAsync("/api/messages", activity);
            var body = await response.Content.ReadAsStringAsync();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (!response.IsSuccessStatusCode || !body.Contains("\"activities\"", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Turn {turn} of {id} failed: {(int)response.StatusCode}");
            }
        }

        if (thinkMs > 0)
        {
            // People do not all open the chat in the same millisecond.
            await Task.Delay(random.Next(0, thinkMs * 2));
        }

        await SendAsync(new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-" + id }),
        });
        foreach (var text in Script)
        {
            if (thinkMs > 0)
            {
                await Task.Delay(random.Next(thinkMs / 2, thinkMs * 3 / 2));
            }

            await SendAsync(new JsonObject { ["type"] = "message", ["text"] = text });
        }

        return latencies;
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task ReportStateSizeAsync(string databasePath, TextWriter output)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT
              (SELECT COUNT(*) FROM items WHERE key LIKE 'emulator/users/%'),
              (SELECT COALESCE(SUM(LENGTH(json)), 0) FROM items WHERE key LIKE 'emulator/users/%'),
              (SELECT COALESCE(SUM(LENGTH(json)), 0) FROM items WHERE key LIKE 'emulator/conversations/%');
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var people = reader.GetInt64(0);
        var userBytes = reader.GetInt64(1);
        var conversationBytes = reader.GetInt64(2);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Stored state per person after one check-in: {userBytes / Math.Max(1, people)} bytes of user state (profile + 1 check-in), {conversationBytes / Math.Max(1, people)} bytes of conversation state ({people} people)."));
    }
}
