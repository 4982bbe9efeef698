namespace TrustBot.StaffConsole;

/// <summary>
/// Optional Microsoft Entra ID sign-in for the console (<c>Handoff:Entra</c>). On when <see cref="ClientId"/> is set.
/// App roles in the token's <c>roles</c> claim map to the console roles.
/// </summary>
public sealed class EntraConsoleOptions
{
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    public string TenantId { get; set; } = "";

    public string ClientId { get; set; } = "";

    /// <summary>From a secret store or environment variable, never the repo.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>App role value that makes a therapist.</summary>
    public string TherapistRole { get; set; } = "Console.Therapist";

    /// <summary>App role value that makes a supervisor.</summary>
    public string SupervisorRole { get; set; } = "Console.Supervisor";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);
}
