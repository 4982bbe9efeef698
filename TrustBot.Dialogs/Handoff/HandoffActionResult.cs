namespace TrustBot.Dialogs.Handoff;

/// <summary>What became of a staff action on a request.</summary>
public enum HandoffActionResult
{
    Done,

    /// <summary>No such request, or not one this staff member may act on (the console answers 404 either way).</summary>
    NotFound,

    /// <summary>The request is no longer in the state the action needs (taken, cancelled, ended).</summary>
    Conflict,
}
