namespace TrustBot.StaffConsole;

/// <summary>One embedded staff account (<c>Handoff:Staff:N</c>). The hash comes from <c>hash-password</c>; never a password.</summary>
public sealed class StaffAccount
{
    public string Id { get; set; } = "";

    /// <summary>The name the person sees ("Alex (therapist): ...").</summary>
    public string DisplayName { get; set; } = "";

    /// <summary><see cref="StaffRoles.Therapist"/> or <see cref="StaffRoles.Supervisor"/>.</summary>
    public string Role { get; set; } = StaffRoles.Therapist;

    /// <summary><see cref="StaffPasswordHasher"/> format.</summary>
    public string PasswordHash { get; set; } = "";
}
