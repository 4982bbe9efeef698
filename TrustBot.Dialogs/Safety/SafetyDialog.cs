using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety.CrisisLines;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Waits for the answer to a safety question and responds to it: "are you safe right now?", the
/// clarifying question, or "is it safe to talk?". The first crisis reply is sent by the
/// <see cref="SafetyLayer"/>; this dialog never silently continues the dialog the crisis parked: it
/// asks whether to go back to it, and only an explicit yes does.
/// </summary>
public sealed class SafetyDialog : Dialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "safety";

    private const string ModeKey = "mode";
    private const string AttemptsKey = "attempts";
    private const int MaxUnclearAnswers = 2;

    private static readonly Choice[] AreYouSafeChoices =
    [
        new("safe", SafetyMessages.SafeNow, "safe", "im safe", "i am safe", "yes", "yes im safe", "im ok", "im okay", "i am ok", "im fine", "i am fine", "im alright"),
        new("not-safe", SafetyMessages.NotSafe, "not safe", "no", "im not safe", "i am not safe", "not really", "no im not", "nope", "i dont feel safe"),
        new("person", SafetyMessages.TalkToPerson, "person", "therapist", "human", "talk to someone", "talk to a human"),
    ];

    private static readonly Choice[] ClarifyChoices =
    [
        new("yes", SafetyMessages.Yes, "yes", "yeah", "yep", "i am", "sometimes"),
        new("no", SafetyMessages.No, "no", "nope", "nah", "not at all", "no im not", "no i am not"),
        new("unsure", SafetyMessages.NotSure, "not sure", "maybe", "i dont know", "idk", "kind of", "sort of"),
    ];

    private static readonly Choice[] SafeToTalkChoices =
    [
        new("can-talk", SafetyMessages.SafeToTalk, "yes", "yeah", "i can talk", "its safe", "safe", "ok"),
        new("not-safe-to-talk", SafetyMessages.NotSafeToTalk, "no", "not safe", "cant talk", "i cant talk", "not now", "later"),
    ];

    private static readonly Choice[] ResumeChoices =
    [
        new("resume", EscalationMessages.ResumeButton, "back", "go back", "yes", "continue", "resume", "check in"),
        new("stop", EscalationMessages.StopButton, "stop", "no", "stop here", "not now", "later"),
    ];

    private readonly SafetyReplyBuilder _replies;
    private readonly CrisisLineDirectory _lines;
    private readonly ProfileAccessor _profiles;
    private readonly StatePropertyAccessor<SafetyState> _safety;
    private readonly ISafetyAuditLog _audit;
    private readonly HumanHandoff _handoff;

    public SafetyDialog(SafetyReplyBuilder replies, CrisisLineDirectory lines, ProfileAccessor profiles, ISafetyAuditLog audit, HumanHandoff handoff)
        : base(DialogId)
    {
        _handoff = handoff;
        _replies = replies;
        _lines = lines;
        _profiles = profiles;
        _audit = audit;
        _safety = profiles.ConversationState.CreateProperty<SafetyState>(SafetyLayer.StateName);
    }

    /// <summary>
    /// True when the message is exactly one of the answers this dialog is waiting for (a tapped button,
    /// "I'm not safe"): the dialog answers it, rather than the detector treating it as a new disclosure.
    /// </summary>
    public static bool IsDirectAnswer(DialogInstance instance, string text)
    {
        var choices = instance.State[ModeKey]?.GetValue<string>() switch
        {
            nameof(SafetyMode.Clarify) => ClarifyChoices,
            nameof(SafetyMode.AreYouSafe) => AreYouSafeChoices,
            nameof(SafetyMode.SafeToTalk) => SafeToTalkChoices,
            nameof(SafetyMode.Resume) => ResumeChoices,
            _ => [],
        };
        return ChoiceRecognizer.Recognize(text, choices) is { Score: >= 1.0 };
    }

    /// <summary>Begins with a <see cref="SafetyDialogInput"/>: the mode to wait in.</summary>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var mode = options?.Deserialize<SafetyDialogInput>(ProtocolJson.Options)?.Mode ?? SafetyMode.AreYouSafe;
        dc.ActiveDialog!.State[ModeKey] = mode.ToString();
        dc.ActiveDialog.State[AttemptsKey] = 0;
        return Task.FromResult(EndOfTurn);
    }

    /// <summary>After "help" or "crisis", the safety question is asked again rather than left hanging.</summary>
    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Enum.Parse<SafetyMode>(instance.State[ModeKey]!.GetValue<string>()) switch
        {
            SafetyMode.Clarify => AskAsync(turnContext, SafetyMessages.ClarifyQuestion, ClarifyChoices, cancellationToken),
            SafetyMode.SafeToTalk => AskAsync(turnContext, SafetyMessages.AbuseSafeToTalk, SafeToTalkChoices, cancellationToken),
            SafetyMode.Resume => AskAsync(turnContext, EscalationMessages.AskResume, ResumeChoices, cancellationToken),
            _ => AskAsync(turnContext, SafetyMessages.AreYouSafe, AreYouSafeChoices, cancellationToken),
        };

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        var mode = Enum.Parse<SafetyMode>(state[ModeKey]!.GetValue<string>());
        var text = turn.InputText();
        return mode switch
        {
            SafetyMode.Clarify => await OnClarifyAnswerAsync(dc, text, cancellationToken),
            SafetyMode.AreYouSafe => await OnAreYouSafeAnswerAsync(dc, text, cancellationToken),
            SafetyMode.SafeToTalk => await OnSafeToTalkAnswerAsync(dc, text, cancellationToken),
            _ => await OnResumeAnswerAsync(dc, text, cancellationToken),
        };
    }

    private async Task<DialogTurnResult> OnClarifyAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var answer = RecognizeFirmly(text, ClarifyChoices) ?? (ConfirmRecognizer.Recognize(text) switch { true => "yes", false => "no", _ => "unsure" });
        await AuditAnswerAsync(dc.Context, "clarify-" + answer, cancellationToken);
        if (answer == "no")
        {
            await SayAsync(dc.Context, EscalationMessages.ClarifyNo, cancellationToken);
            return await OfferResumeOrEndAsync(dc, cancellationToken);
        }

        // Yes, or unsure: give the resources and ask whether they are safe right now.
        var assessment = new SafetyAssessment(CrisisDecision.Escalate, CrisisCategory.SuicidalThoughts, "context.clarify-answer-" + answer, "en");
        foreach (var reply in _replies.Build(dc.Context.Activity, assessment, _profiles.CountryCode(dc.Context), therapistAvailable: _handoff.IsAvailable))
        {
            await dc.Context.SendActivityAsync(SafetyLayer.WithPersistentActions(reply), cancellationToken);
        }

        SetMode(dc, SafetyMode.AreYouSafe);
        return EndOfTurn;
    }

    private async Task<DialogTurnResult> OnAreYouSafeAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var lines = _lines.Get(_profiles.CountryCode(turn));
        switch (RecognizeFirmly(text, AreYouSafeChoices))
        {
            case "safe":
                await AuditAnswerAsync(turn, "safe", cancellationToken);
                await SayAsync(turn, EscalationMessages.SafeNow, cancellationToken);
                return await OfferResumeOrEndAsync(dc, cancellationToken);

            case "not-safe":
                await AuditAnswerAsync(turn, "not-safe", cancellationToken);
                await turn.SendActivityAsync(SafetyLayer.WithPersistentActions(new Activity
                {
                    Type = ActivityTypes.Message,
                    Text = EscalationMessages.NotSafe(lines),
                    SuggestedActions = new SuggestedActions { Actions = [.. CrisisLineDirectory.ToActions(lines, emergencyFirst: true)] },
                }), cancellationToken);

                // Stay with them: the next message is still answered here, not by the ordinary flow.
                SetMode(dc, SafetyMode.AreYouSafe);
                return EndOfTurn;

            case "person":
                await AuditAnswerAsync(turn, "therapist", cancellationToken);
                if (await _handoff.StartAsync(dc, HandoffUrgency.Crisis, replaceActive: true, cancellationToken) is { } started)
                {
                    return started;
                }

                await AskAsync(turn, SafetyMessages.AreYouSafe, AreYouSafeChoices, cancellationToken);
                return EndOfTurn;

            default:
                return await OnUnclearAsync(dc, EscalationMessages.AskAgain, AreYouSafeChoices, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> OnSafeToTalkAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var answer = RecognizeFirmly(text, SafeToTalkChoices) ?? (ConfirmRecognizer.Recognize(text) == false ? "not-safe-to-talk" : "can-talk");
        await AuditAnswerAsync(dc.Context, answer, cancellationToken);
        await SayAsync(dc.Context, answer == "can-talk" ? EscalationMessages.AbuseCanTalk : EscalationMessages.AbuseNotSafe, cancellationToken);

        // A trust exercise is the wrong thing to return to after a disclosure of abuse.
        _safety.Get(dc.Context).Parked = null;
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> OnResumeAnswerAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var resume = RecognizeFirmly(text, ResumeChoices) == "resume";
        await AuditAnswerAsync(dc.Context, resume ? "resume" : "stop", cancellationToken);
        if (!resume)
        {
            _safety.Get(dc.Context).Parked = null;
            await SayAsync(dc.Context, EscalationMessages.Stopped, cancellationToken);
        }

        return await dc.EndDialogAsync(new SafetyDialogResult(resume), cancellationToken);
    }

    private static async Task<DialogTurnResult> OnUnclearAsync(DialogContext dc, string question, IReadOnlyList<Choice> choices, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        var attempts = state[AttemptsKey]!.GetValue<int>() + 1;
        state[AttemptsKey] = attempts;
        if (attempts <= MaxUnclearAnswers)
        {
            await AskAsync(dc.Context, question, choices, cancellationToken);
            return EndOfTurn;
        }

        await SayAsync(dc.Context, EscalationMessages.StillHere, cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferResumeOrEndAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (_safety.Get(dc.Context).Parked is not { DialogStack.Count: > 0 })
        {
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        SetMode(dc, SafetyMode.Resume);
        await AskAsync(dc.Context, EscalationMessages.AskResume, ResumeChoices, cancellationToken);
        return EndOfTurn;
    }

    // A loose word overlap ("ok" ~ "I'm ok") is not an answer to "are you safe?": only the whole answer, or a phrase that contains it, counts.
    private static string? RecognizeFirmly(string text, IReadOnlyList<Choice> choices) =>
        ChoiceRecognizer.Recognize(text, choices) is { Score: >= 0.9 } found ? found.Value : null;

    private static void SetMode(DialogContext dc, SafetyMode mode)
    {
        dc.ActiveDialog!.State[ModeKey] = mode.ToString();
        dc.ActiveDialog.State[AttemptsKey] = 0;
    }

    private Task AuditAnswerAsync(ITurnContext turn, string choice, CancellationToken cancellationToken) =>
        _audit.RecordAsync(SafetyAuditRecord.Answer(turn, choice), cancellationToken);

    private static Task<ResourceResponse> SayAsync(ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    private static Task<ResourceResponse> AskAsync(ITurnContext turn, string text, IReadOnlyList<Choice> choices, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Text(text);
        activity.InputHint = InputHints.ExpectingInput;
        ChoiceFactory.Apply(activity, choices, turn.Activity, ListStyle.Auto);
        return turn.SendActivityAsync(activity, cancellationToken);
    }
}
