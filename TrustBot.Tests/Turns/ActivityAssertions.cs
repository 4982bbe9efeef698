using TrustBot.Dialogs.Protocol;

namespace TrustBot.Tests.Turns;

/// <summary>Reading replies the way a person sees them: the text and the buttons.</summary>
public static class ActivityAssertions
{
    /// <summary>What the person reads: message text, and the question inside a Teams hero card or choice card.</summary>
    public static string AllText(this IEnumerable<Activity> replies) =>
        string.Join("\n", replies.SelectMany(Texts).Where(t => !string.IsNullOrEmpty(t)));

    private static IEnumerable<string?> Texts(Activity reply)
    {
        yield return reply.Text;
        foreach (var attachment in reply.Attachments ?? [])
        {
            if (attachment.ContentType == ContentTypes.HeroCard)
            {
                yield return attachment.Content?["text"]?.GetValue<string>();
            }
            else if (attachment.ContentType == ContentTypes.AdaptiveCard && attachment.Content?["body"] is System.Text.Json.Nodes.JsonArray body)
            {
                foreach (var element in body.Where(e => e?["type"]?.GetValue<string>() == "TextBlock"))
                {
                    yield return element!["text"]?.GetValue<string>();
                }
            }
        }
    }

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

            var choiceSet = reply.Attachments?
                .Where(a => a.ContentType == ContentTypes.AdaptiveCard && a.Content?["body"] is System.Text.Json.Nodes.JsonArray)
                .SelectMany(a => a.Content!["body"]!.AsArray())
                .FirstOrDefault(e => e?["type"]?.GetValue<string>() == "Input.ChoiceSet");
            if (choiceSet?["choices"] is System.Text.Json.Nodes.JsonArray choices)
            {
                return choices.Select(c => c?["title"]?.GetValue<string>() ?? string.Empty).ToList();
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
