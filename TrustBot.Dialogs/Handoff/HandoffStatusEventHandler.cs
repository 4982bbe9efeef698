using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Handoff;

/// <summary>Hub mode: an agent hub's <c>handoff.status</c> (protocol.md section f), always answered with 200.</summary>
public sealed class HandoffStatusEventHandler(HumanHandoff handoff, HandoffTakeOver takeOver, ProfileAccessor profiles, TimeProvider time) : IBotEventHandler
{
    public string EventName => HandoffEvents.Status;

    /// <summary>
    /// An agent hub's <c>handoff.status</c> in the person's conversation: accepted makes the request live (the
    /// hub owns the conversation, the bot stays silent); failed closes it honestly with the resources and a
    /// follow-up offer; completed closes it and the bot takes over again. A status for no open request is ignored.
    /// </summary>
    public async Task HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var turn = turnContext;
        var instance = profiles.DialogState(turn).DialogStack.FirstOrDefault(d => d.Id == HandoffDialog.DialogId);
        if (instance is null || HandoffDialog.RequestId(instance) is not { } id || await handoff.Store.GetAsync(id, cancellationToken) is not { ViaHub: true, IsOpen: true } request)
        {
            return;
        }

        var now = time.GetUtcNow();
        switch (HandoffEvents.ReadState(turn.Activity))
        {
            case HandoffEvents.Accepted when request.Status == HandoffStatus.Waiting:
                var accepted = request with { Status = HandoffStatus.Live, StaffId = HandoffRequest.HubStaffId, AcceptedAt = now };
                if (await handoff.Store.TryUpdateAsync(accepted, HandoffStatus.Waiting, cancellationToken))
                {
                    await handoff.AuditAsync(accepted, time, "handoff-accepted", HandoffRequest.HubStaffId, cancellationToken);
                }

                break;

            case HandoffEvents.Failed:
                if (await handoff.Store.TryUpdateAsync(request with { Status = HandoffStatus.Failed, EndedAt = now }, request.Status, cancellationToken))
                {
                    await handoff.AuditAsync(request, time, "handoff-failed", HandoffRequest.HubStaffId, cancellationToken);
                    await takeOver.TakeOverAsync(turn, HandoffMessages.HubFailed(handoff.ResourcesText(turn)), offerFollowUp: true, cancellationToken);
                }

                break;

            case HandoffEvents.Completed:
                if (await handoff.Store.TryUpdateAsync(request with { Status = HandoffStatus.Ended, EndedAt = now }, request.Status, cancellationToken))
                {
                    await handoff.AuditAsync(request, time, "handoff-ended", HandoffRequest.HubStaffId, cancellationToken);
                    await takeOver.TakeOverAsync(turn, HandoffMessages.HubCompleted, offerFollowUp: false, cancellationToken);
                }

                break;
        }
    }
}
