namespace TrustBot.Dialogs.Safety;

/// <summary>How the safety dialog ended: whether the person asked to go back to the parked dialog.</summary>
public sealed record SafetyDialogResult(bool Resume);
