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

    public List<CheckInRecord> CheckIns { get; set; } = [];
}
