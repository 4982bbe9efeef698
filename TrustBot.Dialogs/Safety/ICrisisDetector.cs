namespace TrustBot.Dialogs.Safety;

/// <summary>Screens every incoming message before any dialog sees it. Deterministic, local, no network.</summary>
public interface ICrisisDetector
{
    /// <summary>Assesses one message on its own.</summary>
    SafetyAssessment Assess(string? text);

    /// <summary>
    /// Assesses a message in the light of earlier turns. Store <see cref="SafetyResult.Context"/> in
    /// conversation state and pass it back on the next turn.
    /// </summary>
    SafetyResult Assess(string? text, SafetyContext? context);
}
