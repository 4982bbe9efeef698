namespace TrustBot.Dialogs.Scheduling;

/// <summary>Which proactive message an occurrence sends. Stored in the outbox by name.</summary>
public enum PromptKind
{
    /// <summary>The regular "Time for your check-in".</summary>
    CheckIn,

    /// <summary>After a recent crisis: a gentle question with consent instead of a cheerful prompt.</summary>
    Gentle,

    /// <summary>A planned small action is due (conversation.md section 5).</summary>
    FollowUp,

    /// <summary>The check-in promised after a handoff nobody could take (the person asked for it).</summary>
    HandoffFollowUp,
}
