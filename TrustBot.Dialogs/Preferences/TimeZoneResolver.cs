using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using TrustBot.Dialogs.Feelings;

namespace TrustBot.Dialogs.Preferences;

/// <summary>
/// Turns time zone answers into an IANA id: IANA names ("Europe/London"), Windows ids ("GMT Standard
/// Time"), cities ("London", "New York", "Mumbai"), abbreviations ("EST", "IST", "CET", "PST") and offsets
/// ("UTC+2", "GMT-5", "+05:30"). An optional country hint settles ambiguous abbreviations (IST in Ireland
/// is Europe/Dublin, in India Asia/Kolkata). Also offers a default zone per country for the
/// "is this your time zone?" confirmation. Returns null rather than guessing.
/// </summary>
public static partial class TimeZoneResolver
{
    /// <summary>Used when nothing else is known; the caller should still confirm with the person.</summary>
    public const string Utc = "Etc/UTC";

    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["est"] = "America/New_York", ["edt"] = "America/New_York", ["et"] = "America/New_York", ["eastern"] = "America/New_York", ["eastern time"] = "America/New_York",
        ["cst"] = "America/Chicago", ["cdt"] = "America/Chicago", ["ct"] = "America/Chicago", ["central"] = "America/Chicago", ["central time"] = "America/Chicago",
        ["mst"] = "America/Denver", ["mdt"] = "America/Denver", ["mt"] = "America/Denver", ["mountain"] = "America/Denver", ["mountain time"] = "America/Denver",
        ["pst"] = "America/Los_Angeles", ["pdt"] = "America/Los_Angeles", ["pt"] = "America/Los_Angeles", ["pacific"] = "America/Los_Angeles", ["pacific time"] = "America/Los_Angeles",
        ["akst"] = "America/Anchorage", ["hst"] = "Pacific/Honolulu", ["ast"] = "America/Halifax", ["nst"] = "America/St_Johns",
        ["gmt"] = "Europe/London", ["bst"] = "Europe/London", ["uk time"] = "Europe/London", ["utc"] = Utc, ["z"] = Utc, ["zulu"] = Utc,
        ["cet"] = "Europe/Berlin", ["cest"] = "Europe/Berlin", ["mez"] = "Europe/Berlin", ["eet"] = "Europe/Athens", ["eest"] = "Europe/Athens",
        ["wet"] = "Europe/Lisbon", ["west"] = "Europe/Lisbon", ["msk"] = "Europe/Moscow", ["ist"] = "Asia/Kolkata", ["pkt"] = "Asia/Karachi",
        ["jst"] = "Asia/Tokyo", ["kst"] = "Asia/Seoul", ["sgt"] = "Asia/Singapore", ["hkt"] = "Asia/Hong_Kong", ["pht"] = "Asia/Manila",
        ["wib"] = "Asia/Jakarta", ["aest"] = "Australia/Sydney", ["aedt"] = "Australia/Sydney", ["acst"] = "Australia/Adelaide",
        ["awst"] = "Australia/Perth", ["nzst"] = "Pacific/Auckland", ["nzdt"] = "Pacific/Auckland", ["sast"] = "Africa/Johannesburg",
        ["wat"] = "Africa/Lagos", ["eat"] = "Africa/Nairobi", ["gst"] = "Asia/Dubai", ["brt"] = "America/Sao_Paulo",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Abbreviations that mean something else in a particular country.
    private static readonly FrozenDictionary<(string Abbreviation, string Country), string> CountryAbbreviations =
        new Dictionary<(string, string), string>
        {
            [("ist", "IE")] = "Europe/Dublin",
            [("ist", "IL")] = "Asia/Jerusalem",
            [("cst", "CN")] = "Asia/Shanghai",
            [("cst", "TW")] = "Asia/Taipei",
            [("cst", "CU")] = "America/Havana",
            [("bst", "BD")] = "Asia/Dhaka",
            [("est", "AU")] = "Australia/Sydney",
            [("ast", "SA")] = "Asia/Riyadh",
            [("gmt", "IE")] = "Europe/Dublin",
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> Cities = BuildCities();

    private static readonly FrozenDictionary<string, string> CountryDefaults = new Dictionary<string, string>
    {
        ["GB"] = "Europe/London", ["IE"] = "Europe/Dublin", ["US"] = "America/New_York", ["CA"] = "America/Toronto", ["MX"] = "America/Mexico_City",
        ["BR"] = "America/Sao_Paulo", ["AR"] = "America/Argentina/Buenos_Aires", ["CL"] = "America/Santiago", ["CO"] = "America/Bogota", ["PE"] = "America/Lima",
        ["VE"] = "America/Caracas", ["JM"] = "America/Jamaica", ["TT"] = "America/Port_of_Spain",
        ["DE"] = "Europe/Berlin", ["FR"] = "Europe/Paris", ["ES"] = "Europe/Madrid", ["IT"] = "Europe/Rome", ["PT"] = "Europe/Lisbon", ["NL"] = "Europe/Amsterdam",
        ["BE"] = "Europe/Brussels", ["LU"] = "Europe/Luxembourg", ["CH"] = "Europe/Zurich", ["AT"] = "Europe/Vienna", ["DK"] = "Europe/Copenhagen",
        ["SE"] = "Europe/Stockholm", ["NO"] = "Europe/Oslo", ["FI"] = "Europe/Helsinki", ["IS"] = "Atlantic/Reykjavik", ["PL"] = "Europe/Warsaw",
        ["CZ"] = "Europe/Prague", ["SK"] = "Europe/Bratislava", ["HU"] = "Europe/Budapest", ["RO"] = "Europe/Bucharest", ["BG"] = "Europe/Sofia",
        ["GR"] = "Europe/Athens", ["CY"] = "Asia/Nicosia", ["MT"] = "Europe/Malta", ["HR"] = "Europe/Zagreb", ["SI"] = "Europe/Ljubljana", ["RS"] = "Europe/Belgrade",
        ["UA"] = "Europe/Kyiv", ["RU"] = "Europe/Moscow", ["TR"] = "Europe/Istanbul", ["EE"] = "Europe/Tallinn", ["LV"] = "Europe/Riga", ["LT"] = "Europe/Vilnius",
        ["IL"] = "Asia/Jerusalem", ["AE"] = "Asia/Dubai", ["SA"] = "Asia/Riyadh", ["QA"] = "Asia/Qatar", ["EG"] = "Africa/Cairo", ["MA"] = "Africa/Casablanca",
        ["NG"] = "Africa/Lagos", ["GH"] = "Africa/Accra", ["KE"] = "Africa/Nairobi", ["ZA"] = "Africa/Johannesburg", ["ET"] = "Africa/Addis_Ababa",
        ["IN"] = "Asia/Kolkata", ["PK"] = "Asia/Karachi", ["BD"] = "Asia/Dhaka", ["LK"] = "Asia/Colombo", ["NP"] = "Asia/Kathmandu",
        ["CN"] = "Asia/Shanghai", ["HK"] = "Asia/Hong_Kong", ["TW"] = "Asia/Taipei", ["JP"] = "Asia/Tokyo", ["KR"] = "Asia/Seoul",
        ["SG"] = "Asia/Singapore", ["MY"] = "Asia/Kuala_Lumpur", ["TH"] = "Asia/Bangkok", ["VN"] = "Asia/Ho_Chi_Minh", ["PH"] = "Asia/Manila",
        ["ID"] = "Asia/Jakarta", ["AU"] = "Australia/Sydney", ["NZ"] = "Pacific/Auckland", ["IR"] = "Asia/Tehran", ["IQ"] = "Asia/Baghdad",
        ["JO"] = "Asia/Amman", ["LB"] = "Asia/Beirut",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Countries where the default is only the most populous zone: the confirmation should say so.
    private static readonly FrozenSet<string> SeveralZones = new[] { "US", "CA", "MX", "BR", "AR", "CL", "RU", "AU", "ID", "KZ", "MN", "CD", "PT", "ES", "NZ", "EC" }.ToFrozenSet();

    // Offsets that are not whole hours have no Etc/ zone, so they map to the best-known place using them.
    private static readonly FrozenDictionary<int, string> FractionalOffsets = new Dictionary<int, string>
    {
        [330] = "Asia/Kolkata", [345] = "Asia/Kathmandu", [570] = "Australia/Darwin", [210] = "Asia/Tehran", [-210] = "America/St_Johns",
        [390] = "Asia/Yangon", [270] = "Asia/Kabul", [630] = "Australia/Lord_Howe", [525] = "Australia/Eucla", [-570] = "Pacific/Marquesas",
        [765] = "Pacific/Chatham",
    }.ToFrozenDictionary();

    /// <summary>Resolves free text to an IANA id that exists on this machine, or null.</summary>
    /// <param name="text">What the person typed or the channel sent.</param>
    /// <param name="countryHint">Alpha-2 country code, used for ambiguous abbreviations; optional.</param>
    public static string? Resolve(string? text, string? countryHint = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains('/', StringComparison.Ordinal) || trimmed.Contains("Standard Time", StringComparison.OrdinalIgnoreCase))
        {
            var direct = Canonical(trimmed);
            if (direct is not null)
            {
                return direct;
            }
        }

        var offset = OffsetPattern().Match(trimmed);
        if (offset.Success)
        {
            return FromOffset(offset);
        }

        var key = string.Join(' ', TextNormalizer.Tokenize(trimmed).Where(t => t != TextNormalizer.ClauseBreak));
        key = key.Replace(" time zone", string.Empty, StringComparison.Ordinal).Replace(" timezone", string.Empty, StringComparison.Ordinal);
        var country = countryHint?.Trim().ToUpperInvariant();
        if (country is not null && CountryAbbreviations.TryGetValue((key, country), out var local))
        {
            return Canonical(local);
        }

        if (Abbreviations.TryGetValue(key, out var abbreviated))
        {
            return Canonical(abbreviated == Utc ? Utc : SameOffsetCountryZone(abbreviated, country) ?? abbreviated);
        }

        if (Cities.TryGetValue(key, out var city))
        {
            return Canonical(city);
        }

        // "London, UK" or "near Manchester": any known city inside the text.
        var tokens = key.Split(' ');
        for (var length = Math.Min(3, tokens.Length); length >= 1; length--)
        {
            for (var start = 0; start + length <= tokens.Length; start++)
            {
                if (Cities.TryGetValue(string.Join(' ', tokens, start, length), out var found))
                {
                    return Canonical(found);
                }
            }
        }

        // A country name is a fair hint too ("india" -> Asia/Kolkata).
        var fromCountry = CountryResolver.Resolve(trimmed);
        return fromCountry is null ? null : DefaultForCountry(fromCountry);
    }

    /// <summary>The usual zone for a country (the most populous one where there are several), or null.</summary>
    public static string? DefaultForCountry(string? countryCode) =>
        countryCode is not null && CountryDefaults.TryGetValue(countryCode.Trim().ToUpperInvariant(), out var zone) ? Canonical(zone) : null;

    /// <summary>
    /// The country of a place's zone ("America/Toronto" -> "CA"), or null for offsets and zones shared by no
    /// single country. Countries' usual zones first, then what the system's time zone data says per region.
    /// </summary>
    public static string? CountryOf(string? ianaId)
    {
        if (ianaId is null || ianaId.StartsWith("Etc/", StringComparison.Ordinal) || Canonical(ianaId) is not { } zone)
        {
            return null;
        }

        foreach (var (country, defaultZone) in CountryDefaults)
        {
            if (Canonical(defaultZone) == zone)
            {
                return country;
            }
        }

        if (!TimeZoneInfo.TryConvertIanaIdToWindowsId(zone, out var windowsId))
        {
            return null;
        }

        return CountryResolver.KnownCodes.FirstOrDefault(code =>
            TimeZoneInfo.TryConvertWindowsIdToIanaId(windowsId, code, out var regional) && regional == zone);
    }

    /// <summary>True when the country spans several zones, so the confirmation should name the city it assumed.</summary>
    public static bool HasSeveralZones(string? countryCode) =>
        countryCode is not null && SeveralZones.Contains(countryCode.Trim().ToUpperInvariant());

    /// <summary>The zone for an IANA (or Windows) id, or null when this machine does not know it. Never throws.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>A city-style label for confirmation messages ("America/New_York" -> "New York").</summary>
    public static string Describe(string ianaId)
    {
        ArgumentNullException.ThrowIfNull(ianaId);
        if (ianaId.StartsWith("Etc/", StringComparison.Ordinal))
        {
            var zone = Find(ianaId);
            var offset = zone?.BaseUtcOffset ?? TimeSpan.Zero;
            return offset == TimeSpan.Zero ? "UTC" : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString(@"h\:mm", CultureInfo.InvariantCulture);
        }

        var slash = ianaId.LastIndexOf('/');
        return ianaId[(slash + 1)..].Replace('_', ' ');
    }

    [GeneratedRegex(@"^\s*(?:(?:utc|gmt)\s*)?(?<sign>[+-])\s*(?<hours>\d{1,2})(?:(?::|\.)?(?<minutes>\d{2}))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex OffsetPattern();

    private static string? FromOffset(Match match)
    {
        var hours = int.Parse(match.Groups["hours"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["minutes"].Success ? int.Parse(match.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
        var sign = match.Groups["sign"].Value == "-" ? -1 : 1;
        var total = sign * ((hours * 60) + minutes);
        if (total is < -12 * 60 or > 14 * 60 || minutes >= 60)
        {
            return null;
        }

        if (minutes != 0)
        {
            return FractionalOffsets.TryGetValue(total, out var place) ? Canonical(place) : null;
        }

        // Etc/GMT signs are inverted by POSIX convention: UTC+2 is Etc/GMT-2.
        return hours == 0 ? Canonical(Utc) : Canonical(string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(sign > 0 ? "-" : "+")}{hours}"));
    }

    private static string? SameOffsetCountryZone(string zoneId, string? country)
    {
        // "CET" from someone in France should be Europe/Paris: same clock, their own country's rules and name.
        var countryZone = DefaultForCountry(country);
        var a = Find(zoneId);
        var b = Find(countryZone);
        return a is not null && b is not null && a.BaseUtcOffset == b.BaseUtcOffset ? countryZone : null;
    }

    private static string? Canonical(string id)
    {
        var zone = Find(id);
        if (zone is null)
        {
            return null;
        }

        if (zone.HasIanaId)
        {
            return zone.Id;
        }

        return TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null;
    }

    private static FrozenDictionary<string, string> BuildCities()
    {
        var cities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            var id = zone.HasIanaId ? zone.Id : (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null);
            if (id is null || !id.Contains('/', StringComparison.Ordinal) || id.StartsWith("Etc/", StringComparison.Ordinal))
            {
                continue;
            }

            var city = id[(id.LastIndexOf('/') + 1)..].Replace('_', ' ').ToLowerInvariant();
            cities.TryAdd(city, id);
        }

        void Add(string zone, params string[] names)
        {
            foreach (var name in names)
            {
                cities[name] = zone;
            }
        }

        Add("Europe/London", "london", "manchester", "birmingham", "leeds", "liverpool", "bristol", "glasgow", "edinburgh", "cardiff", "belfast", "newcastle", "sheffield", "nottingham");
        Add("America/New_York", "new york", "nyc", "new york city", "washington", "washington dc", "dc", "boston", "philadelphia", "miami", "atlanta", "orlando", "pittsburgh", "charlotte");
        Add("America/Chicago", "chicago", "dallas", "houston", "austin", "san antonio", "minneapolis", "new orleans", "nashville", "st louis", "kansas city");
        Add("America/Denver", "denver", "salt lake city", "albuquerque");
        Add("America/Phoenix", "phoenix", "tucson");
        Add("America/Los_Angeles", "los angeles", "la", "san francisco", "sf", "seattle", "portland", "san diego", "las vegas", "san jose", "sacramento");
        Add("America/Toronto", "toronto", "ottawa", "montreal");
        Add("America/Vancouver", "vancouver");
        Add("Asia/Kolkata", "mumbai", "bombay", "delhi", "new delhi", "bangalore", "bengaluru", "chennai", "hyderabad", "kolkata", "calcutta", "pune", "ahmedabad");
        Add("Asia/Shanghai", "beijing", "shanghai", "shenzhen", "guangzhou");
        Add("Europe/Berlin", "berlin", "munich", "frankfurt", "hamburg", "cologne");
        Add("Europe/Dublin", "dublin", "cork");
        Add("Australia/Sydney", "sydney", "canberra");
        Add("Asia/Karachi", "karachi", "lahore", "islamabad");
        Add("Africa/Lagos", "lagos", "abuja");
        return cities.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
