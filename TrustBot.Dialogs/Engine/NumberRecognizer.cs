using System.Globalization;

namespace TrustBot.Dialogs.Engine;

/// <summary>Finds the whole number a person meant: "7", "about a 7", "7/10", "7 out of 10", "seven".</summary>
public static class NumberRecognizer
{
    private static readonly string[] Words =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    /// <summary>The first number in the text; null when there is none or it is not a whole number.</summary>
    public static int? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var raw = text.Trim();
        for (var i = 0; i < raw.Length; i++)
        {
            if (!char.IsAsciiDigit(raw[i]))
            {
                continue;
            }

            var negative = i > 0 && raw[i - 1] == '-' && (i == 1 || !char.IsLetterOrDigit(raw[i - 2]));
            var end = i;
            while (end < raw.Length && char.IsAsciiDigit(raw[end]))
            {
                end++;
            }

            // "7.5" or "7,5" is not a whole number: say so rather than silently rounding.
            if (end + 1 < raw.Length && (raw[end] == '.' || raw[end] == ',') && char.IsAsciiDigit(raw[end + 1]))
            {
                return null;
            }

            if (end - i > 9 || !int.TryParse(raw.AsSpan(i, end - i), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            return negative ? -value : value;
        }

        foreach (var token in InputNormalizer.Tokens(raw))
        {
            var index = Array.IndexOf(Words, token);
            if (index >= 0)
            {
                return index;
            }
        }

        return null;
    }
}
