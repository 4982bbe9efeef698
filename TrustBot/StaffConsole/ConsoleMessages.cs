namespace TrustBot.StaffConsole;

/// <summary>Messages after a sequence number, and the request's status (so the page sees an end).</summary>
public sealed record ConsoleMessages(string Status, IReadOnlyList<ConsoleMessage> Messages);
