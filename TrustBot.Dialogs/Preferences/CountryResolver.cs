using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using TrustBot.Dialogs.Feelings;

namespace TrustBot.Dialogs.Preferences;

/// <summary>
/// Turns what people type ("UK", "england", "the states", "españa", "Deutschland", "gb") or what a
/// channel sends ("en-GB", Teams clientInfo country) into an ISO 3166-1 alpha-2 code, so the right
/// crisis line can be offered. Names come from .NET's region data (English and native names) plus
/// everyday aliases. Returns null rather than guessing when nothing fits.
/// </summary>
public static class CountryResolver
{
    private static readonly string[] LeadingFillers =
    [
        "i live in ", "i am in ", "im in ", "i am from ", "im from ", "living in ", "based in ", "from ", "in ", "the ", "its ", "it is ",
    ];

    private static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>
    {
        ["uk"] = "GB", ["u k"] = "GB", ["united kingdom"] = "GB", ["england"] = "GB", ["scotland"] = "GB", ["wales"] = "GB",
        ["northern ireland"] = "GB", ["britain"] = "GB", ["great britain"] = "GB", ["gb"] = "GB",
        ["us"] = "US", ["usa"] = "US", ["u s"] = "US", ["u s a"] = "US", ["united states"] = "US", ["united states of america"] = "US",
        ["america"] = "US", ["states"] = "US", ["the states"] = "US",
        ["uae"] = "AE", ["emirates"] = "AE", ["south korea"] = "KR", ["korea"] = "KR", ["north korea"] = "KP", ["russia"] = "RU",
        ["czechia"] = "CZ", ["czech republic"] = "CZ", ["holland"] = "NL", ["netherlands"] = "NL", ["iran"] = "IR", ["vietnam"] = "VN",
        ["taiwan"] = "TW", ["aotearoa"] = "NZ", ["eire"] = "IE", ["ireland"] = "IE", ["republic of ireland"] = "IE", ["schweiz"] = "CH", ["suisse"] = "CH",
        ["bharat"] = "IN", ["brasil"] = "BR", ["ivory coast"] = "CI", ["turkey"] = "TR", ["turkiye"] = "TR", ["saudi"] = "SA",
        ["saudi arabia"] = "SA", ["hong kong"] = "HK", ["macau"] = "MO", ["palestine"] = "PS", ["congo"] = "CG", ["drc"] = "CD",
        ["philippines"] = "PH", ["bosnia"] = "BA", ["nz"] = "NZ", ["oz"] = "AU", ["aussie"] = "AU", ["deutschland"] = "DE",
        ["espana"] = "ES", ["nippon"] = "JP", ["nihon"] = "JP", ["mexico"] = "MX", ["canada"] = "CA", ["india"] = "IN",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ThreeLetterCodes = BuildThreeLetterCodes();

    private static readonly FrozenDictionary<string, string> Names = BuildNames();

    private static readonly string[] NamesLongestFirst =
        Names.Keys.Where(k => k.Length >= 4).OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>Every alpha-2 code this machine's region data knows, in order.</summary>
    public static IReadOnlyList<string> KnownCodes { get; } = [.. ThreeLetterCodes.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Resolves free text to an alpha-2 code (upper case), or null.</summary>
    public static string? Resolve(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = Key(text);
        for (var stripped = true; stripped && key.Length > 0;)
        {
            if (Names.TryGetValue(key, out var exact))
            {
                return exact;
            }

            stripped = false;
            foreach (var filler in LeadingFillers)
            {
                if (key.StartsWith(filler, StringComparison.Ordinal))
                {
                    key = key[filler.Length..];
                    stripped = true;
                    break;
                }
            }
        }

        if (key.Length is 2 or 3 && key.All(char.IsAsciiLetterLower))
        {
            var code = FromCode(key);
            if (code is not null)
            {
                return code;
            }
        }

        // "London, England" or "somewhere in india": the longest country name inside the text wins.
        var padded = " " + key + " ";
        foreach (var name in NamesLongestFirst)
        {
            if (padded.Contains(" " + name + " ", StringComparison.Ordinal))
            {
                return Names[name];
            }
        }

        return null;
    }

    /// <summary>The region of a BCP-47 locale ("en-GB" -> "GB", "zh-Hant-TW" -> "TW"), or null ("en", "es-419").</summary>
    public static string? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var parts = locale.Trim().Split('-', '_');
        foreach (var part in parts.Skip(1))
        {
            if (part.Length == 2 && part.All(char.IsAsciiLetter))
            {
                return FromCode(part.ToLowerInvariant());
            }
        }

        return null;
    }

    /// <summary>Validates a two-letter code from a channel (Teams clientInfo "country"); null when not a known region.</summary>
    public static string? FromCountryCode(string? code) =>
        code is { Length: 2 } && code.All(char.IsAsciiLetter) ? FromCode(code.ToLowerInvariant()) : null;

    /// <summary>The English display name for a code ("GB" -> "United Kingdom"), or null when unknown.</summary>
    public static string? EnglishName(string? code)
    {
        var valid = FromCountryCode(code);
        return valid is null ? null : new RegionInfo(valid).EnglishName;
    }

    private static string? FromCode(string lower)
    {
        if (Aliases.TryGetValue(lower, out var alias) && lower.Length == 2)
        {
            return alias;
        }

        if (lower.Length == 3)
        {
            return ThreeLetterCodes.GetValueOrDefault(lower);
        }

        try
        {
            var two = new RegionInfo(lower.ToUpperInvariant()).TwoLetterISORegionName;
            return string.Equals(two, lower, StringComparison.OrdinalIgnoreCase) && two.All(char.IsAsciiLetter) ? two.ToUpperInvariant() : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Key(string text)
    {
        var folded = TextNormalizer.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            builder.Append(char.IsLetter(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static IEnumerable<RegionInfo> Regions()
    {
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo? region;
            try
            {
                region = new RegionInfo(culture.Name);
            }
            catch (ArgumentException)
            {
                region = null;
            }

            if (region is not null && region.TwoLetterISORegionName.Length == 2 && region.TwoLetterISORegionName.All(char.IsAsciiLetter))
            {
                yield return region;
            }
        }
    }

    private static FrozenDictionary<string, string> BuildThreeLetterCodes()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in Regions())
        {
            codes.TryAdd(region.ThreeLetterISORegionName.ToLowerInvariant(), region.TwoLetterISORegionName.ToUpperInvariant());
        }

        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> BuildNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var region in Regions())
        {
            var code = region.TwoLetterISORegionName.ToUpperInvariant();
            foreach (var name in new[] { region.EnglishName, region.NativeName })
            {
                var key = Key(name);

                // Short Latin keys are codes, handled separately; short native names ("日本") are real names.
                if (key.Length >= 3 || (key.Length == 2 && !key.All(char.IsAscii)))
                {
                    names.TryAdd(key, code);
                }
            }
        }

        // Aliases win over region names ("ireland" is the country, not "northern ireland").
        foreach (var (alias, code) in Aliases)
        {
            names[alias] = code;
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
