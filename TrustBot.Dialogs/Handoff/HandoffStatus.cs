namespace TrustBot.Dialogs.Handoff;

/// <summary>Where a request is. Waiting and Live are open; the rest are final. Stored by name.</summary>
public enum HandoffStatus
{
    Waiting,
    Live,
    Ended,
    Cancelled,
    TimedOut,

    /// <summary>The agent hub could not take it (<c>handoff.status</c> failed).</summary>
    Failed,
}
