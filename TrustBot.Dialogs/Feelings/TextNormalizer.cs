using System.Globalization;
using System.Text;

namespace TrustBot.Dialogs.Feelings;

/// <summary>
/// Shared normalisation for the content matchers: lower case, accents stripped, apostrophes dropped
/// ("doesn't" -> "doesnt", "I'm" -> "im"), sentence punctuation turned into a clause break token so
/// negation does not leak across "not angry, just hurt".
/// </summary>
internal static class TextNormalizer
{
    public const string ClauseBreak = "|";

    /// <summary>Only the start of very long messages is matched, so one pasted essay cannot slow a turn down.</summary>
    public const int MaxInputLength = 2000;

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = Fold(text.Length > MaxInputLength ? text[..MaxInputLength] : text);
        var tokens = new List<string>();
        var current = new StringBuilder();

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }

        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (c is '\'' or '\u2019' or '\u2018' or '`')
            {
                // Dropped inside words so contractions become one token.
            }
            else if (c is '.' or ',' or ';' or '!' or '?' or ':' or '\n' or '(' or ')')
            {
                Flush();
                if (tokens.Count > 0 && tokens[^1] != ClauseBreak)
                {
                    tokens.Add(ClauseBreak);
                }
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return tokens;
    }

    /// <summary>Tokens joined by single spaces, clause breaks kept, padded with spaces for whole-word searches.</summary>
    public static string Flatten(string? text) => " " + string.Join(' ', Tokenize(text)) + " ";

    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transposition), capped for speed.</summary>
    public static int EditDistance(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) > cap)
        {
            return cap + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                }

                d[i, j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > cap)
            {
                return cap + 1;
            }
        }

        return d[a.Length, b.Length];
    }
}
