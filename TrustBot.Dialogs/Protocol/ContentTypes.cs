namespace TrustBot.Dialogs.Protocol;

/// <summary>Attachment content types the bot sends or understands.</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";
    public const string Json = "application/json";
}
