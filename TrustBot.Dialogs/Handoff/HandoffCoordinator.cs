using Microsoft.Extensions.Logging;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// The staff side of a handoff: accept, send, end, and the timeout sweep. Each changes the durable
/// request first (compare-and-set), then tells the person in their own conversation through
/// <see cref="IHandoffProactiveSender"/>, in a real turn, so the dialog stack is saved with the message.
/// </summary>
public sealed partial class HandoffCoordinator(
    HumanHandoff handoff,
    IHandoffProactiveSender proactive,
    HandoffTakeOver takeOver,
    TimeProvider time,
    ILogger<HandoffCoordinator> logger)
{
    /// <summary>Requests this staff member may see: the waiting queue (no summary before acceptance), their own live ones; supervisors see every live one.</summary>
    public async Task<IReadOnlyList<HandoffRequest>> VisibleToAsync(StaffMember staff, CancellationToken cancellationToken)
    {
        var open = await handoff.Store.ListOpenAsync(cancellationToken);
        return [.. HandoffRequest.InQueueOrder(open.Where(r => !r.ViaHub && (r.Status == HandoffStatus.Waiting || staff.IsSupervisor || r.StaffId == staff.Id)))];
    }

    /// <summary>A request with its details (summary, messages) only for its therapist and supervisors, after acceptance.</summary>
    public async Task<HandoffRequest?> GetAcceptedAsync(string requestId, StaffMember staff, CancellationToken cancellationToken) =>
        await handoff.Store.GetAsync(requestId, cancellationToken) is { StaffId: not null, ViaHub: false } request && (request.StaffId == staff.Id || staff.IsSupervisor)
            ? request
            : null;

    public async Task<HandoffActionResult> AcceptAsync(string requestId, StaffMember staff, CancellationToken cancellationToken)
    {
        if (await handoff.Store.GetAsync(requestId, cancellationToken) is not { ViaHub: false } request)
        {
            return HandoffActionResult.NotFound;
        }

        var accepted = request with { Status = HandoffStatus.Live, StaffId = staff.Id, AcceptedAt = time.GetUtcNow() };
        if (request.Status != HandoffStatus.Waiting || !await handoff.Store.TryUpdateAsync(accepted, HandoffStatus.Waiting, cancellationToken))
        {
            return HandoffActionResult.Conflict;
        }

        await handoff.AuditAsync(accepted, time, "handoff-accepted", staff.Id, cancellationToken);
        LogStaffAction(logger, "accepted", staff.Id);
        await proactive.ContinueAsync(accepted, (turn, ct) => turn.SendTextAsync(HandoffMessages.Joined(staff.DisplayName), ct), cancellationToken);
        return HandoffActionResult.Done;
    }

    public async Task<HandoffActionResult> SendAsync(string requestId, StaffMember staff, string text, CancellationToken cancellationToken)
    {
        if (await handoff.Store.GetAsync(requestId, cancellationToken) is not { } request || request.StaffId != staff.Id)
        {
            return HandoffActionResult.NotFound;
        }

        if (request.Status != HandoffStatus.Live)
        {
            return HandoffActionResult.Conflict;
        }

        await handoff.Store.AddMessageAsync(request.Id, time.GetUtcNow(), HandoffSpeaker.Therapist, text, false, cancellationToken);
        await proactive.ContinueAsync(request, (turn, ct) => turn.SendTextAsync(HandoffMessages.FromTherapist(staff.DisplayName, text), ct), cancellationToken);
        return HandoffActionResult.Done;
    }

    public async Task<HandoffActionResult> EndAsync(string requestId, StaffMember staff, CancellationToken cancellationToken)
    {
        if (await handoff.Store.GetAsync(requestId, cancellationToken) is not { } request || (request.StaffId != staff.Id && !staff.IsSupervisor))
        {
            return HandoffActionResult.NotFound;
        }

        var ended = request with { Status = HandoffStatus.Ended, EndedAt = time.GetUtcNow() };
        if (request.Status != HandoffStatus.Live || !await handoff.Store.TryUpdateAsync(ended, HandoffStatus.Live, cancellationToken))
        {
            return HandoffActionResult.Conflict;
        }

        await handoff.AuditAsync(ended, time, "handoff-ended", staff.Id, cancellationToken);
        LogStaffAction(logger, "ended", staff.Id);
        var name = request.StaffId == staff.Id ? staff.DisplayName : "The therapist";
        await proactive.ContinueAsync(ended, (turn, ct) => takeOver.TakeOverAsync(turn, HandoffMessages.Ended(name), offerFollowUp: false, ct), cancellationToken);
        return HandoffActionResult.Done;
    }

    /// <summary>Closes every waiting request older than the timeout, honestly, with the resources and a follow-up offer.</summary>
    public async Task<int> ExpireOverdueAsync(CancellationToken cancellationToken)
    {
        var timeout = TimeSpan.FromMinutes(handoff.Options.TimeoutMinutes);
        var now = time.GetUtcNow();
        var expired = 0;
        foreach (var request in (await handoff.Store.ListOpenAsync(cancellationToken)).Where(r => r.Status == HandoffStatus.Waiting && r.RequestedAt + timeout <= now))
        {
            var timedOut = request with { Status = HandoffStatus.TimedOut, EndedAt = now };
            if (!await handoff.Store.TryUpdateAsync(timedOut, HandoffStatus.Waiting, cancellationToken))
            {
                continue;
            }

            expired++;
            await handoff.AuditAsync(timedOut, time, "handoff-timed-out", null, cancellationToken);
            await proactive.ContinueAsync(timedOut, (turn, ct) => takeOver.TakeOverAsync(turn, HandoffMessages.TimedOut(handoff.Options.TimeoutMinutes, handoff.ResourcesText(turn)), offerFollowUp: true, ct), cancellationToken);
        }

        return expired;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff {Action} by staff {StaffId}.")]
    private static partial void LogStaffAction(ILogger logger, string action, string staffId);
}
