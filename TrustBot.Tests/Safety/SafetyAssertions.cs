using TrustBot.Dialogs.Protocol;

namespace TrustBot.Tests.Safety;

internal static class SafetyAssertions
{
    /// <summary>Never end the chat on risk: the bot still answers whatever comes next.</summary>
    public static void Should_NotBeEmpty(this IReadOnlyList<Activity> replies) =>
        Assert.NotEmpty(replies);
}
