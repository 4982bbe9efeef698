using TrustBot.Dialogs.CheckIn;

namespace TrustBot.Dialogs.Profile;

/// <summary>What TrustBot keeps about a person (user state). Written only as the person agreed.</summary>
public sealed class UserProfile
{
    /// <summary>Null until asked; false means nothing beyond this answer is stored.</summary>
    public bool? ConsentGiven { get; set; }

    public bool Welcomed { get; set; }

    /// <summary>ISO 3166 alpha-2, for the right crisis line.</summary>
    public string? CountryCode { get; set; }

    /// <summary>IANA time zone id, for check-in times.</summary>
    public string? TimeZoneId { get; set; }

    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>
    /// The last few check-ins, slim (see PersonHistory); the full history is in the history table. Documents
    /// from before the table hold every check-in here, in full, until they are migrated.
    /// </summary>
    public List<CheckInRecord> CheckIns { get; set; } = [];

    /// <summary>True once <see cref="CheckIns"/> is the recent summary and the history lives in the table.</summary>
    public bool HistoryInTable { get; set; }

    /// <summary>When the two-week reflection was last offered (accepted or not), so it is never offered more often.</summary>
    public DateTimeOffset? ReflectionOfferedAt { get; set; }
}
