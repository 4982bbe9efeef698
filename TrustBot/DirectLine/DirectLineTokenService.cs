using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace TrustBot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact HS256 JWTs bound to one conversation and one user,
/// with an expiry taken from <see cref="TimeProvider"/>. Checked in constant time.
/// </summary>
public sealed class DirectLineTokenService
{
    private static readonly string Header = WebEncoders.Base64UrlEncode("""{"alg":"HS256","typ":"JWT"}"""u8.ToArray());

    private readonly DirectLineSigningKey _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public DirectLineTokenService(DirectLineSigningKey key, TimeProvider time, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options)
    {
        _key = key;
        _time = time;
        _lifetime = options.Value.TokenLifetime;
    }

    /// <summary>Token lifetime in whole seconds, as the <c>expires_in</c> field reports it.</summary>
    public int LifetimeSeconds => (int)_lifetime.TotalSeconds;

    public string Issue(string conversationId, string userId)
    {
        var now = _time.GetUtcNow();
        var payload = new TokenPayload
        {
            Conversation = conversationId,
            User = userId,
            IssuedAt = now.ToUnixTimeSeconds(),
            Expires = (now + _lifetime).ToUnixTimeSeconds(),
            Nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(9)),
        };
        var body = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signed = $"{Header}.{body}";
        return $"{signed}.{WebEncoders.Base64UrlEncode(Sign(signed))}";
    }

    public TokenValidationStatus Validate(string? token, out DirectLineTokenClaims? claims)
    {
        claims = null;
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return TokenValidationStatus.Malformed;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != Header)
        {
            return TokenValidationStatus.Malformed;
        }

        byte[] signature;
        TokenPayload? payload;
        try
        {
            signature = WebEncoders.Base64UrlDecode(parts[2]);
            payload = JsonSerializer.Deserialize<TokenPayload>(WebEncoders.Base64UrlDecode(parts[1]));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return TokenValidationStatus.Malformed;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign($"{parts[0]}.{parts[1]}")))
        {
            return TokenValidationStatus.BadSignature;
        }

        if (payload is not { Conversation: { Length: > 0 } conversation, User: { Length: > 0 } user })
        {
            return TokenValidationStatus.Malformed;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(payload.Expires);
        if (expires <= _time.GetUtcNow())
        {
            return TokenValidationStatus.Expired;
        }

        claims = new DirectLineTokenClaims(conversation, user, expires);
        return TokenValidationStatus.Valid;
    }

    private byte[] Sign(string data) => HMACSHA256.HashData(_key.Key, Encoding.ASCII.GetBytes(data));

    private sealed class TokenPayload
    {
        [JsonPropertyName("conv")]
        public string? Conversation { get; set; }

        [JsonPropertyName("user")]
        public string? User { get; set; }

        [JsonPropertyName("iat")]
        public long IssuedAt { get; set; }

        [JsonPropertyName("exp")]
        public long Expires { get; set; }

        [JsonPropertyName("jti")]
        public string? Nonce { get; set; }
    }
}
