namespace TrustBot.Tests.Scheduling;

public static class BotLineAssertions
{
    public static void ShouldContainText(this IReadOnlyList<BotLine> lines, string expected) =>
        Assert.True(
            lines.Any(l => l.Text?.Contains(expected, StringComparison.Ordinal) == true),
            $"Expected a reply containing \"{expected}\" but the bot said:\n{string.Join("\n", lines.Select(l => l.Text))}");
}
