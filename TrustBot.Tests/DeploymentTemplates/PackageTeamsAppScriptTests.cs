using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using TrustBot.Tests.TeamsApp;

namespace TrustBot.Tests.DeploymentTemplates;

/// <summary>deploymentTemplates/package-teams-app.sh builds the zip Teams accepts, with the bot id filled in.</summary>
public sealed class PackageTeamsAppScriptTests : IDisposable
{
    private const string BotId = "0f1e2d3c-4b5a-6978-8a9b-acbdcedf0011";

    private readonly string _folder = Directory.CreateTempSubdirectory("trustbot-teams-package-").FullName;

    [Fact]
    public async Task WithABotId_ZipHasTheThreeFilesAtTheRootAndNoPlaceholders()
    {
        var zip = Path.Combine(_folder, "app.zip");
        var (exit, output) = await RunAsync(BotId, "1.2.3", zip);
        Assert.True(exit == 0, output);

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        await using var stream = archive.GetEntry("manifest.json")!.Open();
        using var manifest = await JsonDocument.ParseAsync(stream);
        var root = manifest.RootElement;
        Assert.Equal(BotId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.True(Guid.TryParse(root.GetProperty("id").GetString(), out _));
        Assert.Equal("1.2.3", root.GetProperty("version").GetString());
        Assert.Equal("1.17", root.GetProperty("manifestVersion").GetString());
        Assert.DoesNotContain("${{", root.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    public async Task WithoutAValidBotId_FailsAndWritesNoZip(string botId)
    {
        var zip = Path.Combine(_folder, "bad.zip");
        var (exit, output) = await RunAsync(botId, null, zip);
        Assert.Equal(2, exit);
        Assert.Contains("BOT_ID", output, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int Exit, string Output)> RunAsync(string botId, string? version, string zip)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryFolder.PathOf("deploymentTemplates", "package-teams-app.sh"));
        start.ArgumentList.Add(zip);
        start.Environment["BOT_ID"] = botId;
        start.Environment.Remove("TEAMS_APP_ID");
        start.Environment.Remove("APP_VERSION");
        if (version is not null)
        {
            start.Environment["APP_VERSION"] = version;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
