namespace TrustBot.StaffConsole;

/// <summary>Supervisor view: which staff member handles which live request.</summary>
public sealed record ConsoleAssignment(string RequestId, string Urgency, string StaffId, string StaffDisplayName, DateTimeOffset? AcceptedAt);
