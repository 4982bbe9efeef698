using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Renders choices the way each channel shows them best: suggested actions (imBack, so a tap sends
/// the title as text) on Web Chat and Direct Line, and in Teams personal chats for up to three
/// choices. Elsewhere in Teams: a hero card with the question inside (Teams would split text and
/// card into two bubbles) for up to six buttons, its documented maximum, and beyond that an
/// Adaptive Card choice set whose submit carries <c>value.choice</c>, which prompts read as text.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Teams shows at most three suggested actions, and only in personal chats.</summary>
    public const int TeamsSuggestedActionLimit = 3;

    /// <summary>Teams renders at most six hero card buttons.</summary>
    public const int TeamsHeroCardButtonLimit = 6;

    /// <summary>The Adaptive Card input id; <see cref="ActivityExtensions.GetInputText"/> reads it.</summary>
    public const string ChoiceInputId = "choice";

    public const string SubmitTitle = "Send";

    /// <summary>The submit-data field naming the prompt a card belongs to (see <see cref="Prompt{T}"/>).</summary>
    public const string PromptIdKey = "promptId";

    /// <param name="promptId">The asking prompt's identity, carried in the card's submit so a stale card can be told apart.</param>
    public static void Apply(Activity activity, IReadOnlyList<Choice> choices, Activity incoming, ListStyle style, string? promptId = null)
    {
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return;
        }

        var useCard = style == ListStyle.HeroCard || (style == ListStyle.Auto && !SupportsSuggestedActions(incoming, choices.Count));
        if (!useCard)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                To = incoming.From?.Id is { } userId ? [userId] : null,
                Actions = [.. choices.Select(c => CardAction.ImBack(c.DisplayTitle))],
            };
            return;
        }

        var teams = incoming.ChannelId == ChannelIds.MsTeams;
        var question = activity.Text;
        if (teams)
        {
            // One bubble: the question goes inside the card; Summary is what notifications show.
            activity.Summary ??= question;
            activity.Text = null;
        }

        activity.Attachments ??= [];
        activity.Attachments.Add(teams && choices.Count > TeamsHeroCardButtonLimit
            ? ChoiceSetCard(teams ? question : null, choices, promptId)
            : HeroCardFor(teams ? question : null, choices));
    }

    public static bool SupportsSuggestedActions(Activity incoming, int count)
    {
        if (incoming.ChannelId != ChannelIds.MsTeams)
        {
            return true;
        }

        var personal = incoming.Conversation?.ConversationType is null or "personal";
        return personal && count <= TeamsSuggestedActionLimit;
    }

    private static Attachment HeroCardFor(string? text, IReadOnlyList<Choice> choices) => new()
    {
        ContentType = ContentTypes.HeroCard,
        Content = JsonSerializer.SerializeToNode(
            new HeroCard { Text = text, Buttons = [.. choices.Select(c => CardAction.ImBack(c.DisplayTitle))] },
            ProtocolJson.Options),
    };

    private static JsonObject SubmitAction(string? promptId)
    {
        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = SubmitTitle };
        if (promptId is not null)
        {
            // Submit data is merged with the inputs into the activity's value: value.promptId next to value.choice.
            submit["data"] = new JsonObject { [PromptIdKey] = promptId };
        }

        return submit;
    }

    private static Attachment ChoiceSetCard(string? text, IReadOnlyList<Choice> choices, string? promptId)
    {
        var body = new JsonArray();
        if (!string.IsNullOrEmpty(text))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true });
        }

        body.Add(new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = ChoiceInputId,
            ["style"] = "expanded",
            ["isRequired"] = true,
            ["errorMessage"] = "Pick one of the options.",
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.DisplayTitle, ["value"] = c.DisplayTitle })]),
        });
        return new Attachment
        {
            ContentType = ContentTypes.AdaptiveCard,
            Content = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["version"] = "1.5",
                ["body"] = body,
                ["actions"] = new JsonArray(SubmitAction(promptId)),
            },
        };
    }
}
