using System.ComponentModel.DataAnnotations;

namespace TrustBot.StaffConsole;

/// <summary>Staff console settings, in the <c>Handoff</c> section beside the handoff's own (validated by <see cref="StaffConsoleOptionsValidator"/>).</summary>
public sealed class StaffConsoleOptions
{
    public const string SectionName = "Handoff";

    public List<StaffAccount> Staff { get; set; } = [];

    public EntraConsoleOptions Entra { get; set; } = new();

    /// <summary>Failed sign-ins of one account within <see cref="LockoutMinutes"/> that lock it.</summary>
    [Range(1, 100)]
    public int LockoutFailures { get; set; } = 5;

    [Range(1, 1440)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>A console session ends after this long without activity.</summary>
    [Range(5, 1440)]
    public int SessionMinutes { get; set; } = 480;
}
