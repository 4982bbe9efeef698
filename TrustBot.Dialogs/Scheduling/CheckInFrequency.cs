using System.Text.Json.Serialization;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>How often scheduled check-ins come (conversation.md section 6). Stored by name.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckInFrequency>))]
public enum CheckInFrequency
{
    Daily,
    Weekdays,
    ChosenDays,
    Weekly,
}
