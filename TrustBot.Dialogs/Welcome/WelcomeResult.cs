namespace TrustBot.Dialogs.Welcome;

/// <summary>How the welcome ended: whether the person wants a check-in right away.</summary>
public sealed record WelcomeResult(bool StartCheckIn);
