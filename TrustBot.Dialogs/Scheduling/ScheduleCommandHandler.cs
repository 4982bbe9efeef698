using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// Runs the schedule commands from any step: <c>schedule</c> and the follow-up start their dialogs;
/// pause, resume, stop, "later" and "skip today" act at once, say what they did, and the question that
/// was waiting is asked again.
/// </summary>
public sealed class ScheduleCommandHandler(ICheckInScheduler scheduler)
{
    /// <summary>"Later" asks again after this long.</summary>
    public static readonly TimeSpan SnoozeDelay = TimeSpan.FromHours(1);

    /// <summary>
    /// Handles the message when it is a schedule command (and asks the waiting question again where that
    /// applies); false when it is not one. For hosts without the module command router.
    /// </summary>
    public async Task<bool> TryHandleAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var command = ScheduleCommandRecognizer.Recognize(dc.Context.InputText());
        if (command == ScheduleCommand.None)
        {
            return false;
        }

        await HandleAsync(dc, command, cancellationToken);
        if (AsksWaitingQuestionAgain(command))
        {
            await dc.RepromptDialogAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>Runs one command; the caller re-asks the waiting question (see <see cref="AsksWaitingQuestionAgain"/>).</summary>
    public async Task HandleAsync(DialogContext dc, ScheduleCommand command, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var channelId = turn.Activity.ChannelId ?? string.Empty;
        var userId = turn.Activity.From?.Id ?? string.Empty;
        switch (command)
        {
            case ScheduleCommand.Schedule:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await dc.BeginDialogAsync(ScheduleDialog.DialogId, null, cancellationToken);
                return;

            case ScheduleCommand.StartFollowUp:
                await dc.CancelAllDialogsAsync(cancellationToken);
                await dc.BeginDialogAsync(FollowUpDialog.DialogId, null, cancellationToken);
                return;
        }

        var schedule = await scheduler.GetAsync(channelId, userId, cancellationToken);
        if (schedule is null)
        {
            await turn.SendTextAsync(ScheduleMessages.NothingScheduled, cancellationToken);
        }
        else
        {
            await turn.SendTextAsync(await ActAsync(command, schedule, cancellationToken), cancellationToken);
        }
    }

    /// <summary>Commands that act at once leave the waiting question to be asked again; the two that start a dialog do not.</summary>
    public static bool AsksWaitingQuestionAgain(ScheduleCommand command) =>
        command is not (ScheduleCommand.Schedule or ScheduleCommand.StartFollowUp);

    private async Task<string> ActAsync(ScheduleCommand command, CheckInSchedule schedule, CancellationToken cancellationToken)
    {
        var (channelId, userId, zone) = (schedule.ChannelId, schedule.UserId, schedule.TimeZoneId);
        switch (command)
        {
            case ScheduleCommand.Pause:
                if (schedule.Paused)
                {
                    return ScheduleMessages.AlreadyPaused;
                }

                await scheduler.PauseAsync(channelId, userId, cancellationToken);
                return ScheduleMessages.Paused;

            case ScheduleCommand.Resume:
                return ScheduleMessages.Resumed(await scheduler.ResumeAsync(channelId, userId, cancellationToken), zone);

            case ScheduleCommand.Stop:
                await scheduler.StopAsync(channelId, userId, cancellationToken);
                return ScheduleMessages.Stopped;

            case ScheduleCommand.Later:
                return ScheduleMessages.Snoozed(await scheduler.SnoozeAsync(channelId, userId, SnoozeDelay, cancellationToken), zone);

            default:
                var next = await scheduler.SkipTodayAsync(channelId, userId, cancellationToken);
                return ScheduleMessages.SkippedToday + " " + ScheduleMessages.NextLine(next, zone);
        }
    }
}
