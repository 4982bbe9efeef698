using System.Text.RegularExpressions;
using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>Reads the schedule answers people type: days ("Mon, Wed and Fri", "weekends") and quiet hours ("22:00-07:00", "11pm to 8am").</summary>
public static partial class ScheduleInputRecognizer
{
    private static readonly Dictionary<string, DayOfWeek> DayWords = BuildDayWords();

    /// <summary>The days named, in week order; empty when none.</summary>
    public static IReadOnlyList<DayOfWeek> Days(string? text)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var token in InputNormalizer.Tokens(text))
        {
            if (token is "weekend" or "weekends")
            {
                days.Add(DayOfWeek.Saturday);
                days.Add(DayOfWeek.Sunday);
            }
            else if (token is "weekday" or "weekdays")
            {
                days.UnionWith([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
            }
            else if (DayWords.TryGetValue(token, out var day))
            {
                days.Add(day);
            }
        }

        // Monday first, as people read a week.
        return days.OrderBy(d => ((int)d + 6) % 7).ToList();
    }

    /// <summary>A quiet-hours range, or null when the text is not one.</summary>
    public static (TimeOnly Start, TimeOnly End)? QuietHours(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parts = RangeSeparator().Split(text.Trim(), 2);
        if (parts.Length != 2)
        {
            return null;
        }

        var start = TimeOfDayRecognizer.Recognize(parts[0]);
        var end = TimeOfDayRecognizer.Recognize(parts[1]);
        return start is null || end is null || start == end ? null : (start.Value, end.Value);
    }

    [GeneratedRegex(@"\s*(?:-|–|—|\bto\b|\buntil\b|\btill\b)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex RangeSeparator();

    private static Dictionary<string, DayOfWeek> BuildDayWords()
    {
        var words = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        void Add(DayOfWeek day, params string[] names)
        {
            foreach (var name in names)
            {
                words[name] = day;
            }
        }

        Add(DayOfWeek.Monday, "monday", "mondays", "mon");
        Add(DayOfWeek.Tuesday, "tuesday", "tuesdays", "tue", "tues");
        Add(DayOfWeek.Wednesday, "wednesday", "wednesdays", "wed", "weds");
        Add(DayOfWeek.Thursday, "thursday", "thursdays", "thu", "thur", "thurs");
        Add(DayOfWeek.Friday, "friday", "fridays", "fri");
        Add(DayOfWeek.Saturday, "saturday", "saturdays", "sat");
        Add(DayOfWeek.Sunday, "sunday", "sundays", "sun");
        return words;
    }
}
