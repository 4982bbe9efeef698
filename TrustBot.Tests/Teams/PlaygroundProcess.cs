using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TrustBot.Tests.Teams;

/// <summary>
/// The Agents Playground CLI as a child process, Teams channel, no browser, no telemetry, its log file
/// in a temp folder. Disposing kills it by process id (its whole process tree), also after a failure.
/// </summary>
internal sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output;

    private PlaygroundProcess(Process process, ConcurrentQueue<string> output, Uri baseAddress, string logFile)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
        LogFile = logFile;
    }

    /// <summary>Where the Playground serves its UI, its emulated connector and its internal API.</summary>
    public Uri BaseAddress { get; }

    public string LogFile { get; }

    public int ProcessId => _process.Id;

    /// <summary>What the CLI printed so far (for failure messages).</summary>
    public string Output => string.Join('\n', _output);

    /// <param name="deliveryMode"><c>default</c> (replies through the emulated connector) or <c>expectReplies</c> (replies in the HTTP response).</param>
    public static async Task<PlaygroundProcess> StartAsync(string cliPath, Uri botEndpoint, string deliveryMode, string workFolder)
    {
        var port = FreePort();
        var logFile = Path.Combine(workFolder, "m365agentsplayground.log");
        var start = new ProcessStartInfo(cliPath)
        {
            // Its cwd gets ./devTools and any recordings: keep them out of the source tree.
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-e", botEndpoint.ToString(), "-c", "msteams", "-p", port.ToString(CultureInfo.InvariantCulture), "--dm", deliveryMode, "--dt" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = logFile;

        var output = new ConcurrentQueue<string>();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        void OnLine(object sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            output.Enqueue(e.Data);
            var match = ListeningLine().Match(e.Data);
            if (match.Success)
            {
                listening.TrySetResult(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The Agents Playground exited before it was listening."));
        if (!process.Start())
        {
            process.Dispose();
            throw new InvalidOperationException($"{cliPath} could not be started.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // It prints "Listening on <port>" once the bot answered its start-up probe; the port may differ if ours was taken.
        int actualPort;
        try
        {
            actualPort = await listening.Task.WaitAsync(StartTimeout);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            await StopAsync(process);
            throw new InvalidOperationException(
                $"The Agents Playground did not start within {StartTimeout}: {ex.Message}\nIt printed:\n{string.Join('\n', output)}", ex);
        }

        return new PlaygroundProcess(process, output, new Uri($"http://127.0.0.1:{actualPort.ToString(CultureInfo.InvariantCulture)}/"), logFile);
    }

    public ValueTask DisposeAsync() => new(StopAsync(_process));

    /// <summary>Kills the process tree by id (never by name) and waits for it to go.</summary>
    private static async Task StopAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(wait.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone: nothing left to kill.
        }
        finally
        {
            process.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"Listening on (\d+)")]
    private static partial Regex ListeningLine();
}
