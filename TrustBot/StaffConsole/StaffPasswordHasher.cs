using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TrustBot.StaffConsole;

/// <summary>
/// Staff password hashes: PBKDF2 with HMAC-SHA-256 and a random 16-byte salt, stored as
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt base64&gt;$&lt;hash base64&gt;</c> (32-byte hash).
/// The iteration count travels with the hash so it can be raised later without breaking old ones.
/// </summary>
public static class StaffPasswordHasher
{
    public const string Prefix = "pbkdf2-sha256";
    public const int DefaultIterations = 210_000;
    public const int MinimumIterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, MinimumIterations);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Prefix, iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when the string has the documented shape (checked at start-up so a typo fails early).</summary>
    public static bool IsWellFormed(string? encoded) => TryParse(encoded, out _, out _, out _);

    /// <summary>Constant-time comparison; false for a malformed hash rather than an exception.</summary>
    public static bool Verify(string password, string encoded)
    {
        if (!TryParse(encoded, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryParse(string? encoded, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = [];
        hash = [];
        var parts = encoded?.Split('$');
        if (parts is not [Prefix, var count, var saltText, var hashText]
            || !int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations < MinimumIterations)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(saltText);
            hash = Convert.FromBase64String(hashText);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length >= SaltBytes && hash.Length == HashBytes;
    }
}
