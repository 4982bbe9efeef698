using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Tests.Teams;
using TrustBot.Tests.TeamsApp;

namespace TrustBot.Tests.DeploymentTemplates;

/// <summary>
/// deploymentTemplates/package-teams-app.sh builds the zip Teams accepts, with the bot id, app version and developer
/// URLs from its arguments, and a manifest that the official Teams JSON schema of its version accepts (offline, from
/// @microsoft/app-manifest); a missing value stops the build.
/// </summary>
[Collection(TeamsNodeCollection.Name)]
public sealed class PackageTeamsAppScriptTests : IDisposable
{
    private const string BotId = "0f1e2d3c-4b5a-6978-8a9b-acbdcedf0011";
    private const string WebsiteUrl = "https://trustbot.contoso.test/help?from=teams&lang=en";
    private const string PrivacyUrl = "https://trustbot.contoso.test/privacy";
    private const string TermsUrl = "https://trustbot.contoso.test/terms";

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
    public void Manifest_UsesTheNewestSchemaTheOfficialPackageShips()
    {
        var bundled = Directory.GetDirectories(Path.Combine(_node.PackageFolder, "node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams"))
            .Select(Path.GetFileName)
            .Where(name => name is not null && Version.TryParse(name.TrimStart('v'), out _))
            .Select(name => Version.Parse(name!.TrimStart('v')))
            .Max();
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryFolder.PathOf("TrustBot", "TeamsApp", "manifest.json")));

        Assert.Equal(bundled!.ToString(), manifest.RootElement.GetProperty("manifestVersion").GetString());
    }

    [Fact]
    public async Task WithEveryValue_ZipHasTheThreeFilesAtTheRootAndTheValuesGiven()
    {
        var zip = Path.Combine(_folder, "app.zip");
        var (exit, output) = await RunAsync(zip, Arguments(version: "1.2.3"));
        Assert.True(exit == 0, output);

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        await using var stream = archive.GetEntry("manifest.json")!.Open();
        using var manifest = await JsonDocument.ParseAsync(stream);
        var root = manifest.RootElement;
        Assert.Equal(BotId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.True(Guid.TryParse(root.GetProperty("id").GetString(), out _));
        Assert.Equal("1.2.3", root.GetProperty("version").GetString());
        var developer = root.GetProperty("developer");
        Assert.Equal(WebsiteUrl, developer.GetProperty("websiteUrl").GetString());
        Assert.Equal(PrivacyUrl, developer.GetProperty("privacyUrl").GetString());
        Assert.Equal(TermsUrl, developer.GetProperty("termsOfUseUrl").GetString());
        Assert.DoesNotContain("${{", root.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValuesFromTheEnvironment_WorkLikeArguments()
    {
        var zip = Path.Combine(_folder, "env.zip");
        var environment = new Dictionary<string, string>
        {
            ["BOT_ID"] = BotId,
            ["APP_VERSION"] = "2.0.0",
            ["DEVELOPER_WEBSITE_URL"] = WebsiteUrl,
            ["PRIVACY_URL"] = PrivacyUrl,
            ["TERMS_OF_USE_URL"] = TermsUrl,
        };

        var (exit, output) = await RunAsync(zip, [], environment);

        Assert.True(exit == 0, output);
        using var archive = ZipFile.OpenRead(zip);
        await using var stream = archive.GetEntry("manifest.json")!.Open();
        using var manifest = await JsonDocument.ParseAsync(stream);
        Assert.Equal("2.0.0", manifest.RootElement.GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("--bot-id", "", "--bot-id (BOT_ID)")]
    [InlineData("--bot-id", "not-a-guid", "--bot-id (BOT_ID)")]
    [InlineData("--app-version", "", "--app-version (APP_VERSION)")]
    [InlineData("--app-version", "1.0", "--app-version (APP_VERSION)")]
    [InlineData("--website-url", "", "--website-url (DEVELOPER_WEBSITE_URL)")]
    [InlineData("--privacy-url", "http://trustbot.contoso.test/privacy", "--privacy-url (PRIVACY_URL)")]
    [InlineData("--terms-url", "", "--terms-url (TERMS_OF_USE_URL)")]
    [InlineData("--teams-app-id", "app", "--teams-app-id (TEAMS_APP_ID)")]
    public async Task AMissingOrMalformedValue_FailsNamingItAndWritesNoZip(string option, string value, string named)
    {
        var zip = Path.Combine(_folder, "bad.zip");
        var arguments = Arguments(version: "1.0.0");
        var at = arguments.IndexOf(option);
        if (at >= 0)
        {
            arguments[at + 1] = value;
        }
        else
        {
            arguments.AddRange([option, value]);
        }

        var (exit, output) = await RunAsync(zip, arguments);

        Assert.Equal(2, exit);
        Assert.Contains(named, output, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<JsonNode> PackagedManifestAsync()
    {
        var zip = Path.Combine(_folder, "schema.zip");
        var (exit, output) = await RunAsync(zip, Arguments(version: "1.0.0"));
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

    private static List<string> Arguments(string version) =>
        ["--bot-id", BotId, "--app-version", version, "--website-url", WebsiteUrl, "--privacy-url", PrivacyUrl, "--terms-url", TermsUrl];

    private static async Task<(int Exit, string Output)> RunAsync(string zip, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryFolder.PathOf("deploymentTemplates", "package-teams-app.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--output");
        start.ArgumentList.Add(zip);
        foreach (var name in new[] { "BOT_ID", "TEAMS_APP_ID", "APP_VERSION", "DEVELOPER_WEBSITE_URL", "PRIVACY_URL", "TERMS_OF_USE_URL" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
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
