using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Cards;

/// <summary>
/// TrustBot's question cards for Teams (Adaptive Cards 1.5, the highest Teams renders): the question, its
/// options as a choice set (the input id <see cref="ChoiceFactory.ChoiceInputId"/>), and one Send button, an
/// <c>Action.Execute</c> with an <c>Action.Submit</c> fallback for clients without Universal Actions. Both
/// carry the asking prompt's id. Once answered, a card is replaced by <see cref="Answered"/> or <see cref="Passed"/>.
/// </summary>
public static class PromptCards
{
    public const string Version = "1.5";
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string SendTitle = "Send";
    public const string PassedText = "This question has passed.";

    /// <param name="promptId">The asking prompt; without one the card has a plain <c>Action.Submit</c>.</param>
    public static JsonObject Question(string? question, IReadOnlyList<Choice> choices, string? promptId, PromptCardLayout layout)
    {
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(question))
        {
            body.Add(Text(question));
        }

        switch (layout)
        {
            case PromptCardLayout.Scale:
                body.Add(ScaleLegend(choices[0].DisplayTitle, choices[^1].DisplayTitle));
                body.Add(ChoiceSet(choices, "compact", "Pick a number"));
                break;
            case PromptCardLayout.Detailed:
                foreach (var choice in choices.Where(c => !string.IsNullOrEmpty(c.Detail)))
                {
                    body.Add(new JsonObject
                    {
                        ["type"] = "Container",
                        ["separator"] = true,
                        ["items"] = new JsonArray(
                            Text(choice.DisplayTitle, ("weight", "Bolder")),
                            Text(choice.Detail!, ("isSubtle", true), ("spacing", "None"))),
                    });
                }

                var picker = ChoiceSet(choices, "expanded", null);
                picker["label"] = "Which one would you like to try?";
                picker["separator"] = true;
                body.Add(picker);
                break;
            default:
                body.Add(ChoiceSet(choices, "expanded", null));
                break;
        }

        return Card(body, new JsonArray(promptId is null ? Submit(null) : Execute(promptId)), question);
    }

    /// <summary>The question with the answer under it, and nothing to press.</summary>
    public static JsonObject Answered(string? question, string answer)
    {
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(question))
        {
            body.Add(Text(question, ("isSubtle", true)));
        }

        body.Add(Text("✓ " + answer, ("weight", "Bolder")));
        return Card(body, null, question);
    }

    /// <summary>An earlier question's card, pressed after the conversation moved on.</summary>
    public static JsonObject Passed() => Card(new JsonArray(Text(PassedText, ("isSubtle", true))), null, PassedText);

    private static JsonObject Card(JsonArray body, JsonArray? actions, string? speak)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = body,
        };
        if (!string.IsNullOrEmpty(speak))
        {
            card["speak"] = speak;
        }

        if (actions is not null)
        {
            card["actions"] = actions;
        }

        return card;
    }

    private static JsonObject Execute(string promptId) => new()
    {
        ["type"] = UniversalActions.ExecuteType,
        ["title"] = SendTitle,
        ["verb"] = UniversalActions.AnswerVerb,
        ["style"] = "positive",
        ["data"] = new JsonObject { [ChoiceFactory.PromptIdKey] = promptId },

        // Teams clients without Universal Actions send this instead: a message whose value is the same data.
        ["fallback"] = Submit(promptId),
    };

    private static JsonObject Submit(string? promptId)
    {
        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = SendTitle };
        if (promptId is not null)
        {
            // Submit data is merged with the inputs into the message's value: value.promptId next to value.choice.
            submit["data"] = new JsonObject { [ChoiceFactory.PromptIdKey] = promptId };
        }

        return submit;
    }

    private static JsonObject ChoiceSet(IReadOnlyList<Choice> choices, string style, string? placeholder)
    {
        var set = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = ChoiceFactory.ChoiceInputId,
            ["style"] = style,
            ["isRequired"] = true,
            ["errorMessage"] = "Pick one of the options.",
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.DisplayTitle, ["value"] = c.DisplayTitle })]),
        };
        if (placeholder is not null)
        {
            set["placeholder"] = placeholder;
        }

        return set;
    }

    private static JsonObject ScaleLegend(string lowest, string highest) => new()
    {
        ["type"] = "ColumnSet",
        ["columns"] = new JsonArray(
            Column(Text($"{lowest} = not at all", ("isSubtle", true), ("size", "Small"))),
            Column(Text($"{highest} = as strong as it gets", ("isSubtle", true), ("size", "Small"), ("horizontalAlignment", "Right")))),
    };

    private static JsonObject Column(JsonObject item) => new()
    {
        ["type"] = "Column",
        ["width"] = "stretch",
        ["items"] = new JsonArray(item),
    };

    private static JsonObject Text(string text, params (string Name, JsonNode? Value)[] properties)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        foreach (var (name, value) in properties)
        {
            block[name] = value;
        }

        return block;
    }
}
