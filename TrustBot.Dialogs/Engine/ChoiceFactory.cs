using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Renders choices the way each channel shows them best: suggested actions (imBack, so a tap sends
/// the title as text) on Web Chat and Direct Line, and in Teams personal chats for up to three
/// choices. Elsewhere in Teams a prompt's question goes inside one card (Teams would split text and card
/// into two bubbles): a <see cref="PromptCards"/> question card carrying the prompt's id, answered with
/// <c>Action.Execute</c>; without a prompt id (the menu) a hero card for up to six buttons, its documented
/// maximum, and beyond that a choice set whose submit carries <c>value.choice</c>, which prompts read as text.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Teams shows at most three suggested actions, and only in personal chats.</summary>
    public const int TeamsSuggestedActionLimit = 3;

    /// <summary>Teams renders at most six hero card buttons.</summary>
    public const int TeamsHeroCardButtonLimit = 6;

    /// <summary>The Adaptive Card input id; <see cref="ActivityExtensions.GetInputText"/> reads it.</summary>
    public const string ChoiceInputId = "choice";

    public const string SubmitTitle = PromptCards.SendTitle;

    /// <summary>The submit-data field naming the prompt a card belongs to (see <see cref="Prompt{T}"/>).</summary>
    public const string PromptIdKey = "promptId";

    /// <param name="promptId">The asking prompt's identity, carried in the card's submit so a stale card can be told apart.</param>
    /// <param name="layout">How a Teams question card lays out the choices.</param>
    /// <param name="cardQuestion">The question as the card shows it; the activity's text when null.</param>
    /// <returns>True when a question card carrying <paramref name="promptId"/> was attached (it can be updated once answered).</returns>
    public static bool Apply(
        Activity activity,
        IReadOnlyList<Choice> choices,
        Activity incoming,
        ListStyle style,
        string? promptId = null,
        PromptCardLayout layout = PromptCardLayout.List,
        string? cardQuestion = null)
    {
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return false;
        }

        var useCard = style == ListStyle.HeroCard || (style == ListStyle.Auto && !SupportsSuggestedActions(incoming, choices.Count));
        if (!useCard)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                To = incoming.From?.Id is { } userId ? [userId] : null,
                Actions = [.. choices.Select(c => CardAction.ImBack(c.DisplayTitle))],
            };
            return false;
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
        if (teams && (promptId is not null || choices.Count > TeamsHeroCardButtonLimit))
        {
            var card = PromptCards.Question(cardQuestion ?? question, choices, promptId, layout);
            activity.Attachments.Add(new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card });
            return promptId is not null;
        }

        activity.Attachments.Add(HeroCardFor(teams ? question : null, choices));
        return false;
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
}
