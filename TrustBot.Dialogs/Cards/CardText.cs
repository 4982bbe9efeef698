using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Cards;

/// <summary>A card read out as plain text: its text blocks, facts and options, in order.</summary>
public static class CardText
{
    public static string Render(Attachment attachment) => attachment.ContentType switch
    {
        ContentTypes.AdaptiveCard => string.Join("\n", Elements(attachment.Content?["body"])),
        ContentTypes.HeroCard => string.Join("\n", HeroLines(attachment.Content)),
        _ => string.Empty,
    };

    private static IEnumerable<string> HeroLines(JsonNode? hero)
    {
        if (StringOf(hero?["text"]) is { } text)
        {
            yield return text;
        }

        if (hero?["buttons"] is JsonArray buttons)
        {
            yield return Options(buttons.Select(b => StringOf(b?["title"])));
        }
    }

    private static IEnumerable<string> Elements(JsonNode? items)
    {
        if (items is not JsonArray array)
        {
            yield break;
        }

        foreach (var element in array)
        {
            var lines = StringOf(element?["type"]) switch
            {
                "TextBlock" => StringOf(element!["text"]) is { } text ? [text] : [],
                "FactSet" => (element!["facts"] as JsonArray ?? []).Select(f => $"{StringOf(f?["title"])}: {StringOf(f?["value"])}"),
                "Input.ChoiceSet" => ChoiceLines(element!),
                "Container" => Elements(element!["items"]),
                "ColumnSet" => (element!["columns"] as JsonArray ?? []).SelectMany(c => Elements(c?["items"])),
                _ => [],
            };
            foreach (var line in lines)
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<string> ChoiceLines(JsonNode choiceSet)
    {
        if (StringOf(choiceSet["label"]) is { } label)
        {
            yield return label;
        }

        yield return Options((choiceSet["choices"] as JsonArray ?? []).Select(c => StringOf(c?["title"])));
    }

    private static string Options(IEnumerable<string?> titles) =>
        "Options (type one): " + string.Join(" · ", titles.Where(t => !string.IsNullOrEmpty(t)));

    private static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var s) && !string.IsNullOrEmpty(s) ? s : null;
}
