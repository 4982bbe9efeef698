using TrustBot.Dialogs.CheckIn;

namespace TrustBot.Dialogs.Profile;

/// <summary>
/// Per-conversation data (conversation state). Holds the running check-in and, for people who did
/// not agree to storage, the country and time zone for this conversation only.
/// </summary>
public sealed class ConversationData
{
    public CheckInDraft? CheckIn { get; set; }

    public string? CountryCode { get; set; }

    public string? TimeZoneId { get; set; }
}
