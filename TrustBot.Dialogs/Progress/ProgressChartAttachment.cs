using System.Text.Json.Nodes;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Progress;

/// <summary>
/// The chart as inline data, never a URL: nothing but the person's own conversation ever holds it, so no
/// one else can fetch it. Web Chat gets a plain image attachment at full size. Teams gets an Adaptive Card
/// 1.5 Image (data URIs from card 1.2; Teams cards take PNG up to 1024x1024): Teams refuses a bot message
/// over its size limit with 413 MessageSizeTooBig (documented as 40 KB, later 100 KB, without base64
/// images; about 28 KB for a card posted by a workflow), so the whole reply, image included, is kept under
/// the strictest, 28 KB counted as Teams counts it (UTF-16, as <see cref="TeamsPayloadGuard"/> does, which would
/// otherwise turn the card into text), by drawing the Teams chart smaller until it fits. If none fits, the words alone
/// answer. Both carry the alt text; the summary sent before it is the text alternative.
/// </summary>
public static class ProgressChartAttachment
{
    public const int TeamsMaxActivityBytes = TeamsPayloadGuard.MaxPayloadBytes;
    public const int WebChatWidth = 800;
    public const int WebChatHeight = 400;

    // What the sender adds around the activity on the wire: ids, from/recipient, conversation, serviceUrl.
    private const int EnvelopeBytes = 1024;

    /// <summary>Largest first; each 2:1 like the Web Chat chart.</summary>
    public static readonly IReadOnlyList<(int Width, int Height)> TeamsSizes = [(640, 320), (560, 280), (480, 240), (400, 200), (320, 160)];

    /// <summary>The chart message for this channel, or null when no renderer is registered or nothing fits.</summary>
    public static Activity? CreateMessage(IProgressChart chart, ProgressReport report, string? channelId, string altText)
    {
        if (channelId != ChannelIds.MsTeams)
        {
            return chart.Render(report, WebChatWidth, WebChatHeight) is { } image
                ? Message(altText, new Attachment { ContentType = "image/png", ContentUrl = DataUri(image), Name = altText })
                : null;
        }

        foreach (var (width, height) in TeamsSizes)
        {
            if (chart.Render(report, width, height) is not { } image)
            {
                return null;
            }

            var message = Message(altText, TeamsCard(image, altText));
            if (TeamsPayloadGuard.PayloadBytes(message) + (2 * EnvelopeBytes) <= TeamsMaxActivityBytes)
            {
                return message;
            }
        }

        return null;
    }

    private static Activity Message(string altText, Attachment attachment) => new()
    {
        Type = ActivityTypes.Message,
        Text = altText,
        Attachments = [attachment],
    };

    private static string DataUri(ChartImage image) => "data:image/png;base64," + Convert.ToBase64String(image.Png);

    private static Attachment TeamsCard(ChartImage image, string altText) => new()
    {
        ContentType = ContentTypes.AdaptiveCard,
        Content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["speak"] = altText,
            ["fallbackText"] = altText,
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Your last 30 days", ["weight"] = "Bolder", ["wrap"] = true },
                new JsonObject { ["type"] = "Image", ["url"] = DataUri(image), ["altText"] = altText, ["size"] = "Stretch" },
            },
        },
    };
}
