using System.Globalization;

namespace TrustBot.DirectLine;

/// <summary>Watermarks are the last sequence number as a string; empty, "null", "undefined" or "-" mean "from the beginning".</summary>
public static class DirectLineWatermark
{
    public static string Format(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? value, out long sequence)
    {
        sequence = 0;
        if (string.IsNullOrWhiteSpace(value) || value is "null" or "undefined" or "-")
        {
            return true;
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out sequence);
    }
}
