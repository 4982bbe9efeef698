using System.Text.Json;
using Microsoft.Extensions.Logging;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety.CrisisLines;
using TrustBot.Dialogs.Sentiment;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Screens every message before any dialog sees it (conversation.md section 3). A crisis parks the
/// running dialog and answers with care, the person's crisis line and "are you safe right now?";
/// distress (very negative twice in a row, an intensity of 8+, three check-ins getting worse) offers
/// grounding or a person. Every event leaves an audit record without message text.
/// </summary>
public sealed partial class SafetyLayer
{
    /// <summary>The conversation-state property that holds <see cref="SafetyState"/>.</summary>
    public const string StateName = "safety";

    /// <summary>Messages this short are button taps or single words, not sentences sentiment can judge.</summary>
    public const int MinWordsForSentiment = 4;

    public const double VeryNegativeScore = -0.5;

    /// <summary>Messages that must pass before distress support is offered again.</summary>
    public const int DistressOfferCooldown = 6;

    private readonly ICrisisDetector _detector;
    private readonly ISentimentAnalyzer _sentiment;
    private readonly SafetyReplyBuilder _replies;
    private readonly CrisisLineDirectory _lines;
    private readonly ProfileAccessor _profiles;
    private readonly ISafetyAuditLog _audit;
    private readonly StatePropertyAccessor<SafetyState> _state;
    private readonly ILogger<SafetyLayer> _logger;
    private readonly HumanHandoff _handoff;
    private readonly IReadOnlyList<IEscalationObserver> _observers;
    private readonly ICrisisSecondOpinion? _secondOpinion;

    public SafetyLayer(ICrisisDetector detector, ISentimentAnalyzer sentiment, SafetyReplyBuilder replies, CrisisLineDirectory lines, ProfileAccessor profiles, ISafetyAuditLog audit, ILogger<SafetyLayer> logger, HumanHandoff handoff, IEnumerable<IEscalationObserver> observers, ICrisisSecondOpinion? secondOpinion = null)
    {
        _handoff = handoff;
        _observers = [.. observers];
        _secondOpinion = secondOpinion;
        _detector = detector;
        _sentiment = sentiment;
        _replies = replies;
        _lines = lines;
        _profiles = profiles;
        _audit = audit;
        _logger = logger;
        _state = profiles.ConversationState.CreateProperty<SafetyState>(StateName);
    }

    /// <summary>
    /// Screens the message. Returns true when the safety layer has answered this turn (a crisis); the
    /// caller must then not hand the message to the dialogs.
    /// </summary>
    public async Task<bool> ScreenAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var text = turn.InputText();
        var state = _state.Get(turn);
        state.TurnsSinceDistressOffer++;
        state.TurnsSinceCrisis++;

        var result = _detector.Assess(text, state.Detector);
        state.Detector = result.Context;
        var assessment = result.Assessment;
        if (_secondOpinion is not null && !string.IsNullOrWhiteSpace(text))
        {
            assessment = await _secondOpinion.ReviewAsync(text, assessment, cancellationToken);
        }

        var answersSafetyQuestion = dc.ActiveDialog is { Id: SafetyDialog.DialogId } active && SafetyDialog.IsDirectAnswer(active, text);
        if (assessment.IsCrisis && !answersSafetyQuestion)
        {
            state.VeryNegativeStreak = 0;
            if (HumanHandoff.OwnsConversation(dc))
            {
                // Waiting for or talking with a therapist: the lines now, the request to the front, the therapist
                // alerted; the message still goes to them rather than a bot taking over.
                state.TurnsSinceCrisis = 0;
                await RecordAsync(turn, "crisis", assessment, "crisis-lines,therapist-alert", cancellationToken);
                await SendResourcesAsync(turn, cancellationToken);
                await _handoff.OnCrisisAsync(dc, cancellationToken);
                return false;
            }

            await EscalateAsync(dc, assessment, cancellationToken);
            return true;
        }

        if (assessment.ThirdParty || assessment.MentionsPastRisk)
        {
            await RecordAsync(turn, assessment.ThirdParty ? "third-party" : "past-risk", assessment, assessment.ThirdParty ? "helper-resources" : "gentle-check", cancellationToken);
            foreach (var reply in _replies.Build(turn.Activity, assessment, _profiles.CountryCode(turn), therapistAvailable: _handoff.IsAvailable))
            {
                await turn.SendActivityAsync(WithPersistentActions(reply), cancellationToken);
            }
        }

