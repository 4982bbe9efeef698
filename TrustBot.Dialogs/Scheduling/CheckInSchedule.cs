using System.Text.Json.Serialization;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// One person's scheduled check-ins, kept only for people who agreed to storage. Times are wall-clock
/// times in <see cref="TimeZoneId"/>, so a 9:00 check-in stays at 9:00 across daylight-saving changes.
/// </summary>
public sealed class CheckInSchedule
{
    public string ChannelId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>The conversation the prompt goes to (website conversations are addressed by it).</summary>
    public string? ConversationId { get; set; }

    public CheckInFrequency Frequency { get; set; } = CheckInFrequency.Daily;

    /// <summary>The days for <see cref="CheckInFrequency.ChosenDays"/> (several) and <see cref="CheckInFrequency.Weekly"/> (one).</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    public TimeOnly LocalTime { get; set; } = new(9, 0);

    /// <summary>IANA time zone id.</summary>
    public string TimeZoneId { get; set; } = "Etc/UTC";

    /// <summary>Start of the quiet hours (may be later than <see cref="QuietHoursEnd"/>: 22:00 to 07:00 spans midnight).</summary>
    public TimeOnly? QuietHoursStart { get; set; }

    public TimeOnly? QuietHoursEnd { get; set; }

    public bool Paused { get; set; }

    /// <summary>"Later": the prompt comes again at this instant.</summary>
    public DateTimeOffset? SnoozedUntil { get; set; }

    /// <summary>"Skip today": no prompt on this local date.</summary>
    public DateOnly? SkippedDate { get; set; }

    /// <summary>When the person last had a crisis response; the next prompt is a gentle one instead.</summary>
    public DateTimeOffset? LastCrisisAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    [JsonIgnore]
    public bool HasQuietHours => QuietHoursStart is not null && QuietHoursEnd is not null && QuietHoursStart != QuietHoursEnd;

    /// <summary>The days the prompt comes on.</summary>
    public IReadOnlyList<DayOfWeek> EffectiveDays() => Frequency switch
    {
        CheckInFrequency.Daily => Enum.GetValues<DayOfWeek>(),
        CheckInFrequency.Weekdays => [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        CheckInFrequency.Weekly => Days.Count > 0 ? [Days[0]] : [DayOfWeek.Monday],
        _ => Days.Count > 0 ? Days.Distinct().Order().ToList() : [DayOfWeek.Monday],
    };

    /// <summary>True when a local wall-clock time falls inside the quiet hours (start inclusive, end exclusive).</summary>
    public bool IsQuiet(TimeOnly local)
    {
        if (!HasQuietHours)
        {
            return false;
        }

        var start = QuietHoursStart!.Value;
        var end = QuietHoursEnd!.Value;
        return start < end ? local >= start && local < end : local >= start || local < end;
    }
}
