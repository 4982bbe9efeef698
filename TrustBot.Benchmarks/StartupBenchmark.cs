using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace TrustBot.Benchmarks;

/// <summary>
/// Cold start of the real bot: launches fresh <c>TrustBot.dll</c> processes (the same configuration as
/// this benchmark, new data folder each time) and reports process start to listening, the first turn and
/// the tenth turn over <c>POST /api/messages</c> with <c>expectReplies</c>, once with an ordinary first
/// message and once with a crisis as the first message. Arguments: <c>[processes] [path/to/TrustBot.dll]</c>.
/// </summary>
internal static class StartupBenchmark
{
    private static readonly (string Label, string FirstMessage)[] Kinds =
    [
        ("normal", "hi"),
        ("crisis", "I want to kill myself tonight"),
    ];

    // After the first message: the welcome and the opening of a check-in, one conversation per turn
    // until the tenth so every turn also starts a new conversation's state.
    private static readonly string[] FollowUps = ["Yes, save them", "yes", "yes", "Yes, let's start", "anxious", "7", "Partner", "help", "cancel"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var processes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var bot = args.Length > 1 ? Path.GetFullPath(args[1]) : FindBotAssembly();
        await output.WriteLineAsync($"Cold start of {Path.GetRelativePath(Environment.CurrentDirectory, bot)} ({Environment.ProcessorCount} cores, load {LoadAverage()}), {processes} fresh processes per kind:");
        await output.WriteLineAsync("kind     run  listening ms  /healthz  first turn ms  tenth turn ms");
        foreach (var (label, first) in Kinds)
        {
            var listening = new List<double>();
            var firsts = new List<double>();
            var tenths = new List<double>();
            for (var run = 1; run <= processes; run++)
            {
                var result = await RunOnceAsync(bot, first);
                listening.Add(result.ListeningMs);
                firsts.Add(result.FirstTurnMs);
                tenths.Add(result.TenthTurnMs);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{label,-8} {run,3}  {result.ListeningMs,12:F0}  {result.Health,-8}  {result.FirstTurnMs,13:F0}  {result.TenthTurnMs,13:F1}"));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{label,-8} med  {Median(listening),12:F0}  {"",-8}  {Median(firsts),13:F0}  {Median(tenths),13:F1}   (max {listening.Max():F0} / {firsts.Max():F0} / {tenths.Max():F1})"));
        }

        await output.WriteLineAsync("Targets: listening within 5000 ms, first turn under 1000 ms.");
        return 0;
    }

    private static async Task<(double ListeningMs, string Health, double FirstTurnMs, double TenthTurnMs)> RunOnceAsync(string bot, string firstMessage)
    {
        var port = FreePort();
        var dataFolder = Path.Combine(Path.GetTempPath(), "trustbot-startup-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(bot)!, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(bot);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__DataFolder"] = dataFolder;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, line) => Keep(log, line.Data);
        process.ErrorDataReceived += (_, line) => Keep(log, line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitUntilListeningAsync(port, process, TimeSpan.FromSeconds(120));
            var listening = clock.Elapsed.TotalMilliseconds;
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            using var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
            var healthText = health.StatusCode == HttpStatusCode.OK ? await health.Content.ReadAsStringAsync() : ((int)health.StatusCode).ToString(CultureInfo.InvariantCulture);
            var first = await TurnAsync(http, "c1", firstMessage);
            var tenth = 0.0;
            for (var turn = 2; turn <= 10; turn++)
            {
                tenth = await TurnAsync(http, "c1", FollowUps[turn - 2]);
            }

            return (listening, healthText, first, tenth);
        }
        catch (HttpRequestException) when (process.HasExited)
        {
            throw new InvalidOperationException($"The bot exited with code {process.ExitCode}:\n{string.Join('\n', log)}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> log, string? line)
    {
        if (line is null)
        {
            return;
        }

        log.Enqueue(line);
        while (log.Count > 40)
        {
            log.TryDequeue(out _);
        }
    }

    private static async Task<double> TurnAsync(HttpClient http, string conversation, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://localhost:1/",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = "user-" + conversation },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["locale"] = "en-US",
            ["text"] = text,
        };
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsJsonAsync("/api/messages", activity);
        await response.Content.ReadAsByteArrayAsync();
        response.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task WaitUntilListeningAsync(int port, Process process, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with code {process.ExitCode} before listening.");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(5);
            }
        }

        throw new TimeoutException($"The bot did not listen within {limit.TotalSeconds} s.");
    }

    /// <summary>The bot's own build output of the same configuration (the project reference builds it).</summary>
    private static string FindBotAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "TrustBot", "bin", configuration, "net10.0", "TrustBot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"TrustBot/bin/{configuration}/net10.0/TrustBot.dll not found; build the solution first.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
