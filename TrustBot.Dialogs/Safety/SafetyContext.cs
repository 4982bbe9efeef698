namespace TrustBot.Dialogs.Safety;

/// <summary>
/// What the detector remembers between turns, kept by the caller in conversation state (it holds no
/// text): risk that builds across turns ("I can't do this anymore" then "I have the pills") and the
/// answer to a clarifying question.
/// </summary>
/// <param name="LastDecision">The previous turn's decision.</param>
/// <param name="LastCategory">The previous turn's category.</param>
/// <param name="DistressTurnsLeft">For how many more turns an earlier distress or passive signal still counts.</param>
/// <param name="AwaitingClarifyAnswer">The bot has just asked whether the person has thoughts of ending their life.</param>
public sealed record SafetyContext(
    CrisisDecision LastDecision = CrisisDecision.Continue,
    CrisisCategory LastCategory = CrisisCategory.None,
    int DistressTurnsLeft = 0,
    bool AwaitingClarifyAnswer = false)
{
    /// <summary>A fresh conversation.</summary>
    public static SafetyContext Empty { get; } = new();
}
