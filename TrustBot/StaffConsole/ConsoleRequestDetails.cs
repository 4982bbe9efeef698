namespace TrustBot.StaffConsole;

/// <summary>An accepted request as its therapist (or a supervisor) sees it: the summary only if the person agreed to share it.</summary>
public sealed record ConsoleRequestDetails(string Id, string Urgency, string Status, string? Summary, string StaffId, DateTimeOffset? AcceptedAt);
