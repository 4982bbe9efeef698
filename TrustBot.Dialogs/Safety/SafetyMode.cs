namespace TrustBot.Dialogs.Safety;

/// <summary>Which answer the safety dialog is waiting for.</summary>
public enum SafetyMode
{
    /// <summary>"Are you having thoughts of ending your life?"</summary>
    Clarify,

    /// <summary>"Are you safe right now?"</summary>
    AreYouSafe,

    /// <summary>"Is it safe for you to talk right now?" (abuse).</summary>
    SafeToTalk,

    /// <summary>"Go back to your check-in, or stop here?"</summary>
    Resume,
}
