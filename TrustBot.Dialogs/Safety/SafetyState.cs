using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Safety;

/// <summary>The safety layer's memory for one conversation (conversation state). Holds no message text.</summary>
public sealed class SafetyState
{
    /// <summary>What the detector carries between turns (risk building across turns, a pending clarify question).</summary>
    public SafetyContext? Detector { get; set; }

    /// <summary>Consecutive free-text messages with very negative sentiment.</summary>
    public int VeryNegativeStreak { get; set; }

    /// <summary>Messages since distress support was last offered; it is not offered again too soon.</summary>
    public int TurnsSinceDistressOffer { get; set; } = int.MaxValue / 2;

    /// <summary>Messages since the last crisis reply; the ordinary "want to check in?" nudge waits a while after one.</summary>
    public int TurnsSinceCrisis { get; set; } = int.MaxValue / 2;

    /// <summary>The dialog that was running when a crisis interrupted it; resumed only if the person asks.</summary>
    public DialogState? Parked { get; set; }
}
