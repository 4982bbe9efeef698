using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Cards;

/// <summary>
/// Keeps a Teams message within what Teams accepts. Teams measures the UTF-16 payload; its bot limit is
/// larger (about 100 KB today, 40 KB in older documents) but 28 KB is the figure connectors and older
/// clients hold to, so that is the line. Over it, the cards are replaced by their text (every answer can be
/// typed), shortened if even the text is too long: a message that reads plainer, never a send that fails.
/// </summary>
public static class TeamsPayloadGuard
{
    public const int MaxPayloadBytes = 28 * 1024;
    private const int MaxSummaryLength = 200;

    /// <returns>True when the cards were replaced by text.</returns>
    public static bool Fit(Activity activity, int maxPayloadBytes = MaxPayloadBytes)
    {
        if (activity.Attachments is not { Count: > 0 } attachments || PayloadBytes(activity) <= maxPayloadBytes)
        {
            return false;
        }

        var parts = new List<string>();
        if (!string.IsNullOrEmpty(activity.Text))
        {
            parts.Add(activity.Text);
        }

        parts.AddRange(attachments.Select(CardText.Render).Where(t => t.Length > 0));
        activity.Attachments = null;

        // The summary is a notification preview of the cards; once they are text it only needs to be short.
        activity.Summary = activity.Summary is null ? null : TextLimits.Truncate(activity.Summary, MaxSummaryLength);
        activity.Text = string.Join("\n\n", parts);

        // Each UTF-16 code unit is two bytes; what the rest of the activity takes is measured without the text.
        var text = activity.Text;
        activity.Text = string.Empty;
        var room = Math.Max(1, ((maxPayloadBytes - PayloadBytes(activity)) / 2) - 16);
        activity.Text = TextLimits.Truncate(text, room);
        return true;
    }

    /// <summary>The serialized activity as Teams counts it: UTF-16, two bytes per code unit (escapes included).</summary>
    public static int PayloadBytes(Activity activity) => ProtocolJson.Serialize(activity).Length * 2;
}
