using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// Runs a turn in the person's own conversation from outside it (a therapist's message, the end, a
/// timeout): the host sends through Direct Line or the Bot Connector; tests through their driver.
/// </summary>
public interface IHandoffProactiveSender
{
    /// <summary>False when the conversation cannot be reached (no reference, channel gone).</summary>
    Task<bool> ContinueAsync(HandoffRequest request, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken);
}
