using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Preferences;

/// <summary>
/// Reads country, time zone and locale hints from an incoming activity: the Teams "clientInfo" entity
/// (country, timezone, locale), the activity's localTimezone (Web Chat / Direct Line) and locale.
/// Used to pre-fill the welcome questions, which the person then confirms.
/// </summary>
public static class LocaleHintsReader
{
    /// <summary>Extracts hints; never throws on odd or missing entity shapes.</summary>
    public static LocaleHints Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var clientInfo = activity.Entities?.FirstOrDefault(e =>
            string.Equals(StringValue(e, "type"), "clientInfo", StringComparison.OrdinalIgnoreCase));

        var locale = FirstNonEmpty(StringValue(clientInfo, "locale"), activity.Locale);
        var country = CountryResolver.FromCountryCode(StringValue(clientInfo, "country"))
            ?? CountryResolver.FromLocale(locale);

        var zoneText = FirstNonEmpty(activity.LocalTimezone, StringValue(clientInfo, "timezone"));
        var zone = TimeZoneResolver.Find(zoneText) is null ? null : TimeZoneResolver.Resolve(zoneText, country);

        return new LocaleHints(country, zone, locale);
    }

    private static string? StringValue(JsonObject? entity, string name)
    {
        if (entity is null || !entity.TryGetPropertyValue(name, out var node) || node is not JsonValue value)
        {
            return null;
        }

        return value.TryGetValue<string>(out var text) ? text : null;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
