using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Teams;

/// <summary>What a Teams activity says about where it was written and whom it addresses.</summary>
public static class TeamsConversation
{
    /// <summary>
    /// True for group chats, meetings and channels: anything but a one-to-one chat. Teams marks these with
    /// <c>conversationType</c> (<c>groupChat</c>, <c>channel</c>), <c>isGroup</c> or a <c>channelData.team</c>.
    /// </summary>
    public static bool IsShared(Activity activity) =>
        activity.Conversation?.IsGroup == true
        || (activity.Conversation?.ConversationType is { Length: > 0 } type && type != "personal")
        || activity.ChannelData?["team"] is JsonObject
        || activity.ChannelData?["channel"] is JsonObject;

    /// <summary>The bot's own mention entities (<c>mentioned.id == recipient.id</c>); others' mentions are not for the bot.</summary>
    public static IReadOnlyList<JsonObject> BotMentions(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        if (string.IsNullOrEmpty(botId) || activity.Entities is not { Count: > 0 } entities)
        {
            return [];
        }

        return [.. entities.Where(e =>
            e["type"] is JsonValue type && type.TryGetValue<string>(out var t) && t == "mention"
            && e["mentioned"]?["id"] is JsonValue id && id.TryGetValue<string>(out var mentioned) && mentioned == botId)];
    }

    /// <summary>
    /// The message text without the bot's own "&lt;at&gt;TrustBot&lt;/at&gt;"; other people's mentions keep
    /// their names (only the tags go), so "tell &lt;at&gt;Sam&lt;/at&gt; I'm fine" still reads as written.
    /// </summary>
    public static string TextWithoutBotMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        foreach (var mention in BotMentions(activity))
        {
            var tag = mention["text"] is JsonValue value && value.TryGetValue<string>(out var t) && t.Length > 0
                ? t
                : "<at>" + (string?)mention["mentioned"]?["name"] + "</at>";
            text = text.Replace(tag, " ", StringComparison.OrdinalIgnoreCase);
        }

        text = text.Replace("<at>", string.Empty, StringComparison.OrdinalIgnoreCase).Replace("</at>", string.Empty, StringComparison.OrdinalIgnoreCase);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
