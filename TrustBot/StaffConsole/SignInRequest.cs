namespace TrustBot.StaffConsole;

/// <summary>Body of <c>POST /console/api/signin</c>.</summary>
public sealed record SignInRequest(string? Id, string? Password);
