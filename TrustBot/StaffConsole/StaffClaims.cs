using System.Security.Claims;
using TrustBot.Dialogs.Handoff;

namespace TrustBot.StaffConsole;

/// <summary>The console identity: staff id, display name and role claims, read back as a <see cref="StaffMember"/>.</summary>
public static class StaffClaims
{
    public static ClaimsPrincipal Create(string id, string displayName, string role, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, id),
            new(ClaimTypes.Name, displayName),
            new(ClaimTypes.Role, role),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static StaffMember ToStaffMember(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Console identity without a staff id."),
        user.FindFirstValue(ClaimTypes.Name) ?? "Therapist",
        user.IsInRole(StaffRoles.Supervisor));
}
