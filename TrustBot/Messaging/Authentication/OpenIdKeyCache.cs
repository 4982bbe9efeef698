using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace TrustBot.Messaging.Authentication;

/// <summary>
/// The signing keys of one OpenID metadata document. Refreshed every 24 hours, and early (at most
/// every 5 minutes) when a token names a key id we do not know, because new keys appear at any time.
/// The library's ConfigurationManager would drop the Bot Framework <c>endorsements</c>, hence this.
/// </summary>
public sealed class OpenIdKeyCache : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    private static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly HttpClient _http;
    private readonly string _metadataUrl;
    private readonly bool _requireHttps;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    // Keys and fetch time change together, so readers outside the lock see one consistent snapshot.
    private volatile Snapshot _snapshot = new([], DateTimeOffset.MinValue);

    public OpenIdKeyCache(HttpClient http, string metadataUrl, bool requireHttps, TimeProvider time)
    {
        _http = http;
        _metadataUrl = metadataUrl;
        _requireHttps = requireHttps;
        _time = time;
    }

    /// <summary>The current keys; fetched when stale or when <paramref name="keyId"/> is unknown.</summary>
    public async Task<IReadOnlyList<SigningKey>> GetKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var seen = _snapshot;
        var stale = now - seen.FetchedAt >= RefreshInterval;
        var unknownKey = keyId is not null && !seen.Keys.Any(k => string.Equals(k.Key.KeyId, keyId, StringComparison.Ordinal))
                         && now - seen.FetchedAt >= MinimumForcedRefreshInterval;
        if (!stale && !unknownKey)
        {
            return seen.Keys;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            var current = _snapshot;
            if (current.FetchedAt <= now - (stale ? RefreshInterval : MinimumForcedRefreshInterval))
            {
                try
                {
                    _snapshot = new Snapshot(await FetchAsync(cancellationToken), _time.GetUtcNow());
                }
                catch
                {
                    // Remember the attempt too, so an outage of the metadata endpoint is not hammered per request.
                    _snapshot = current with { FetchedAt = _time.GetUtcNow() };
                    throw;
                }
            }

            return _snapshot.Keys;
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    private async Task<IReadOnlyList<SigningKey>> FetchAsync(CancellationToken cancellationToken)
    {
        using var metadata = await GetJsonAsync(_metadataUrl, cancellationToken);
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
                      ?? throw new InvalidOperationException("OpenID metadata has no jwks_uri.");
        using var jwks = await GetJsonAsync(jwksUri, cancellationToken);
        var keys = new List<SigningKey>();
        foreach (var element in jwks.RootElement.GetProperty("keys").EnumerateArray())
        {
            var endorsements = new List<string>();
            if (element.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements.AddRange(list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
            }

            keys.Add(new SigningKey(new JsonWebKey(element.GetRawText()), endorsements));
        }

        return keys;
    }

    private async Task<JsonDocument> GetJsonAsync(string url, CancellationToken cancellationToken)
    {
        var uri = new Uri(url, UriKind.Absolute);
        if (_requireHttps && uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException("OpenID metadata must be fetched over HTTPS.");
        }

        using var response = await _http.GetAsync(uri, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    private sealed record Snapshot(IReadOnlyList<SigningKey> Keys, DateTimeOffset FetchedAt);

    public void Dispose() => _refreshLock.Dispose();
}
