using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Progress;

/// <summary>
/// The chart as inline data, never a URL: nothing but the person's own conversation ever holds it, so no
/// one else can fetch it. Teams gets an Adaptive Card Image (data URIs from card version 1.2; inline images
/// up to 1024x1024 px and 1 MB; the .NET card renderer caps a data URI near 65,500 characters, so the
/// renderer keeps the PNG well under that). Web Chat gets a plain image attachment. Both carry the alt text.
/// </summary>
public static class ProgressChartAttachment
{
    public const int MaxDataUriLength = 65_000;

    public static Attachment Create(ChartImage chart, string? channelId, string altText)
    {
        var dataUri = "data:image/png;base64," + Convert.ToBase64String(chart.Png);
        if (channelId != ChannelIds.MsTeams)
        {
            return new Attachment { ContentType = "image/png", ContentUrl = dataUri, Name = altText };
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["speak"] = altText,
            ["body"] = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = "Your last 30 days", ["weight"] = "Bolder", ["wrap"] = true },
                new JsonObject { ["type"] = "Image", ["url"] = dataUri, ["altText"] = altText, ["size"] = "Stretch" },
            },
        };
        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card };
    }
}
