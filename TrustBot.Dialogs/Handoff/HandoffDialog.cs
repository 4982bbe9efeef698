using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Handoff;

/// <summary>
/// A request to talk to a therapist (conversation.md section 4): shows exactly what would be shared and
/// asks consent, queues the request, and then owns the conversation: while waiting it answers with the
/// queue status (crisis line one tap away, cancel possible); once a therapist accepted it relays every
/// message to the console without replying itself. The request's status lives in <see cref="IHandoffStore"/>;
/// this dialog keeps only the request id, so a restart loses nothing. Whatever ran before stays parked beneath.
/// </summary>
public sealed class HandoffDialog : Dialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "handoff";

    private const string PhaseKey = "phase";
    private const string ConsentPhase = "consent";
    private const string QueuedPhase = "queued";
    private const string RequestIdKey = "requestId";
    private const string UrgencyKey = "urgency";
    private const string SummaryKey = "summary";
    private const string AskedAgainKey = "askedAgain";

    private static readonly Choice[] ConsentChoices =
    [
        new("share", HandoffMessages.ShareButton, "yes", "share", "share it", "yes share", "ok", "okay", "sure", "yes please"),
        new("dont-share", HandoffMessages.DontShareButton, "no", "dont share", "don't share", "no thanks", "no dont", "keep it private"),
        new("cancel", HandoffMessages.CancelRequestButton, "cancel request", "cancel my request", "never mind", "nevermind", "i changed my mind"),
    ];

    private static readonly Choice[] WaitingChoices =
    [
        new("cancel", HandoffMessages.CancelRequestButton, "cancel request", "cancel my request", "stop waiting", "i dont want to wait", "i changed my mind", "no longer needed"),
    ];

    private readonly HumanHandoff _handoff;
    private readonly HandoffSummaryBuilder _summaries;
    private readonly ProfileAccessor _profiles;
    private readonly IHandoffNotifier _notifier;

    public HandoffDialog(HumanHandoff handoff, HandoffSummaryBuilder summaries, ProfileAccessor profiles, IHandoffNotifier notifier)
        : base(DialogId)
    {
        _notifier = notifier;
        _handoff = handoff;
        _summaries = summaries;
        _profiles = profiles;
    }

    public static bool IsQueued(DialogInstance instance) => instance.State[PhaseKey]?.GetValue<string>() == QueuedPhase;

    public static string? RequestId(DialogInstance instance) => instance.State[RequestIdKey]?.GetValue<string>();

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var input = options?.Deserialize<HandoffDialogInput>(ProtocolJson.Options) ?? new HandoffDialogInput(HandoffUrgency.Routine);
        var state = dc.ActiveDialog!.State;
        state[UrgencyKey] = input.Urgency.ToString();
        if (await _handoff.Store.FindOpenAsync(turn.Activity.ChannelId ?? string.Empty, turn.Activity.From?.Id ?? string.Empty, cancellationToken) is { } open)
        {
            state[PhaseKey] = QueuedPhase;
            state[RequestIdKey] = open.Id;
            await turn.SendActivityAsync(_handoff.WithCrisisLines(turn, HandoffMessages.AlreadyWaiting + " " + await _handoff.QueueStatusAsync(open, cancellationToken), CardAction.ImBack(HandoffMessages.CancelRequestButton)), cancellationToken);
            return EndOfTurn;
        }

        var summary = _summaries.Build(_profiles.Profile(turn).CheckIns);
        if (summary is null)
        {
            await turn.SendTextAsync(HandoffMessages.NoCheckInsToShare, cancellationToken);
            return await QueueAsync(dc, input.Urgency, null, consented: false, cancellationToken);
        }

        state[PhaseKey] = ConsentPhase;
        state[SummaryKey] = summary;
        await turn.SendTextAsync(HandoffMessages.SummaryIntro + "\n\n" + summary, cancellationToken);
        await AskConsentAsync(turn, HandoffMessages.ConsentQuestion, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        if (turn.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var state = dc.ActiveDialog!.State;
        return state[PhaseKey]?.GetValue<string>() == ConsentPhase
            ? await OnConsentAnswerAsync(dc, state, cancellationToken)
            : await OnQueuedMessageAsync(dc, state, cancellationToken);
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        if (!IsQueued(instance))
        {
            await AskConsentAsync(turnContext, HandoffMessages.ConsentQuestion, cancellationToken);
        }
    }

    /// <summary>"cancel"/"stop" or a new dialog replacing this one: a waiting request is withdrawn, a live one ended.</summary>
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled && RequestId(instance) is { } id && await _handoff.Store.GetAsync(id, cancellationToken) is { IsOpen: true } request)
        {
            await CloseByPersonAsync(turnContext, request, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> OnConsentAnswerAsync(DialogContext dc, JsonObject state, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var urgency = Enum.Parse<HandoffUrgency>(state[UrgencyKey]!.GetValue<string>());
        switch (ChoiceRecognizer.Recognize(turn.InputText(), ConsentChoices)?.Value)
        {
            case "share":
                await turn.SendTextAsync(HandoffMessages.Shared, cancellationToken);
                return await QueueAsync(dc, urgency, state[SummaryKey]?.GetValue<string>(), consented: true, cancellationToken);
            case "dont-share":
                await turn.SendTextAsync(HandoffMessages.NotShared, cancellationToken);
                return await QueueAsync(dc, urgency, null, consented: false, cancellationToken);
            case "cancel":
                await turn.SendTextAsync(HandoffMessages.Cancelled, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            default:
                if (state[AskedAgainKey] is null)
                {
                    state[AskedAgainKey] = true;
                    await AskConsentAsync(turn, HandoffMessages.ConsentAgain, cancellationToken);
                    return EndOfTurn;
                }

                // Unclear twice: share nothing, but do not leave them without the person they asked for.
                await turn.SendTextAsync(HandoffMessages.NotShared, cancellationToken);
                return await QueueAsync(dc, urgency, null, consented: false, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> QueueAsync(DialogContext dc, HandoffUrgency urgency, string? summary, bool consented, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var reference = turn.Activity.GetConversationReference();
        reference.ActivityId = null;
        var request = new HandoffRequest
        {
            Id = HumanHandoff.NewRequestId(),
            ChannelId = turn.Activity.ChannelId ?? string.Empty,
            UserId = turn.Activity.From?.Id ?? string.Empty,
            Reference = reference,
            Urgency = urgency,
            RequestedAt = turn.Time.GetUtcNow(),
            Summary = summary,
            ViaHub = _handoff.Options.Mode == HandoffMode.Hub,
        };
        await _handoff.Store.AddAsync(request, cancellationToken);
        await _handoff.AuditAsync(request, turn.Time, "handoff-requested", null, cancellationToken);
        await _handoff.AuditAsync(request, turn.Time, consented ? "handoff-consented" : "handoff-summary-not-shared", null, cancellationToken);
        if (request.ViaHub)
        {
            await turn.SendActivityAsync(HandoffEvents.CreateInitiation(turn.Activity, _handoff.HubContext(request), HumanHandoff.Transcript(turn, summary), turn.Time.GetUtcNow()), cancellationToken);
            await _handoff.AuditAsync(request, turn.Time, "handoff-sent-to-hub", null, cancellationToken);
        }
        else
        {
            await _notifier.NotifyNewRequestAsync(request, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state.Remove(SummaryKey);
        state[PhaseKey] = QueuedPhase;
        state[RequestIdKey] = request.Id;
        await turn.SendActivityAsync(_handoff.WithCrisisLines(turn, await _handoff.QueueStatusAsync(request, cancellationToken), CardAction.ImBack(HandoffMessages.CancelRequestButton)), cancellationToken);
        return EndOfTurn;
    }

    private async Task<DialogTurnResult> OnQueuedMessageAsync(DialogContext dc, JsonObject state, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var request = state[RequestIdKey]?.GetValue<string>() is { } id ? await _handoff.Store.GetAsync(id, cancellationToken) : null;
        switch (request?.Status)
        {
            case HandoffStatus.Waiting:
                if (ChoiceRecognizer.Recognize(turn.InputText(), WaitingChoices) is not null)
                {
                    await CloseByPersonAsync(turn, request, cancellationToken);
                    return await dc.EndDialogAsync(null, cancellationToken);
                }

                var status = request.ViaHub ? HandoffMessages.HubStillWaiting(_handoff.Options.TimeoutMinutes) : HandoffMessages.StillWaiting(await _handoff.QueueStatusAsync(request, cancellationToken));
                await turn.SendActivityAsync(_handoff.WithCrisisLines(turn, status, CardAction.ImBack(HandoffMessages.CancelRequestButton)), cancellationToken);
                return EndOfTurn;

            case HandoffStatus.Live when request.ViaHub:
                // The hub owns the conversation and has the message: the bot stays silent and keeps no copy.
                return EndOfTurn;

            case HandoffStatus.Live:
                // The therapist answers, not the bot: relay and stay silent.
                var alert = turn.TurnState.Get<HandoffCrisisAlert>() is not null;
                await _handoff.Store.AddMessageAsync(request.Id, turn.Time.GetUtcNow(), HandoffSpeaker.Person, turn.InputText(), alert, cancellationToken);
                return EndOfTurn;

            default:
                // Closed while this dialog was not told (a lost proactive turn): step aside, the message goes on.
                return await dc.PassToDialogBeneathAsync(cancellationToken);
        }
    }

    private async Task CloseByPersonAsync(ITurnContext turn, HandoffRequest request, CancellationToken cancellationToken)
    {
        var live = request.Status == HandoffStatus.Live;
        var closed = request with { Status = live ? HandoffStatus.Ended : HandoffStatus.Cancelled, EndedAt = turn.Time.GetUtcNow() };
        if (await _handoff.Store.TryUpdateAsync(closed, request.Status, cancellationToken))
        {
            await _handoff.AuditAsync(closed, turn.Time, live ? "handoff-ended-by-person" : "handoff-cancelled", null, cancellationToken);
            await turn.SendTextAsync(live ? HandoffMessages.EndedByPerson : HandoffMessages.Cancelled, cancellationToken);
        }
    }

    private static Task AskConsentAsync(ITurnContext turn, string question, CancellationToken cancellationToken)
    {
        var activity = MessageFactory.Text(question);
        ChoiceFactory.Apply(activity, ConsentChoices, turn.Activity, ListStyle.Auto);
        return turn.SendActivityAsync(activity, cancellationToken);
    }
}
