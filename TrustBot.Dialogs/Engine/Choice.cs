namespace TrustBot.Dialogs.Engine;

/// <summary>An option of a choice prompt: the value returned, the button title, and other words that mean it.</summary>
public sealed class Choice
{
    public Choice()
    {
    }

    public Choice(string value, string? title = null, params string[] synonyms)
    {
        Value = value;
        Title = title;
        Synonyms = synonyms.Length > 0 ? [.. synonyms] : null;
    }

    public string Value { get; set; } = string.Empty;

    /// <summary>The button's text; <see cref="Value"/> when unset.</summary>
    public string? Title { get; set; }

    public List<string>? Synonyms { get; set; }

    /// <summary>A short text shown under the title where a card has room (a small action's script).</summary>
    public string? Detail { get; set; }

    public string DisplayTitle => string.IsNullOrEmpty(Title) ? Value : Title;
}
