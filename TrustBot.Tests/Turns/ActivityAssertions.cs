using TrustBot.Dialogs.Protocol;

namespace TrustBot.Tests.Turns;

/// <summary>Reading replies the way a person sees them: the text and the buttons.</summary>
public static class ActivityAssertions
{
    public static string AllText(this IEnumerable<Activity> replies) =>
        string.Join("\n", replies.Select(r => r.Text).Where(t => !string.IsNullOrEmpty(t)));

    /// <summary>Titles of the suggested actions or hero card buttons of the last reply that has any.</summary>
    public static IReadOnlyList<string> Buttons(this IEnumerable<Activity> replies)
    {
        foreach (var reply in replies.Reverse())
        {
            if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
            {
                return actions.Select(a => a.Title ?? string.Empty).ToList();
            }

            var hero = reply.Attachments?.FirstOrDefault(a => a.ContentType == ContentTypes.HeroCard);
            if (hero?.Content?["buttons"] is System.Text.Json.Nodes.JsonArray buttons)
            {
                return buttons.Select(b => b?["title"]?.GetValue<string>() ?? string.Empty).ToList();
            }
        }

        return [];
    }

    public static void ShouldContain(this IEnumerable<Activity> replies, string expected)
    {
        var text = replies.AllText();
        Assert.True(text.Contains(expected, StringComparison.OrdinalIgnoreCase), $"Expected a reply containing \"{expected}\" but the bot said:\n{text}");
    }

    public static void ShouldNotContain(this IEnumerable<Activity> replies, string unexpected)
    {
        var text = replies.AllText();
        Assert.False(text.Contains(unexpected, StringComparison.OrdinalIgnoreCase), $"Expected no reply containing \"{unexpected}\" but the bot said:\n{text}");
    }
}
