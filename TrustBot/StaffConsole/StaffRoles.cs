namespace TrustBot.StaffConsole;

/// <summary>Console roles, carried as role claims on the console cookie.</summary>
public static class StaffRoles
{
    public const string Therapist = "therapist";
    public const string Supervisor = "supervisor";

    public static bool IsKnown(string? role) => role is Therapist or Supervisor;
}
