using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Handoff;

/// <summary>The bot taking the conversation back when a request closes from outside the person's turn (a therapist, a timeout, a hub).</summary>
public sealed class HandoffTakeOver(HumanHandoff handoff, ProfileAccessor profiles, IEnumerable<Dialog> dialogs)
{
    private readonly DialogSet _dialogs = CreateDialogSet(dialogs);

    /// <summary>
    /// In the person's turn: the request leaves the stack and the bot says so. After a failure (timeout, a hub
    /// that could not take it) the message carries the crisis lines and a follow-up is offered; after an end,
    /// whatever was parked asks again, or the follow-up is offered when nothing was.
    /// </summary>
    public async Task TakeOverAsync(ITurnContext turn, string text, bool offerFollowUp, CancellationToken cancellationToken)
    {
        var stack = profiles.DialogState(turn);
        stack.DialogStack.RemoveAll(d => d.Id == HandoffDialog.DialogId);
        var dc = new DialogContext(_dialogs, turn, stack);
        if (offerFollowUp)
        {
            await turn.SendActivityAsync(handoff.WithCrisisLines(turn, text), cancellationToken);
            await dc.BeginDialogAsync(HandoffFollowUpDialog.DialogId, null, cancellationToken);
            return;
        }

        await turn.SendTextAsync(text, cancellationToken);
        if (dc.ActiveDialog is not null)
        {
            await turn.SendTextAsync(HandoffMessages.Resuming, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        await dc.BeginDialogAsync(HandoffFollowUpDialog.DialogId, null, cancellationToken);
    }

    private static DialogSet CreateDialogSet(IEnumerable<Dialog> dialogs)
    {
        var set = new DialogSet();
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        return set;
    }
}
