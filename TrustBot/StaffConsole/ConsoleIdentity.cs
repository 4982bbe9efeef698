namespace TrustBot.StaffConsole;

/// <summary>Who is signed in, and the anti-forgery token the page sends in <c>X-CSRF-TOKEN</c>.</summary>
public sealed record ConsoleIdentity(string Id, string DisplayName, string Role, string AntiforgeryToken);
