using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TrustBot.Storage;

namespace TrustBot.DirectLine;

/// <summary>
/// The token signing key: from configuration, or generated once and kept next to the database
/// (owner-only file) so no secret ever lives in the repository and restarts keep tokens valid.
/// </summary>
public sealed class DirectLineSigningKey
{
    private const string KeyFileName = "directline-signing.key";

    public DirectLineSigningKey(IOptions<DirectLineOptions> options, IOptions<StorageOptions> storage)
    {
        Key = Load(options.Value.SigningKey, storage.Value);
    }

    internal byte[] Key { get; }

    private static byte[] Load(string? configured, StorageOptions storage)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var bytes = Convert.FromBase64String(configured);
            return bytes.Length >= 32
                ? bytes
                : throw new InvalidOperationException("DirectLine:SigningKey must be base64 of at least 32 bytes.");
        }

        if (string.Equals(storage.Provider, "Memory", StringComparison.OrdinalIgnoreCase))
        {
            // Nothing else survives a restart with the Memory provider, so neither need the tokens; write no file.
            return RandomNumberGenerator.GetBytes(32);
        }

        var folder = Path.GetFullPath(storage.DataFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, KeyFileName);
        if (File.Exists(path))
        {
            var existing = Convert.FromBase64String(File.ReadAllText(path).Trim());
            if (existing.Length >= 32)
            {
                return existing;
            }
        }

        var key = RandomNumberGenerator.GetBytes(32);
        var temp = path + ".tmp";
        File.WriteAllText(temp, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: true);
        return key;
    }
}
