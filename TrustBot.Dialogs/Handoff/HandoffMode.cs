namespace TrustBot.Dialogs.Handoff;

/// <summary>Who takes a request (<c>Handoff:Mode</c>).</summary>
public enum HandoffMode
{
    /// <summary>The built-in queue and the staff console at <c>/console</c>.</summary>
    Console,

    /// <summary>An agent hub: the bot emits <c>handoff.initiate</c> and follows the hub's <c>handoff.status</c> (protocol.md section f).</summary>
    Hub,
}
