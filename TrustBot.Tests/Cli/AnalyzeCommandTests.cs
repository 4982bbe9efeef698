using System.Text.Json;
using TrustBot.Cli;

namespace TrustBot.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    private static async Task<List<JsonElement>> RunAsync(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        await using var writer = new StringWriter();
        var code = await AnalyzeCommand.RunAsync(args, reader, writer, CancellationToken.None);
        Assert.Equal(0, code);
        return [.. writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];
    }

    [Fact]
    public async Task EachLine_GetsOneJsonObjectWithTheDocumentedFields()
    {
        var lines = await RunAsync("I want to kill myself\nthis deadline is killing me\nI feel hopeful and calm today\n");

        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].GetProperty("crisis").GetBoolean());
        Assert.Equal("escalate", lines[0].GetProperty("decision").GetString());
        Assert.Equal("suicidal-thoughts", lines[0].GetProperty("category").GetString());
        Assert.Equal("en.suicidal.explicit-intent", lines[0].GetProperty("rule").GetString());
        Assert.Equal("en", lines[0].GetProperty("language").GetString());
        Assert.False(lines[1].GetProperty("crisis").GetBoolean());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("rule").ValueKind);
        Assert.Equal("positive", lines[2].GetProperty("sentiment").GetProperty("label").GetString());
        Assert.True(lines[2].GetProperty("sentiment").GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public async Task EmptyLinesAndOddUnicode_StillGetAnAnswerEach()
    {
        var lines = await RunAsync("\n   \n\uFFFD\uFFFD bytes \u200B\n😀\n\u202Eevil\n");

        Assert.Equal(5, lines.Count);
        Assert.All(lines, l => Assert.Equal("continue", l.GetProperty("decision").GetString()));
        Assert.Equal("und", lines[0].GetProperty("language").GetString());
    }

    [Fact]
    public async Task LinesAreIndependent_UnlessConversationIsAsked()
    {
        const string input = "I can't do this anymore\nI have the pills\n";

        var independent = await RunAsync(input);
        var conversation = await RunAsync(input, "--conversation");

        Assert.Equal("clarify", independent[1].GetProperty("decision").GetString());
        Assert.Equal("escalate", conversation[1].GetProperty("decision").GetString());
    }

    [Theory]
    [InlineData("took 20 paracetamol", "medical", "medical-emergency")]
    [InlineData("he hit me again", "abuse", "danger-abuse")]
    public async Task OtherDecisions_UseWireNames(string text, string decision, string category)
    {
        var line = Assert.Single(await RunAsync(text + "\n"));

        Assert.Equal(decision, line.GetProperty("decision").GetString());
        Assert.Equal(category, line.GetProperty("category").GetString());
    }
}