        await TrackSentimentAsync(turn, text, assessment.Language, state, cancellationToken);
        return false;
    }

    /// <summary>After the dialogs ran: act on what they signalled (high intensity, worsening, controlling behaviour) or on a negative streak.</summary>
    public async Task AfterTurnAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var state = _state.Get(turn);
        var signal = SafetySignal.Take(turn);
        if (HumanHandoff.OwnsConversation(dc))
        {
            return;
        }

        if (signal?.Kind == SafetySignalKind.ControllingBehaviour)
        {
            var assessment = new SafetyAssessment(CrisisDecision.Abuse, CrisisCategory.DangerAbuse, "trigger.controlling-behaviour", "en");
            await EscalateAsync(dc, assessment, cancellationToken);
            return;
        }

        var reason = signal?.Kind switch
        {
            SafetySignalKind.HighIntensity => "high-intensity",
            SafetySignalKind.Worsening => "worsening",
            _ => state.VeryNegativeStreak >= 2 ? "negative-streak" : null,
        };
        if (reason is null || state.TurnsSinceDistressOffer < DistressOfferCooldown || dc.ActiveDialog?.Id is SafetyDialog.DialogId or DistressOfferDialog.DialogId)
        {
            return;
        }

        state.TurnsSinceDistressOffer = 0;
        state.VeryNegativeStreak = 0;
        await RecordAsync(turn, "distress", new SafetyAssessment(CrisisDecision.Continue, CrisisCategory.None, "distress." + reason, "und"), "grounding,person", cancellationToken);
        await dc.BeginDialogAsync(DistressOfferDialog.DialogId, null, cancellationToken);
    }

    /// <summary>The "crisis" command: the lines for the person's country, as one-tap actions.</summary>
    public async Task SendResourcesAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var lines = _lines.Get(_profiles.CountryCode(turn));
        await RecordAsync(turn, "resources", SafetyAssessment.None("und"), "crisis-lines", cancellationToken);
        await turn.SendActivityAsync(WithPersistentActions(new Activity
        {
            Type = ActivityTypes.Message,
            Text = EscalationMessages.Resources(lines),
            SuggestedActions = new SuggestedActions { Actions = [.. CrisisLineDirectory.ToActions(lines)] },
        }), cancellationToken);
    }

    /// <summary>Puts a parked dialog back on the stack after the person asked to go back to it.</summary>
    public async Task ResumeParkedAsync(DialogContext dc, DialogState stack, CancellationToken cancellationToken)
    {
        var state = _state.Get(dc.Context);
        if (state.Parked is not { DialogStack.Count: > 0 } parked)
        {
            return;
        }

        state.Parked = null;
        stack.DialogStack.Clear();
        stack.DialogStack.AddRange(parked.DialogStack);
        await dc.Context.SendTextAsync(EscalationMessages.Resuming, cancellationToken);
        await dc.RepromptDialogAsync(cancellationToken);
    }

    /// <summary>Messages after a crisis reply during which the bot does not nudge towards a check-in.</summary>
    public const int QuietTurnsAfterCrisis = 10;

    /// <summary>True shortly after a crisis reply: an idle message then gets presence, not a check-in offer.</summary>
    public bool RecentlyEscalated(ITurnContext turn) => _state.Get(turn).TurnsSinceCrisis <= QuietTurnsAfterCrisis;

    /// <summary>A new dialog started: an older parked one is not coming back.</summary>
    public void DiscardParked(ITurnContext turn) => _state.Get(turn).Parked = null;

    /// <summary>
    /// Call, text and link buttons must stay visible after the next message (suggested actions vanish,
    /// and Teams shows only imBack there), so they go into a hero card on the message itself.
    /// </summary>
    public static Activity WithPersistentActions(Activity activity)
    {
        if (activity.SuggestedActions?.Actions is not { Count: > 0 } actions || actions.All(a => a.Type == ActionTypes.ImBack))
        {
            return activity;
        }

        activity.SuggestedActions = null;
        activity.Attachments ??= [];
        activity.Attachments.Add(new Attachment
        {
            ContentType = ContentTypes.HeroCard,
            Content = JsonSerializer.SerializeToNode(new HeroCard { Buttons = WithinCardLimit(actions) }, ProtocolJson.Options),
        });
        return activity;
    }

    /// <summary>Teams shows six hero card buttons at most; never let the emergency number be the one cut.</summary>
    private static List<CardAction> WithinCardLimit(List<CardAction> actions)
    {
        if (actions.Count <= ChoiceFactory.TeamsHeroCardButtonLimit)
        {
            return actions;
        }

        var emergency = actions.FirstOrDefault(a => a.Title?.Contains("(emergency)", StringComparison.Ordinal) == true);
        var others = actions.Where(a => a != emergency).Take(ChoiceFactory.TeamsHeroCardButtonLimit - (emergency is null ? 0 : 1)).ToHashSet();
        return [.. actions.Where(a => a == emergency || others.Contains(a))];
    }

    private async Task EscalateAsync(DialogContext dc, SafetyAssessment assessment, CancellationToken cancellationToken)
    {
        var turn = dc.Context;
        var state = _state.Get(turn);
        state.TurnsSinceCrisis = 0;
        Park(dc, state);
        var offered = assessment.Decision switch
        {
            CrisisDecision.Clarify => "clarify-question",
            CrisisDecision.Abuse => "safe-to-talk,abuse-lines",
            CrisisDecision.Medical => "emergency-number,are-you-safe",
            _ => "crisis-lines,are-you-safe",
        };
        await RecordAsync(turn, "crisis", assessment, offered, cancellationToken);
        foreach (var reply in _replies.Build(turn.Activity, assessment, _profiles.CountryCode(turn), therapistAvailable: _handoff.IsAvailable))
        {
            await turn.SendActivityAsync(WithPersistentActions(reply), cancellationToken);
        }

        var mode = assessment.Decision switch
        {
            CrisisDecision.Clarify => SafetyMode.Clarify,
            CrisisDecision.Abuse => SafetyMode.SafeToTalk,
            _ => SafetyMode.AreYouSafe,
        };
        await dc.BeginDialogAsync(SafetyDialog.DialogId, new SafetyDialogInput(mode), cancellationToken);
        await NotifyObserversAsync(turn, cancellationToken);
    }

    private async Task NotifyObserversAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await observer.OnEscalatedAsync(turn, cancellationToken);
            }
