namespace TrustBot.Dialogs.Safety;

/// <summary>
/// The detector's verdict for one message. It carries the rule id for the audit log and never the text.
/// </summary>
/// <param name="Decision">What the conversation must do.</param>
/// <param name="Category">The kind of risk; <see cref="CrisisCategory.None"/> when nothing fired.</param>
/// <param name="RuleId">The rule that decided, e.g. <c>en.suicidal.explicit-intent</c>; empty when nothing fired.</param>
/// <param name="Language">Detected language (ISO 639-1, <c>und</c> when unknown).</param>
/// <param name="MentionsPastRisk">Past self-harm or suicidality without current risk: no crisis, but a gentle check fits.</param>
/// <param name="ThirdParty">The person is worried about someone else: offer helper resources.</param>
public sealed record SafetyAssessment(
    CrisisDecision Decision,
    CrisisCategory Category,
    string RuleId,
    string Language,
    bool MentionsPastRisk = false,
    bool ThirdParty = false)
{
    /// <summary>True when the message needs anything other than the normal flow (clarify, escalate, abuse, medical).</summary>
    public bool IsCrisis => Decision != CrisisDecision.Continue;

    /// <summary>A verdict that nothing fired.</summary>
    public static SafetyAssessment None(string language) => new(CrisisDecision.Continue, CrisisCategory.None, string.Empty, language);
}
