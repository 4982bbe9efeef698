namespace TrustBot.StaffConsole;

/// <summary>A 4xx answer the page can show as it is.</summary>
public sealed record ConsoleError(string Error);