#pragma warning disable CA1031 // The crisis response has been given; an observer failing must not take it back.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogObserverFailed(_logger, observer.GetType().Name, ex.GetType().Name);
            }
        }
    }

    /// <summary>Moves the running dialogs aside; a safety dialog already running is replaced, not parked.</summary>
    private static void Park(DialogContext dc, SafetyState state)
    {
        var running = dc.DetachStack().Where(d => d.Id is not SafetyDialog.DialogId and not DistressOfferDialog.DialogId).ToList();
        if (running.Count > 0)
        {
            state.Parked = new DialogState { DialogStack = running };
        }
    }

    private async Task TrackSentimentAsync(ITurnContext turn, string text, string language, SafetyState state, CancellationToken cancellationToken)
    {
        if (InputNormalizer.Tokens(text).Length < MinWordsForSentiment)
        {
            return;
        }

        var sentiment = await _sentiment.AnalyzeAsync(text, language == "und" ? null : language, cancellationToken);
        state.VeryNegativeStreak = sentiment.Label == SentimentLabel.Negative && sentiment.Score <= VeryNegativeScore
            ? state.VeryNegativeStreak + 1
            : 0;
    }

    private Task RecordAsync(ITurnContext turn, string eventName, SafetyAssessment assessment, string offered, CancellationToken cancellationToken)
    {
        LogSafetyEvent(_logger, eventName, assessment.Decision, assessment.Category, assessment.RuleId);
        return _audit.RecordAsync(
            new SafetyAuditRecord(
                turn.Time.GetUtcNow(),
                turn.Activity.ChannelId ?? string.Empty,
                turn.Activity.From?.Id ?? string.Empty,
                eventName,
                assessment.Decision.ToString(),
                assessment.Category.ToString(),
                assessment.RuleId,
                offered,
                null),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Escalation observer {Observer} failed ({ExceptionType}).")]
    private static partial void LogObserverFailed(ILogger logger, string observer, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Safety {Event}: decision {Decision}, category {Category}, rule {RuleId}.")]
    private static partial void LogSafetyEvent(ILogger logger, string @event, CrisisDecision decision, CrisisCategory category, string ruleId);
}
