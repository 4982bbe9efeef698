using Microsoft.Extensions.Options;

namespace TrustBot.StaffConsole;

/// <summary>The embedded staff accounts; checks a password in the same time whether or not the account exists.</summary>
public sealed class StaffDirectory(IOptions<StaffConsoleOptions> options)
{
    // A real hash to verify against for unknown ids, so the response time does not reveal which ids exist.
    private readonly Lazy<string> _decoy = new(() => StaffPasswordHasher.Hash(Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    public StaffAccount? Find(string id) =>
        options.Value.Staff.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.OrdinalIgnoreCase));

    public StaffAccount? Verify(string id, string password)
    {
        var account = Find(id);
        var matches = StaffPasswordHasher.Verify(password, account?.PasswordHash ?? _decoy.Value);
        return account is not null && matches ? account : null;
    }
}
