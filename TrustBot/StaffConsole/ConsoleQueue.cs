namespace TrustBot.StaffConsole;

/// <summary>Answer of <c>GET /console/api/queue</c>.</summary>
public sealed record ConsoleQueue(IReadOnlyList<ConsoleQueueItem> Requests, int StaffOnline);
