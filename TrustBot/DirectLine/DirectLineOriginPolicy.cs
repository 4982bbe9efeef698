using Microsoft.Extensions.Options;

namespace TrustBot.DirectLine;

/// <summary>Which browser origins may use Direct Line: this site itself and the configured <see cref="DirectLineOptions.AllowedOrigins"/>.</summary>
public sealed class DirectLineOriginPolicy
{
    private readonly HashSet<string> _allowed;

    public DirectLineOriginPolicy(IOptions<DirectLineOptions> options)
    {
        _allowed = options.Value.AllowedOrigins.Select(Normalize).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> AllowedOrigins => _allowed;

    /// <summary>No Origin (not a browser), the same origin, or a configured one.</summary>
    public bool IsAllowed(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        var self = $"{request.Scheme}://{request.Host}";
        return string.Equals(Normalize(origin), self, StringComparison.OrdinalIgnoreCase) || _allowed.Contains(Normalize(origin));
    }

    public static string Normalize(string origin) => origin.Trim().TrimEnd('/');
}
