using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrustBot.Dialogs.Protocol;

/// <summary>Building replies and conversation references the way the Bot Framework SDK does.</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// A reply addressed back to the sender: from/recipient swapped, conversation echoed whole,
    /// <c>replyToId</c> set except for conversationUpdate on Direct Line and Web Chat, which reject it.
    /// </summary>
    public static Activity CreateReply(this Activity incoming, string? text = null)
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = incoming.ChannelId,
            ServiceUrl = incoming.ServiceUrl,
            Conversation = incoming.Conversation,
            From = incoming.Recipient,
            Recipient = incoming.From,
            Locale = incoming.Locale,
            Text = text,
            ReplyToId = RepliesCanThread(incoming) ? incoming.Id : null,
        };
        return reply;
    }

    /// <summary>The reference to store for proactive messages, taken from an inbound activity.</summary>
    public static ConversationReference GetConversationReference(this Activity incoming) => new()
    {
        ActivityId = RepliesCanThread(incoming) ? incoming.Id : null,
        User = incoming.From,
        Bot = incoming.Recipient,
        Conversation = incoming.Conversation,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Locale = incoming.Locale,
    };

    /// <summary>Addresses an outgoing activity from a stored reference (proactive sends have no reply-to).</summary>
    public static Activity ApplyConversationReference(this Activity outgoing, ConversationReference reference)
    {
        outgoing.ChannelId = reference.ChannelId;
        outgoing.ServiceUrl = reference.ServiceUrl;
        outgoing.Conversation = reference.Conversation;
        outgoing.From = reference.Bot;
        outgoing.Recipient = reference.User;
        outgoing.Locale ??= reference.Locale;
        return outgoing;
    }

    /// <summary>A deep copy through the wire format, so a stored activity never aliases a live one.</summary>
    public static Activity Clone(this Activity activity) =>
        JsonSerializer.Deserialize<Activity>(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options), ProtocolJson.Options)!;

    /// <summary>
    /// What the person said or tapped: the text, or for card submits that carry only <c>value</c>,
    /// a string field of it (<c>choice</c>, <c>text</c>, <c>action</c>) so prompts can recognise it.
    /// </summary>
    public static string? GetInputText(this Activity activity)
    {
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            return StripMentions(activity.Text);
        }

        if (activity.Value is JsonObject value)
        {
            foreach (var key in new[] { "choice", "text", "action", "value" })
            {
                if (value[key] is JsonValue field && field.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s))
                {
                    return s;
                }

                if (value[key] is JsonValue number && number.TryGetValue<double>(out var d))
                {
                    return d.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        else if (activity.Value is JsonValue scalar && scalar.TryGetValue<string>(out var text))
        {
            return text;
        }

        return activity.Text;
    }

    /// <summary>Teams puts "&lt;at&gt;TrustBot&lt;/at&gt;" in the text of group and channel messages; it is not what the person said.</summary>
    public static string StripMentions(string text)
    {
        var start = text.IndexOf("<at>", StringComparison.OrdinalIgnoreCase);
        while (start >= 0)
        {
            var end = text.IndexOf("</at>", start, StringComparison.OrdinalIgnoreCase);
            if (end < 0)
            {
                break;
            }

            text = text.Remove(start, end + "</at>".Length - start);
            start = text.IndexOf("<at>", StringComparison.OrdinalIgnoreCase);
        }

        return text.Trim();
    }

    private static bool RepliesCanThread(Activity incoming) =>
        !(incoming.Type == ActivityTypes.ConversationUpdate
          && (incoming.ChannelId == ChannelIds.DirectLine || incoming.ChannelId == ChannelIds.WebChat));
}
