using TrustBot.Dialogs.Actions;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Offers, never forces, support when someone seems to be struggling: a grounding exercise, a person,
/// or simply going on. It sits on top of whatever was running, which asks its question again after.
/// </summary>
public sealed class DistressOfferDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "distressOffer";

    private const string ChoicePromptId = "distressOffer.choice";
    private const string Grounding = "grounding";
    private const string Person = "person";
    private const string KeepGoing = "keep-going";

    private readonly ISafetyAuditLog _audit;
    private readonly HumanHandoff _handoff;

    public DistressOfferDialog(ISafetyAuditLog audit, HumanHandoff handoff)
        : base(DialogId)
    {
        _handoff = handoff;
        _audit = audit;
        AddDialog(new WaterfallDialog("distressOffer.steps", [OfferStepAsync, ActStepAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
    }

    private static readonly Choice[] OfferChoices =
    [
        new(Grounding, EscalationMessages.GroundingButton, "grounding", "breathing", "exercise", "yes"),
        new(Person, EscalationMessages.PersonButton, "person", "therapist", "human", "someone"),
        new(KeepGoing, EscalationMessages.KeepGoingButton, "keep going", "continue", "no", "no thanks", "go on"),
    ];

    /// <summary>
    /// The offer sits on top of a question already asked ("Who was it about?", whose Teams buttons stay on
    /// screen). A message that picks none of the offer's choices answers that question: the offer steps aside
    /// and the question gets the message, rather than reading it as "keep going" and asking again.
    /// </summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var choice = turn.Activity.Type == ActivityTypes.Message ? ChoiceRecognizer.Recognize(turn.InputText(), OfferChoices) : null;
        if (choice?.Value == Person)
        {
            // The request replaces the offer; whatever the offer sat on stays parked beneath it.
            await _audit.RecordAsync(SafetyAuditRecord.Answer(turn, "distress-" + Person), cancellationToken);
            return await _handoff.StartAsync(dc, HandoffUrgency.Distress, replaceActive: true, cancellationToken)
                ?? await dc.EndDialogAsync(null, cancellationToken);
        }

        if (turn.Activity.Type == ActivityTypes.Message && dc.Stack.Count > 1 && choice is null)
        {
            await _audit.RecordAsync(SafetyAuditRecord.Answer(turn, "distress-answered-question"), cancellationToken);
            return await dc.PassToDialogBeneathAsync(cancellationToken);
        }

        return await base.ContinueDialogAsync(dc, cancellationToken);
    }

    private static Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(EscalationMessages.DistressOffer),
            Choices = [.. OfferChoices],
            MaxAttempts = 1,
        }, cancellationToken);

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var choice = step.ResultAs<FoundChoice>()?.Value ?? KeepGoing;
        await _audit.RecordAsync(SafetyAuditRecord.Answer(turn, "distress-" + choice), cancellationToken);
        switch (choice)
        {
            case Grounding:
                foreach (var line in GroundingExercises.BoxBreathing.Messages)
                {
                    await turn.SendTextAsync(line, cancellationToken);
                }

                break;
            default:
                await turn.SendTextAsync(EscalationMessages.KeepGoing, cancellationToken);
                break;
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }
}
