namespace TrustBot.Dialogs.Protocol;

/// <summary>The legacy hero card (<c>application/vnd.microsoft.card.hero</c>); Teams uses it for more than three choices.</summary>
public sealed class HeroCard
{
    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Text { get; set; }

    public List<CardAction>? Buttons { get; set; }
}
