using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Tests.Teams;
using TrustBot.Tests.TeamsApp;

namespace TrustBot.Tests.DeploymentTemplates;

/// <summary>
/// deploymentTemplates/package-teams-app.sh builds the zip Teams accepts, with the bot id filled in, and a
/// manifest that the official Teams JSON schema of its version accepts.
/// </summary>
[Collection(TeamsNodeCollection.Name)]
public sealed class PackageTeamsAppScriptTests : IDisposable
{
    private const string BotId = "0f1e2d3c-4b5a-6978-8a9b-acbdcedf0011";

    private readonly string _folder = Directory.CreateTempSubdirectory("trustbot-teams-package-").FullName;
    private readonly TeamsNodePackages _node;

    public PackageTeamsAppScriptTests(TeamsNodePackages node)
    {
        _node = node;
    }

    [Fact]
    public async Task PackagedManifest_PassesTheOfficialTeamsSchema()
    {
        var manifest = await PackagedManifestAsync();
        var (exit, output) = await ValidateAsync(manifest.ToJsonString());
        Assert.True(exit == 0, $"The Teams schema rejected the packaged manifest: {output}");
        Assert.Equal("[]", output.Trim());
    }

    [Fact]
    public async Task SchemaValidator_RejectsAShortNameOverThirtyCharacters()
    {
        // Shows the validator really checks: the same manifest with one limit broken fails.
        var manifest = await PackagedManifestAsync();
        manifest["name"]!["short"] = new string('x', 31);
        var (exit, output) = await ValidateAsync(manifest.ToJsonString());
        Assert.Equal(1, exit);
        Assert.Contains("/name/short", output, StringComparison.Ordinal);
    }

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

    private async Task<JsonNode> PackagedManifestAsync()
    {
        var zip = Path.Combine(_folder, "schema.zip");
        var (exit, output) = await RunAsync(BotId, null, zip);
        Assert.True(exit == 0, output);
        using var archive = ZipFile.OpenRead(zip);
        await using var stream = archive.GetEntry("manifest.json")!.Open();
        return (await JsonNode.ParseAsync(stream))!;
    }

    private async Task<(int Exit, string Output)> ValidateAsync(string manifestJson)
    {
        var file = Path.Combine(_folder, "manifest-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(file, manifestJson);
        var start = new ProcessStartInfo(_node.NodePath)
        {
            WorkingDirectory = _node.PackageFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(_node.ManifestValidatorPath);
        start.ArgumentList.Add(file);
        return await WaitAsync(start);
    }

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

        return await WaitAsync(start);
    }

    private static async Task<(int Exit, string Output)> WaitAsync(ProcessStartInfo start)
    {
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
