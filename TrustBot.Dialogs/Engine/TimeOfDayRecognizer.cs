using System.Globalization;
using System.Text.RegularExpressions;

namespace TrustBot.Dialogs.Engine;

/// <summary>Reads a time of day: "9am", "9:30 pm", "21:00", "noon", "evening".</summary>
public static partial class TimeOfDayRecognizer
{
    private static readonly Dictionary<string, TimeOnly> NamedTimes = new(StringComparer.Ordinal)
    {
        ["noon"] = new(12, 0),
        ["midday"] = new(12, 0),
        ["midnight"] = new(0, 0),
        ["morning"] = new(9, 0),
        ["in the morning"] = new(9, 0),
        ["lunchtime"] = new(12, 30),
        ["afternoon"] = new(14, 0),
        ["in the afternoon"] = new(14, 0),
        ["evening"] = new(19, 0),
        ["in the evening"] = new(19, 0),
        ["night"] = new(21, 0),
        ["at night"] = new(21, 0),
    };

    public static TimeOnly? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lowered = text.Trim().ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal);
        var match = ClockTime().Match(lowered);
        if (match.Success)
        {
            var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            var meridiem = match.Groups["ampm"].Value;
            if (meridiem.Length > 0)
            {
                if (hour is < 1 or > 12)
                {
                    return null;
                }

                hour = (hour % 12) + (meridiem.StartsWith('p') ? 12 : 0);
            }
            else if (!match.Groups["m"].Success && !match.Groups["oclock"].Success)
            {
                // A bare "7" is ambiguous; TrustBot's check-ins are waking-hours, so read 1-6 as afternoon/evening.
                if (hour is >= 1 and <= 6)
                {
                    hour += 12;
                }
            }

            return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
        }

        var normalized = InputNormalizer.Normalize(text);
        foreach (var (name, time) in NamedTimes)
        {
            if (InputNormalizer.ContainsPhrase(normalized, name))
            {
                return time;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d:])(?<h>\d{1,2})(?:[:h](?<m>\d{2}))?\s*(?<ampm>am|pm|a|p)?\b\s*(?<oclock>o'?clock)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex ClockTime();
}
