namespace TrustBot.StaffConsole;

/// <summary>Body of <c>POST /console/api/requests/{id}/messages</c>.</summary>
public sealed record SendMessageRequest(string? Text);
