using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace TrustBot.Benchmarks;

/// <summary>
/// A year of history for one person: 365 daily check-ins walked through <c>POST /api/messages</c>
/// (expectReplies, SQLite, Kestrel loopback) on a fake clock, one day apart. Then the host is restarted on
/// that database and it prints the user-state bytes, the first turn after the restart (cold host, same
/// process), warm turn p50/p99 of further check-ins, and <c>my progress</c> with its 800x400 chart.
/// </summary>
internal static class HistoryBenchmark
{
    private const string UserId = "history-bench-person";
    private const string ConversationId = "history-bench-conversation";

    private static readonly string[] Welcome = ["Yes, save them", "yes", "yes", "Yes, let's start", "cancel"];

    private static readonly string[] CheckIn =
    [
        "check in", "anxious", "7", "Partner", "No reply / on read", "They're losing interest in me", "They took hours to answer",
        "They said work was busy", "Maybe they're just busy", "1", "Tomorrow", "4",
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var days = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 365;
        var progressRuns = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        using var folder = new TempDataFolder("trustbot-history-bench-");
        var dataFolder = folder.Path;
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 12, 1, 19, 0, 0, TimeSpan.Zero));
        var turn = 0;
        var seeding = Stopwatch.StartNew();
        await using (var host = Start(dataFolder, time))
        {
            using var http = Client(host);
            await SendAsync(http, ++turn, new JsonObject { ["type"] = "conversationUpdate", ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId }) });
            foreach (var text in Welcome)
            {
                await SendTextAsync(http, ++turn, text);
            }

            for (var day = 0; day < days; day++)
            {
                time.Advance(TimeSpan.FromDays(1));
                turn = await WalkCheckInAsync(http, turn, latencies: null);
            }
        }

        seeding.Stop();
        var stateBytes = await UserStateBytesAsync(folder.Database);
        var historyRows = await HistoryRowsAsync(folder.Database);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{days} daily check-ins walked in {seeding.Elapsed.TotalSeconds:F0} s; user state {stateBytes:N0} bytes; history rows {historyRows:N0}."));

        // A restart on the year-old database: the first turn is the cold one.
        await using (var host = Start(dataFolder, time))
        {
            using var http = Client(host);
            time.Advance(TimeSpan.FromDays(1));
            var cold = await SendTextAsync(http, ++turn, "help");
            var warm = new List<double>();
            for (var day = 0; day < 20; day++)
            {
                time.Advance(TimeSpan.FromHours(1));
                turn = await WalkCheckInAsync(http, turn, warm);
            }

            var progress = new List<double>();
            var chartBytes = 0;
            var firstProgress = 0.0;
            for (var run = 0; run < progressRuns; run++)
            {
                var (ms, body) = await SendTextWithBodyAsync(http, ++turn, "my progress");
                progress.Add(ms);
                firstProgress = run == 0 ? ms : firstProgress;
                chartBytes = body.Length;
                if (!body.Contains("data:image/png;base64,", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("my progress sent no chart");
                }
            }

            warm.Sort();
            progress.Sort();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"with that history: first turn after restart {cold:F1} ms; warm turns ({warm.Count}, 20 check-ins) p50 {Percentile(warm, 0.5):F2} ms, p99 {Percentile(warm, 0.99):F2} ms"));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"my progress incl. the 800x400 chart ({progress.Count} runs): first {firstProgress:F1} ms, p50 {Percentile(progress, 0.5):F1} ms, p99 {Percentile(progress, 0.99):F1} ms; reply {chartBytes:N0} characters of JSON"));
        }

        var finalBytes = await UserStateBytesAsync(folder.Database);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"user state after {days + 20} check-ins: {finalBytes:N0} bytes ({Environment.ProcessorCount} cores, {TimeProvider.System.GetUtcNow():yyyy-MM-dd})"));
        return 0;
    }

    private static WebApplicationFactory<TrustBot.Storage.StorageOptions> Start(string dataFolder, FakeTimeProvider time)
    {
        var factory = new WebApplicationFactory<TrustBot.Storage.StorageOptions>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:DataFolder", dataFolder);
            host.UseSetting("Urls", "http://127.0.0.1:0"); // not the default 3978, which a running bot may hold
            host.UseSetting("Scheduling:Enabled", "false");
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            host.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
            host.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(time);
            });
        });
        factory.UseKestrel(0);
        factory.StartServer();
        return factory;
    }

    private static HttpClient Client(WebApplicationFactory<TrustBot.Storage.StorageOptions> host) =>
        new(new SocketsHttpHandler()) { BaseAddress = host.ClientOptions.BaseAddress };

    private static async Task<int> WalkCheckInAsync(HttpClient http, int turn, List<double>? latencies)
    {
        foreach (var text in CheckIn)
        {
            var (ms, body) = await SendTextWithBodyAsync(http, ++turn, text);
            latencies?.Add(ms);
            if (text == CheckIn[^1] && body.Contains("one-minute reflection", StringComparison.Ordinal))
            {
                await SendTextAsync(http, ++turn, "Not now");
            }
        }

        return turn;
    }

    private static async Task<double> SendTextAsync(HttpClient http, int turn, string text) =>
        (await SendTextWithBodyAsync(http, turn, text)).Milliseconds;

    private static Task<(double Milliseconds, string Body)> SendTextWithBodyAsync(HttpClient http, int turn, string text) =>
        SendAsync(http, turn, new JsonObject { ["type"] = "message", ["text"] = text });

    private static async Task<(double Milliseconds, string Body)> SendAsync(HttpClient http, int turn, JsonObject activity)
    {
        activity["id"] = "history-bench-" + turn.ToString(CultureInfo.InvariantCulture);
        activity["channelId"] = "emulator";
        activity["serviceUrl"] = "http://127.0.0.1:9/";
        activity["deliveryMode"] = "expectReplies";
        activity["from"] = new JsonObject { ["id"] = UserId };
        activity["recipient"] = new JsonObject { ["id"] = "bot" };
        activity["conversation"] = new JsonObject { ["id"] = ConversationId };
        activity["locale"] = "en-US";
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode || !body.Contains("\"activities\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Turn {turn} failed: {(int)response.StatusCode}");
        }

        return (elapsed, body);
    }

    private static async Task<long> UserStateBytesAsync(string databasePath) =>
        await ScalarAsync(databasePath, historyRows: false);

    private static async Task<long> HistoryRowsAsync(string databasePath) =>
        await ScalarAsync(databasePath, historyRows: true);

    private static async Task<long> ScalarAsync(string databasePath, bool historyRows)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = historyRows
            ? "SELECT COUNT(*) FROM person_history WHERE user_id = $user"
            : "SELECT COALESCE(SUM(LENGTH(CAST(json AS BLOB))), 0) FROM items WHERE key = 'emulator/users/' || $user";
        command.Parameters.AddWithValue("$user", UserId);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
