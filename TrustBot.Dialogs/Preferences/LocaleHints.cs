namespace TrustBot.Dialogs.Preferences;

/// <summary>What the channel tells us about where the person is; every part may be missing. Confirm before use.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code (upper case), or null.</param>
/// <param name="TimeZoneId">IANA time zone id known to this machine, or null.</param>
/// <param name="Locale">The BCP-47 locale the channel sent, or null.</param>
public sealed record LocaleHints(string? CountryCode, string? TimeZoneId, string? Locale);
