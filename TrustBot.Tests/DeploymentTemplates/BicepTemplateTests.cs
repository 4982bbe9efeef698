using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using TrustBot.Messaging.Authentication;
using TrustBot.Storage;
using TrustBot.Tests.TeamsApp;

namespace TrustBot.Tests.DeploymentTemplates;

/// <summary>
/// deploymentTemplates/main.bicep compiled with the real Bicep compiler (from NuGet, no Azure access needed):
/// no errors or linter warnings, the resources and settings TrustBot needs, and parameter files that fit it.
/// </summary>
public sealed class BicepTemplateTests
{
    private static readonly string TemplatesFolder = RepositoryFolder.PathOf("deploymentTemplates");

    private static readonly Lazy<Task<JsonElement>> Compiled = new(CompileAsync);

    [Fact]
    public async Task MainBicep_CompilesWithoutErrorsOrWarnings()
    {
        var template = await Compiled.Value;
        Assert.Equal("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#", template.GetProperty("$schema").GetString());
    }

    [Fact]
    public async Task App_IsLinuxDotNet10WithTheBotSettingsAndPersistentData()
    {
        var template = await Compiled.Value;
        var site = Assert.Single(Resources(template), r => Type(r) == "Microsoft.Web/sites");
        Assert.Equal("app,linux", site.GetProperty("kind").GetString());
        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
        var config = site.GetProperty("properties").GetProperty("siteConfig");
        Assert.Equal("DOTNETCORE|10.0", config.GetProperty("linuxFxVersion").GetString());
        Assert.Equal("/healthz", config.GetProperty("healthCheckPath").GetString());

        // The settings are built with concat(); their names must be the keys TrustBot binds.
        var settings = config.GetProperty("appSettings").GetRawText() + string.Join(' ', Variables(template));
        foreach (var key in new[]
                 {
                     nameof(BotAuthenticationOptions.MicrosoftAppType),
                     nameof(BotAuthenticationOptions.MicrosoftAppId),
                     nameof(BotAuthenticationOptions.MicrosoftAppTenantId),
                     nameof(BotAuthenticationOptions.MicrosoftAppPassword),
                     $"{StorageOptions.SectionName}__{nameof(StorageOptions.DataFolder)}",
                 })
        {
            // Quoted either way: compiled settings are an ARM expression ('name') or plain JSON ("name").
            Assert.Matches($"['\"]{key}['\"]", settings);
        }

        var appModule = Module(template, "trustbot-app");
        Assert.Equal("/home/data", appModule.GetProperty("properties").GetProperty("parameters").GetProperty("dataFolder").GetProperty("value").GetString());
        Assert.Single(Resources(template), r => Type(r) == "Microsoft.ManagedIdentity/userAssignedIdentities");
    }

    [Fact]
    public async Task Bot_IsAnAzureBotAfterTheAppWithTeamsDirectLineAndWebChat()
    {
        var template = await Compiled.Value;
        var bot = Assert.Single(Resources(template), r => Type(r) == "Microsoft.BotService/botServices");
        Assert.Equal("azurebot", bot.GetProperty("kind").GetString());
        Assert.Equal("global", bot.GetProperty("location").GetString());
        var properties = bot.GetProperty("properties");
        foreach (var name in new[] { "msaAppType", "msaAppId", "msaAppTenantId", "msaAppMSIResourceId", "endpoint" })
        {
            Assert.True(properties.TryGetProperty(name, out _), $"The bot registration has no {name}.");
        }

        var channels = Resources(template).Where(r => Type(r) == "Microsoft.BotService/botServices/channels")
            .Select(r => r.GetProperty("properties").GetProperty("channelName").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"], channels);

        var botModule = Module(template, "trustbot-bot");
        Assert.Contains("/api/messages", botModule.GetProperty("properties").GetProperty("parameters").GetProperty("endpoint").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("trustbot-app", botModule.GetProperty("dependsOn").GetRawText(), StringComparison.Ordinal);
        var sku = template.GetProperty("parameters").GetProperty("botSku");
        Assert.Equal(["F0", "S1"], sku.GetProperty("allowedValues").EnumerateArray().Select(v => v.GetString()));
    }

    [Theory]
    [InlineData("main.parameters.json")]
    [InlineData("main.singletenant.parameters.json")]
    public async Task ParameterFile_FitsTheTemplate(string file)
    {
        var template = await Compiled.Value;
        var declared = template.GetProperty("parameters");
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(TemplatesFolder, file)));
        var given = document.RootElement.GetProperty("parameters");
        foreach (var parameter in given.EnumerateObject())
        {
            Assert.True(declared.TryGetProperty(parameter.Name, out var declaration), $"{file} sets {parameter.Name}, which main.bicep does not declare.");
            if (declaration.TryGetProperty("allowedValues", out var allowed) && parameter.Value.TryGetProperty("value", out var value))
            {
                Assert.Contains(value.GetString(), allowed.EnumerateArray().Select(a => a.GetString()));
            }
        }

        foreach (var required in declared.EnumerateObject().Where(p => !p.Value.TryGetProperty("defaultValue", out _)))
        {
            Assert.True(given.TryGetProperty(required.Name, out _), $"{file} does not set the required parameter {required.Name}.");
        }
    }

    private static async Task<JsonElement> CompileAsync()
    {
        var cli = typeof(BicepTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepCli").Value!;
        Assert.True(File.Exists(cli), $"The Bicep compiler is missing at {cli}; it comes with the test project's restore (PackageDownload Azure.Bicep.CommandLine.linux-x64).");
        // NuGet does not keep the executable bit (the package is the linux-x64 build; the project's machines are Linux).
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(cli, File.GetUnixFileMode(cli) | UnixFileMode.UserExecute);
        }

        var start = new ProcessStartInfo(cli)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", Path.Combine(TemplatesFolder, "main.bicep"), "--stdout" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["BICEP_TRACING_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var diagnostics = await errors;
        Assert.True(process.ExitCode == 0 && string.IsNullOrWhiteSpace(diagnostics), $"bicep build failed or warned (exit {process.ExitCode}):\n{diagnostics}");
        using var document = JsonDocument.Parse(await output);
        return document.RootElement.Clone();
    }

    /// <summary>Every resource, including those inside module deployments (nested templates).</summary>
    private static IEnumerable<JsonElement> Resources(JsonElement template)
    {
        foreach (var resource in template.GetProperty("resources").EnumerateArray())
        {
            yield return resource;
            if (Type(resource) == "Microsoft.Resources/deployments")
            {
                foreach (var inner in Resources(resource.GetProperty("properties").GetProperty("template")))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<string> Variables(JsonElement template) =>
        Resources(template).Where(r => Type(r) == "Microsoft.Resources/deployments")
            .Select(r => r.GetProperty("properties").GetProperty("template"))
            .Where(t => t.TryGetProperty("variables", out _))
            .Select(t => t.GetProperty("variables").GetRawText());

    private static JsonElement Module(JsonElement template, string name) =>
        template.GetProperty("resources").EnumerateArray().Single(r => Type(r) == "Microsoft.Resources/deployments" && r.GetProperty("name").GetString() == name);

    private static string? Type(JsonElement resource) => resource.GetProperty("type").GetString();
}
