namespace TrustBot.Dialogs.Handoff;

/// <summary>The signed-in staff member acting in the console: an id for the audit trail, a name the person sees.</summary>
public sealed record StaffMember(string Id, string DisplayName, bool IsSupervisor);
