using System.Buffers.Binary;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TrustBot.Dialogs.Modules;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.TeamsApp;

/// <summary>
/// The Teams app manifest (TrustBot/TeamsApp) against the limits Teams enforces on upload
/// (the store validation rules; the official schema check of the built package is in PackageTeamsAppScriptTests),
/// so a bad package fails here, not in Teams.
/// </summary>
public sealed partial class TeamsAppManifestTests
{
    private static readonly string AppFolder = RepositoryFolder.PathOf("TrustBot", "TeamsApp");

    private static JsonElement Manifest()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppFolder, "manifest.json")));
        return document.RootElement.Clone();
    }

    [Fact]
    public void NamesAndDescriptions_AreWithinTeamsLimits()
    {
        var manifest = Manifest();
        var name = manifest.GetProperty("name");
        var description = manifest.GetProperty("description");
        Assert.InRange(name.GetProperty("short").GetString()!.Length, 1, 30);
        Assert.InRange(name.GetProperty("full").GetString()!.Length, 1, 100);
        Assert.InRange(description.GetProperty("short").GetString()!.Length, 1, 80);
        Assert.InRange(description.GetProperty("full").GetString()!.Length, 1, 4000);
        // People must learn before installing that this is not therapy or an emergency service.
        Assert.Contains("not therapy", description.GetProperty("full").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredFields_HaveTheShapesTeamsAccepts()
    {
        var manifest = Manifest();
        var version = manifest.GetProperty("manifestVersion").GetString();
        Assert.Contains($"/v{version}/MicrosoftTeams.schema.json", manifest.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        // What differs per deployment comes from the package script's arguments, never a value made up here.
        Assert.Equal("${{APP_VERSION}}", manifest.GetProperty("version").GetString());
        Assert.Equal("${{TEAMS_APP_ID}}", manifest.GetProperty("id").GetString());
        Assert.Matches("^#[0-9A-Fa-f]{6}$", manifest.GetProperty("accentColor").GetString());
        var developer = manifest.GetProperty("developer");
        Assert.Equal("${{DEVELOPER_WEBSITE_URL}}", developer.GetProperty("websiteUrl").GetString());
        Assert.Equal("${{PRIVACY_URL}}", developer.GetProperty("privacyUrl").GetString());
        Assert.Equal("${{TERMS_OF_USE_URL}}", developer.GetProperty("termsOfUseUrl").GetString());
    }

    [Fact]
    public void Bot_UsesThePlaceholderAndOnlyThePersonalScope()
    {
        var bot = Assert.Single(Manifest().GetProperty("bots").EnumerateArray());
        Assert.Equal("${{BOT_ID}}", bot.GetProperty("botId").GetString());
        // Check-ins are private: the bot is not offered in group chats or channels.
        Assert.Equal(["personal"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Commands_FitTheMenuAndAreUnderstoodByTheBot()
    {
        await using var convo = new TestConversation();
        var recognizer = convo.Services.GetRequiredService<CommandRecognizer>();
        var bot = Assert.Single(Manifest().GetProperty("bots").EnumerateArray());
        var list = Assert.Single(bot.GetProperty("commandLists").EnumerateArray());
        var commands = list.GetProperty("commands").EnumerateArray()
            .Select(c => (Title: c.GetProperty("title").GetString()!, Description: c.GetProperty("description").GetString()!))
            .ToList();
        Assert.Equal(["check in", "help", "my progress", "my data", "privacy", "crisis"], commands.Select(c => c.Title));
        Assert.InRange(commands.Count, 1, 10);
        Assert.All(commands, c =>
        {
            Assert.InRange(c.Title.Length, 1, 32);
            Assert.InRange(c.Description.Length, 1, 128);
            // Picking a command in Teams sends its title as the message text.
            Assert.NotNull(recognizer.Recognize(c.Title));
        });
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icons_ExistWithTheRightPixelSize(string icon, int size)
    {
        var file = Manifest().GetProperty("icons").GetProperty(icon).GetString()!;
        var bytes = File.ReadAllBytes(Path.Combine(AppFolder, file));
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{file} is not a PNG.");
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        // Teams tints the outline icon: only white (or fully transparent) pixels, and a transparent background.
        var pixels = RgbaPng.Read(Path.Combine(AppFolder, "outline.png"));
        Assert.Equal(0, pixels[0, 0].A);
        Assert.Contains(pixels.Cast<(byte R, byte G, byte B, byte A)>(), p => p.A == 255);
        Assert.All(pixels.Cast<(byte R, byte G, byte B, byte A)>(), p => Assert.True(p.A == 0 || (p.R, p.G, p.B) == (255, 255, 255), $"pixel {p} is not white"));
    }

    [Fact]
    public void ColorIcon_IsFullColourAndOpaque()
    {
        var pixels = RgbaPng.Read(Path.Combine(AppFolder, "color.png"));
        Assert.All(pixels.Cast<(byte R, byte G, byte B, byte A)>(), p => Assert.Equal(255, p.A));
        Assert.Contains(pixels.Cast<(byte R, byte G, byte B, byte A)>(), p => p.R != p.G || p.G != p.B);
    }

    [Fact]
    public void Placeholders_AreOnlyTheDocumentedOnes()
    {
        var text = File.ReadAllText(Path.Combine(AppFolder, "manifest.json"));
        var placeholders = Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["${{APP_VERSION}}", "${{BOT_ID}}", "${{DEVELOPER_WEBSITE_URL}}", "${{PRIVACY_URL}}", "${{TEAMS_APP_ID}}", "${{TERMS_OF_USE_URL}}"], placeholders);
    }

    [GeneratedRegex(@"\$\{\{[A-Z_]+\}\}")]
    private static partial Regex Placeholder();
}
