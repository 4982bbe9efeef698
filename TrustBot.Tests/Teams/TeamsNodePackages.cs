using System.Diagnostics;
using TrustBot.Tests.TeamsApp;

namespace TrustBot.Tests.Teams;

/// <summary>
/// Makes sure the npm tools of the Teams tests are installed next to their package.json
/// (TrustBot.Tests/Teams): the Microsoft 365 Agents Playground CLI and the official Teams manifest
/// schemas with a validator. Runs <c>npm ci</c> when node_modules is missing so a fresh machine works.
/// Missing Node.js or npm is a failure with a clear message, never a skip: the Teams tests would
/// otherwise silently stop testing anything.
/// </summary>
public sealed class TeamsNodePackages : IAsyncLifetime
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public string PackageFolder { get; } = RepositoryFolder.PathOf("TrustBot.Tests", "Teams");

    /// <summary>The CLI as npm links it (<c>node_modules/.bin/agentsplayground</c>).</summary>
    public string CliPath => Path.Combine(PackageFolder, "node_modules", ".bin", "agentsplayground");

    /// <summary><c>node validate-manifest.mjs &lt;manifest.json&gt;</c>: the manifest against its version's official schema.</summary>
    public string ManifestValidatorPath => Path.Combine(PackageFolder, "validate-manifest.mjs");

    /// <summary>The Node.js executable found on PATH.</summary>
    public string NodePath { get; private set; } = "node";

    public async Task InitializeAsync()
    {
        var node = ExecutableOnPath("node");
        var npm = ExecutableOnPath("npm");
        if (node is null || npm is null)
        {
            throw new InvalidOperationException(
                "The Teams tests need Node.js 20+ and npm on PATH to run the Microsoft 365 Agents Playground and the manifest validator " +
                $"(missing: {(node is null ? "node " : string.Empty)}{(npm is null ? "npm" : string.Empty)}). " +
                "Install them (Debian: apt-get install nodejs npm) and run the tests again.");
        }

        NodePath = node;
        if (File.Exists(CliPath) && Directory.Exists(Path.Combine(PackageFolder, "node_modules", "ajv-draft-04")))
        {
            return;
        }

        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = PackageFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(InstallTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"npm ci in {PackageFolder} did not finish within {InstallTimeout}.");
        }

        if (process.ExitCode != 0 || !File.Exists(CliPath))
        {
            throw new InvalidOperationException(
                $"npm ci in {PackageFolder} failed (exit {process.ExitCode}); the Teams test tools are not installed.\n{await output}\n{await errors}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string? ExecutableOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
