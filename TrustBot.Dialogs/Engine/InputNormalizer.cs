using System.Globalization;
using System.Text;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Folds what people type into comparable words: lower case, accents removed, punctuation and emoji
/// turned into spaces, whitespace collapsed. "  Sad!! 😢 " and "sad" compare equal.
/// </summary>
public static class InputNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(ch) || ch == '\'')
            {
                if (ch == '\'')
                {
                    continue;
                }

                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    public static string[] Tokens(string? text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="normalizedText"/> as whole words.</summary>
    public static bool ContainsPhrase(string normalizedText, string normalizedPhrase)
    {
        if (normalizedPhrase.Length == 0)
        {
            return false;
        }

        var index = 0;
        while ((index = normalizedText.IndexOf(normalizedPhrase, index, StringComparison.Ordinal)) >= 0)
        {
            var startOk = index == 0 || normalizedText[index - 1] == ' ';
            var end = index + normalizedPhrase.Length;
            var endOk = end == normalizedText.Length || normalizedText[end] == ' ';
            if (startOk && endOk)
            {
                return true;
            }

            index++;
        }

        return false;
    }
}
