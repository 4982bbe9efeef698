using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Safety.CrisisLines;

/// <summary>
/// Crisis lines by ISO country, loaded from the embedded <c>crisis-lines.json</c> (the one place the
/// numbers live). Unknown countries get the international directories and "your local emergency
/// number"; EU countries without an own entry still get 112.
/// </summary>
public sealed class CrisisLineDirectory
{
    private const string ResourceName = "TrustBot.Dialogs.Safety.CrisisLines.crisis-lines.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly FrozenDictionary<string, CountryCrisisLines> _countries;
    private readonly CountryCrisisLines _fallback;
    private readonly FrozenSet<string> _eu;
    private readonly string? _euEmergency;

    public CrisisLineDirectory()
    {
        using var stream = typeof(CrisisLineDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The crisis-lines.json resource is missing from the build.");
        var file = JsonSerializer.Deserialize<FileShape>(stream, JsonOptions)
            ?? throw new InvalidOperationException("crisis-lines.json is empty.");
        _fallback = new CountryCrisisLines("ZZ", null, ToLines(file.Fallback.Lines), IsFallback: true);
        _countries = file.Countries.ToFrozenDictionary(
            c => c.Country.ToUpperInvariant(),
            c => new CountryCrisisLines(c.Country.ToUpperInvariant(), c.Emergency, [.. ToLines(c.Lines), .. _fallback.Lines], IsFallback: false),
            StringComparer.OrdinalIgnoreCase);
        _eu = (file.EuEmergency?.Countries ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _euEmergency = file.EuEmergency?.Emergency;
    }

    /// <summary>Every country with its own entry.</summary>
    public IReadOnlyCollection<string> Countries => _countries.Keys;

    /// <summary>The lines for an ISO 3166-1 alpha-2 code (any case; a locale like "en-GB" also works), with fallback.</summary>
    public CountryCrisisLines Get(string? countryCode)
    {
        var code = Normalize(countryCode);
        if (code is not null && _countries.TryGetValue(code, out var lines))
        {
            return lines;
        }

        if (code is not null && _eu.Contains(code))
        {
            return _fallback with { Country = code, EmergencyNumber = _euEmergency };
        }

        return _fallback;
    }

    /// <summary>One-tap actions: call, text and chat for the crisis line (or abuse line first), and the emergency number.</summary>
    public static IReadOnlyList<CardAction> ToActions(CountryCrisisLines lines, bool abuseFirst = false, bool emergencyFirst = false)
    {
        var actions = new List<CardAction>();
        var ordered = abuseFirst
            ? lines.Lines.OrderBy(l => l.Kind == CrisisLineKind.Abuse ? 0 : 1)
            : lines.Lines.Where(l => l.Kind != CrisisLineKind.Abuse).Concat(lines.OfKind(CrisisLineKind.Abuse));
        if (emergencyFirst && lines.EmergencyNumber is { } first)
        {
            actions.Add(CardAction.Call($"Call {first} (emergency)", "tel:" + Dial(first)));
        }

        foreach (var line in ordered)
        {
            if (line.Phone is { } phone)
            {
                actions.Add(CardAction.Call($"Call {line.Name} ({phone})", "tel:" + Dial(phone)));
            }

            if (line.Sms is { } sms)
            {
                var body = line.SmsKeyword is { } keyword ? "?body=" + Uri.EscapeDataString(keyword) : string.Empty;
                actions.Add(CardAction.OpenUrl(line.SmsKeyword is { } k ? $"Text {k} to {sms}" : $"Text {sms}", "sms:" + Dial(sms) + body));
            }

            if (line.Url is { } url)
            {
                actions.Add(CardAction.OpenUrl(line.Kind == CrisisLineKind.Chat ? $"Chat: {line.Name}" : line.Name, url));
            }
        }

        if (!emergencyFirst && lines.EmergencyNumber is { } emergency)
        {
            actions.Add(CardAction.Call($"Call {emergency} (emergency)", "tel:" + Dial(emergency)));
        }

        return actions;
    }

    /// <summary>Digits only (and a leading +) for tel:/sms: URIs.</summary>
    public static string Dial(string number) => new([.. number.Where(c => char.IsAsciiDigit(c) || c == '+')]);

    private static string? Normalize(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        code = code.Trim();
        var dash = code.LastIndexOfAny(['-', '_']);
        if (dash >= 0)
        {
            code = code[(dash + 1)..];
        }

        return code.Length == 2 && char.IsAsciiLetter(code[0]) && char.IsAsciiLetter(code[1]) ? code.ToUpperInvariant() : null;
    }

    private static List<CrisisLine> ToLines(List<LineShape> lines) =>
        [.. lines.Select(l => new CrisisLine(l.Kind, l.Name, l.Phone, l.Sms, l.SmsKeyword, l.Url, l.VerifyBeforeRelease))];

    private sealed record FileShape(CountryShape Fallback, List<CountryShape> Countries, EuShape? EuEmergency);

    private sealed record CountryShape(string Country, string? Emergency, List<LineShape> Lines);

    private sealed record EuShape(List<string> Countries, string Emergency);

    private sealed record LineShape(CrisisLineKind Kind, string Name, string? Phone, string? Sms, string? SmsKeyword, string? Url, bool VerifyBeforeRelease);
}
