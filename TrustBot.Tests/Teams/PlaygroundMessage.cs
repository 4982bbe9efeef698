using System.Text.Json;

namespace TrustBot.Tests.Teams;

/// <summary>
/// One bot message as the Playground's Teams client shows it (a frame of its conversation stream).
/// Teams splits a bot activity that has both text and an attachment into two messages, so a prompt
/// with a hero card arrives as a text message followed by a card message.
/// </summary>
internal sealed record PlaygroundMessage(
    string? Text,
    IReadOnlyList<string> SuggestedActions,
    IReadOnlyList<IReadOnlyList<string>> HeroCards,
    IReadOnlyList<JsonElement> AdaptiveCards,
    IReadOnlyList<string> CardTexts,
    string RawJson)
{
    public const string HeroCardType = "application/vnd.microsoft.card.hero";
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The buttons of the single hero card this message carries.</summary>
    public IReadOnlyList<string> HeroButtons => HeroCards.Count == 1
        ? HeroCards[0]
        : throw new InvalidOperationException($"Expected one hero card, found {HeroCards.Count}: {RawJson}");

    /// <summary>The options of an Adaptive Card choice set (Teams gets one for more than six choices).</summary>
    public IReadOnlyList<string> ChoiceSetOptions => [.. AdaptiveCards
        .Where(card => card.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Array)
        .SelectMany(card => card.GetProperty("body").EnumerateArray())
        .Where(element => element.TryGetProperty("type", out var type) && type.GetString() == "Input.ChoiceSet")
        .SelectMany(element => element.GetProperty("choices").EnumerateArray())
        .Select(Title)];

    public static PlaygroundMessage Parse(JsonElement message)
    {
        var text = message.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var suggested = new List<string>();
        if (message.TryGetProperty("suggestedActions", out var s) && s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array)
        {
            suggested.AddRange(actions.EnumerateArray().Select(Title));
        }

        var heroCards = new List<IReadOnlyList<string>>();
        var cardTexts = new List<string>();
        var adaptiveCards = new List<JsonElement>();
        if (message.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
        {
            foreach (var attachment in attachments.EnumerateArray())
            {
                var contentType = attachment.TryGetProperty("contentType", out var c) ? c.GetString() : null;
                if (!attachment.TryGetProperty("content", out var content))
                {
                    continue;
                }

                if (contentType == HeroCardType)
                {
                    if (content.TryGetProperty("text", out var heroText) && heroText.ValueKind == JsonValueKind.String)
                    {
                        cardTexts.Add(heroText.GetString()!);
                    }

                    heroCards.Add(content.TryGetProperty("buttons", out var buttons) && buttons.ValueKind == JsonValueKind.Array
                        ? [.. buttons.EnumerateArray().Select(Title)]
                        : []);
                }
                else if (contentType == AdaptiveCardType)
                {
                    adaptiveCards.Add(content.Clone());
                    if (content.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.Array)
                    {
                        cardTexts.AddRange(body.EnumerateArray()
                            .Where(e => e.TryGetProperty("type", out var type) && type.GetString() == "TextBlock" && e.TryGetProperty("text", out _))
                            .Select(e => e.GetProperty("text").GetString() ?? string.Empty));
                    }
                }
            }
        }

        return new PlaygroundMessage(text, suggested, heroCards, adaptiveCards, cardTexts, message.GetRawText());
    }

    public override string ToString() => RawJson;

    private static string Title(JsonElement action) =>
        action.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString()! : string.Empty;
}
