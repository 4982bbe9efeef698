namespace TrustBot.Dialogs.Engine;

/// <summary>Caps what people type before it is stored, without splitting a surrogate pair (emoji).</summary>
public static class TextLimits
{
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut];
    }
}
