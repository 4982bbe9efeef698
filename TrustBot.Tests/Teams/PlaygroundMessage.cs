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
    string RawJson)
{
    public const string HeroCardType = "application/vnd.microsoft.card.hero";
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The buttons of the single hero card this message carries.</summary>
    public IReadOnlyList<string> HeroButtons => HeroCards.Count == 1
        ? HeroCards[0]
        : throw new InvalidOperationException($"Expected one hero card, found {HeroCards.Count}: {RawJson}");

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
                    heroCards.Add(content.TryGetProperty("buttons", out var buttons) && buttons.ValueKind == JsonValueKind.Array
                        ? [.. buttons.EnumerateArray().Select(Title)]
                        : []);
                }
                else if (contentType == AdaptiveCardType)
                {
                    adaptiveCards.Add(content.Clone());
                }
            }
        }

        return new PlaygroundMessage(text, suggested, heroCards, adaptiveCards, message.GetRawText());
    }

    public override string ToString() => RawJson;

    private static string Title(JsonElement action) =>
        action.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString()! : string.Empty;
}
