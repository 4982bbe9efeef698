using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Handoff;

/// <summary>After a handoff closed: "Would you like me to check in with you tomorrow?" A yes goes to the scheduler; anything else is a no.</summary>
public sealed class HandoffFollowUpDialog(IHandoffFollowUpScheduler scheduler) : Dialog(DialogId)
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "handoff.followUp";

    private static readonly Choice[] Choices =
    [
        new("yes", HandoffMessages.FollowUpYes, "yes", "yes please", "ok", "okay", "sure", "tomorrow", "check in tomorrow"),
        new("no", HandoffMessages.FollowUpNo, "no", "no thanks", "nope", "not now"),
    ];

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        await AskAsync(dc.Context, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var choice = ChoiceRecognizer.Recognize(turn.InputText(), Choices)?.Value;
        if (choice == "yes")
        {
            await scheduler.ScheduleCheckInAsync(turn.Activity.ChannelId ?? string.Empty, turn.Activity.From?.Id ?? string.Empty, turn.Activity.Conversation?.Id, turn.Time.GetUtcNow().AddDays(1), cancellationToken);
            await turn.SendTextAsync(HandoffMessages.FollowUpScheduled, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (choice == "no")
        {
            await turn.SendTextAsync(HandoffMessages.FollowUpDeclined, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        // Not an answer to the offer: they are talking again, so the ordinary flow gets the message.
        return await dc.PassToDialogBeneathAsync(cancellationToken);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        AskAsync(turnContext, cancellationToken);

    private static Task AskAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Text(HandoffMessages.FollowUpQuestion);
        ChoiceFactory.Apply(activity, Choices, turn.Activity, ListStyle.Auto);
        return turn.SendActivityAsync(activity, cancellationToken);
    }
}
