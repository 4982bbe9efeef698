namespace TrustBot.Dialogs.Safety;

/// <summary>What the conversation must do with a message (safety.md "What the detector decides").</summary>
public enum CrisisDecision
{
    /// <summary>Normal flow, including idioms, negations, the past, other people's stories and ordinary distress.</summary>
    Continue = 0,

    /// <summary>Passive or ambiguous signal: ask directly and kindly about thoughts of ending their life.</summary>
    Clarify = 1,

    /// <summary>Current intent, plan, self-harm, harm to others or a goodbye: the crisis flow now.</summary>
    Escalate = 2,

    /// <summary>Being hurt, threatened, controlled or unsafe: the abuse flow (safe-to-talk check first).</summary>
    Abuse = 3,

    /// <summary>Overdose or another medical emergency: the emergency number first.</summary>
    Medical = 4,
}
