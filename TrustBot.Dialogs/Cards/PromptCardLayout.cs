namespace TrustBot.Dialogs.Cards;

/// <summary>How a Teams question card lays out its choices (see <see cref="PromptCards"/>).</summary>
public enum PromptCardLayout
{
    /// <summary>The question and the options as a list to pick from (the feeling picker, who, what, when).</summary>
    List,

    /// <summary>A 0 to 10 rating: the options as a compact picker, with what the ends of the scale mean.</summary>
    Scale,

    /// <summary>Each option with its own short text under its title (the small actions and their scripts).</summary>
    Detailed,
}
