using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Modules;
using TrustBot.Dialogs.Profile;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// A check-in was completed and saved: plan the follow-up of its small step when it has a due time
/// (conversation.md section 5), and after the very first check-in offer a schedule to someone who has none.
/// </summary>
public sealed class CheckInEndedScheduling(ProfileAccessor profiles, ICheckInScheduler scheduler) : IDialogResultHandler
{
    public string DialogId => CheckInDialog.DialogId;

    public async Task HandleAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var turn = dc.Context;

        // The check-in completes only through its closing step, which saves it last when storage is allowed.
        var history = profiles.Profile(turn).CheckIns;
        if (!profiles.MayStore(turn) || history.Count == 0)
        {
            return;
        }

        var channelId = turn.Activity.ChannelId ?? string.Empty;
        var userId = turn.Activity.From?.Id ?? string.Empty;
        var record = history[^1];
        if (record.FollowUpDueAt is { } due)
        {
            await scheduler.ScheduleFollowUpAsync(channelId, userId, turn.Activity.Conversation?.Id, record.Id, due, cancellationToken);
        }

        if (history.Count == 1 && await scheduler.GetAsync(channelId, userId, cancellationToken) is null)
        {
            await ScheduleOffer.SendAsync(turn, cancellationToken);
        }
    }
}
