namespace TrustBot.Dialogs.Safety;

/// <summary>What <see cref="SafetyDialog"/> waits for; the question itself has already been sent.</summary>
public sealed record SafetyDialogInput(SafetyMode Mode);
