namespace TrustBot.Dialogs.Engine;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Suggested actions where the channel shows them for this many buttons, else a hero card.</summary>
    Auto,
    SuggestedActions,
    HeroCard,
    None,
}
