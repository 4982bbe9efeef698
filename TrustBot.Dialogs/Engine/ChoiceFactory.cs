using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Renders choices the way each channel shows them best: suggested actions (imBack, so a tap sends
/// the title as text) on Web Chat and Direct Line, and in Teams personal chats for up to three
/// choices; a hero card with buttons elsewhere in Teams.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Teams shows at most three suggested actions, and only in personal chats.</summary>
    public const int TeamsSuggestedActionLimit = 3;

    public static void Apply(Activity activity, IReadOnlyList<Choice> choices, Activity incoming, ListStyle style)
    {
        if (choices.Count == 0 || style == ListStyle.None)
        {
            return;
        }

        var actions = choices.Select(c => CardAction.ImBack(c.DisplayTitle)).ToList();
        var useCard = style == ListStyle.HeroCard || (style == ListStyle.Auto && !SupportsSuggestedActions(incoming, choices.Count));
        if (useCard)
        {
            var card = new HeroCard { Buttons = actions };
            activity.Attachments ??= [];
            activity.Attachments.Add(new Attachment
            {
                ContentType = ContentTypes.HeroCard,
                Content = System.Text.Json.JsonSerializer.SerializeToNode(card, ProtocolJson.Options),
            });
            return;
        }

        activity.SuggestedActions = new SuggestedActions
        {
            To = incoming.From?.Id is { } userId ? [userId] : null,
            Actions = actions,
        };
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
}
