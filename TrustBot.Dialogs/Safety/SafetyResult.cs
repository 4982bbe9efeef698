namespace TrustBot.Dialogs.Safety;

/// <summary>The verdict for this turn plus the context to store for the next one.</summary>
public sealed record SafetyResult(SafetyAssessment Assessment, SafetyContext Context);
