using System.Globalization;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Actions;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Feelings;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Triggers;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.CheckIn;

/// <summary>
/// The check-in (conversation.md section 2): name the feeling, rate it, spot the trigger, look at the
/// story, choose one small action, re-rate and close. Every question can be skipped; the running
/// check-in lives in conversation state, so it resumes at the right step after a restart.
/// </summary>
public sealed class CheckInDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "checkIn";

    private const string ChoicePromptId = "checkIn.choice";
    private const string TextPromptId = "checkIn.text";
    private const string NumberPromptId = "checkIn.number";
    private const string OwnFeelingDialogId = "checkIn.ownFeeling";
    private const string OwnIdeaDialogId = "checkIn.ownIdea";
    private const int MaxTextLength = 1000;

    /// <summary>An intensity at or above this offers support (conversation.md section 3).</summary>
    public const int HighIntensity = 8;

    /// <summary>How many check-ins in a row must get worse before support is offered.</summary>
    public const int WorseningRun = 3;

    private readonly ProfileAccessor _profiles;
    private readonly PersonHistory _history;

    public CheckInDialog(ProfileAccessor profiles, PersonHistory history)
        : base(DialogId)
    {
        _profiles = profiles;
        _history = history;
        AddDialog(new WaterfallDialog("checkIn.steps",
        [
            AskFeelingStepAsync,
            AskFeelingDetailStepAsync,
            AskIntensityStepAsync,
            AskWhoStepAsync,
            AskWhatStepAsync,
            AskThoughtStepAsync,
            AskEvidenceForStepAsync,
            AskEvidenceAgainstStepAsync,
            AskBalancedViewStepAsync,
            AskActionStepAsync,
            AskOwnIdeaStepAsync,
            AskWhenStepAsync,
            AskReRateStepAsync,
            CloseStepAsync,
        ]));
        AddDialog(new ChoicePrompt(ChoicePromptId, FreeTextHasWordsAsync));
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new NumberPrompt(NumberPromptId));
        AddDialog(new OwnWordsDialog(OwnFeelingDialogId, CheckInMessages.AskOwnFeelingWord));
        AddDialog(new OwnWordsDialog(OwnIdeaDialogId, CheckInMessages.AskOwnIdea));
    }

    private async Task<DialogTurnResult> AskFeelingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var now = step.Context.Time.GetUtcNow();
        _profiles.Conversation(step.Context).CheckIn = new CheckInDraft
        {
            Record = new CheckInRecord { Id = Guid.NewGuid().ToString("N"), StartedAt = now },
        };
        var choices = FeelingCatalog.Cores.Select(c => new Choice(c.Id, c.Title))
            .Append(new Choice(FeelingCatalog.SomethingElseId, FeelingCatalog.SomethingElseTitle, "other", "something different"))
            .ToList();
        return await step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(CheckInMessages.AskFeeling),
            RetryPrompt = MessageFactory.Text(CheckInMessages.AskFeelingRetry),
            Choices = choices,
            AcceptFreeText = true,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskFeelingDetailStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var found = step.ResultAs<FoundChoice>();
        if (found is null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        if (found.Value == FeelingCatalog.SomethingElseId)
        {
            return step.BeginDialogAsync(OwnFeelingDialogId, null, cancellationToken);
        }

        // "anxious" taps the scared/anxious core by its title, but already names the exact word.
        var typed = FeelingMatcher.Match(step.Context.InputText());
        if (typed.IsMatch && !typed.Words[0].Id.Equals(FeelingCatalog.Get(typed.Words[0].Core).Id, StringComparison.OrdinalIgnoreCase))
        {
            SetFeeling(draft, typed.Words[0]);
            return step.NextAsync(null, cancellationToken);
        }

        if (!found.IsFreeText && FeelingCatalog.FindCore(found.Value) is { } core)
        {
            draft.PendingCore = core.Id;
            var words = core.Words.Where(w => !string.Equals(w.Id, core.Id, StringComparison.OrdinalIgnoreCase))
                .Select(w => new Choice(w.Id, Capitalize(w.Title)))
                .Append(new Choice(core.Id, CheckInMessages.JustThatPrefix + core.Title.ToLowerInvariant()))
                .ToList();
            return step.PromptAsync(ChoicePromptId, new PromptOptions
            {
                Prompt = MessageFactory.Text(CheckInMessages.AskSecondLevel(core.Title)),
                Choices = words,
                AcceptFreeText = true,
            }, cancellationToken);
        }

        ApplyFeelingText(draft, found.Value);
        return step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskIntensityStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (OwnWordsFrom(step, OwnFeelingDialogId) is { } ownWord)
        {
            // "Something else": their own word.
            ApplyFeelingText(draft, ownWord);
        }
        else if (step.ResultDialogId == ChoicePromptId && step.ResultAs<FoundChoice>() is { } detail)
        {
            if (!detail.IsFreeText && FeelingCatalog.FindWord(detail.Value) is { } word)
            {
                SetFeeling(draft, word);
            }
            else
            {
                ApplyFeelingText(draft, detail.Value);
            }
        }
        else if (draft.PendingCore is { } pending && draft.Record.Feeling is null && FeelingCatalog.FindCore(pending) is { } core)
        {
            // They skipped the second level: the core still names the feeling.
            draft.Record.Feeling = core.Id;
            draft.Record.CoreFeeling = core.Id;
        }

        draft.PendingCore = null;
        return step.PromptAsync(NumberPromptId, IntensityPrompt(CheckInMessages.AskIntensity(FeelingTitle(draft.Record))), cancellationToken);
    }

    private Task<DialogTurnResult> AskWhoStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        draft.Record.IntensityBefore = step.Result is null ? null : step.ResultAs<int>();
        if (draft.Record.IntensityBefore >= HighIntensity)
        {
            SafetySignal.Raise(step.Context, SafetySignalKind.HighIntensity);
        }
        var choices = TriggerCatalog.Who.Select(w => new Choice(w.Id, w.Title)).ToList();
        return step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(CheckInMessages.AskWho),
            Choices = choices,
            AcceptFreeText = true,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskWhatStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.ResultAs<FoundChoice>() is { } who)
        {
            draft.Record.Who = who.IsFreeText ? TriggerMatcher.MatchWho(who.Value) ?? Trim(who.Value, 80) : who.Value;
        }

        var choices = TriggerCatalog.Triggers.Select(t => new Choice(t.Id, t.Title)).ToList();
        return step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(CheckInMessages.AskWhat),
            Choices = choices,
            AcceptFreeText = true,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskThoughtStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.ResultAs<FoundChoice>() is { } what)
        {
            if (what.IsFreeText)
            {
                var match = TriggerMatcher.Match(what.Value, draft.Record.Who);
                draft.Record.Trigger = match.TriggerId;
                draft.Record.TriggerText = Trim(what.Value, MaxTextLength);
                draft.Record.Who ??= match.WhoId;
                if (match.MayBeControllingBehaviour)
                {
                    // Monitoring, isolation or threats are not a trust exercise: the safety layer takes over.
                    SafetySignal.Raise(step.Context, SafetySignalKind.ControllingBehaviour);
                    return Dialog.EndOfTurn;
                }
            }
            else
            {
                draft.Record.Trigger = what.Value;
            }
        }

        return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = MessageFactory.Text(CheckInMessages.AskThought), SkipButtonTitle = CheckInMessages.SkipButton }, cancellationToken);
    }

    private Task<DialogTurnResult> AskEvidenceForStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        draft.Record.Thought = TrimOrNull(step.ResultAs<string>());
        if (draft.Record.Thought is null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(TextPromptId, new PromptOptions { Prompt = MessageFactory.Text(CheckInMessages.AskEvidenceFor), SkipButtonTitle = CheckInMessages.SkipButton }, cancellationToken);
    }

    private Task<DialogTurnResult> AskEvidenceAgainstStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (draft.Record.Thought is null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        draft.Record.EvidenceFor = TrimOrNull(step.ResultAs<string>());
        return step.PromptAsync(TextPromptId, new PromptOptions { Prompt = MessageFactory.Text(CheckInMessages.AskEvidenceAgainst), SkipButtonTitle = CheckInMessages.SkipButton }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskBalancedViewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (draft.Record.Thought is not { } thought)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        draft.Record.EvidenceAgainst = TrimOrNull(step.ResultAs<string>());
        await step.Context.SendActivityAsync(MessageFactory.Text(CheckInMessages.Defusion(thought)), cancellationToken);
        return await step.PromptAsync(TextPromptId, new PromptOptions { Prompt = MessageFactory.Text(CheckInMessages.AskBalanced), SkipButtonTitle = CheckInMessages.SkipButton }, cancellationToken);
    }

    private Task<DialogTurnResult> AskActionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (draft.Record.Thought is not null)
        {
            draft.Record.Reframe = TrimOrNull(step.ResultAs<string>());
        }

        var request = new ActionRequest(
            FeelingIds: draft.Record.Feeling is { } feeling && FeelingCatalog.FindWord(feeling) is not null ? [feeling] : null,
            Core: FeelingCatalog.FindCore(draft.Record.CoreFeeling)?.Core,
            TriggerId: draft.Record.Trigger,
            WhoId: TriggerCatalog.FindWho(draft.Record.Who)?.Id,
            Intensity: draft.Record.IntensityBefore);
        var offered = ActionRecommender.Recommend(request);
        draft.OfferedActions = offered.Select(a => a.Action.Id).ToList();
        var choices = offered.Select(a => new Choice(a.Action.Id, a.Action.Title) { Detail = a.Script })
            .Append(new Choice(ActionCatalog.OwnIdeaId, ActionCatalog.OwnIdeaTitle, "own", "my idea", "something else"))
            .ToList();
        return step.PromptAsync(ChoicePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(CheckInMessages.OfferActions(offered.Select(a => (a.Action.Title, a.Script)).ToList())),
            Choices = choices,
            AcceptFreeText = true,

            // The card shows each script under its action, so its question is just the lead-in.
            CardLayout = PromptCardLayout.Detailed,
            CardQuestion = CheckInMessages.OfferActionsLead,
        }, cancellationToken);
    }

    private Task<DialogTurnResult> AskOwnIdeaStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var chosen = step.ResultAs<FoundChoice>();
        if (chosen is null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        if (chosen.Value == ActionCatalog.OwnIdeaId)
        {
            return step.BeginDialogAsync(OwnIdeaDialogId, null, cancellationToken);
        }

        if (chosen.IsFreeText)
        {
            draft.Record.Action = Trim(chosen.Value, MaxTextLength);
        }
        else if (ActionCatalog.Find(chosen.Value) is { } action)
        {
            draft.Record.ActionId = action.Id;
            draft.Record.Action = action.Title;
        }

        return step.NextAsync(null, cancellationToken);
    }

    private Task<DialogTurnResult> AskWhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (TrimOrNull(OwnWordsFrom(step, OwnIdeaDialogId)) is { } ownIdea)
        {
            draft.Record.Action = Trim(ownIdea, MaxTextLength);
        }

        if (draft.Record.Action is null)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var choices = FollowUpSchedule.Options.Select(o => new Choice(o.Id, o.Title)).ToList();
        return step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = MessageFactory.Text(CheckInMessages.AskWhen), Choices = choices }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskReRateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        if (step.ResultAs<FoundChoice>() is { } when && draft.Record.Action is not null)
        {
            draft.Record.ActionWhen = when.Value;
            var zone = ResolveZone(_profiles.TimeZoneId(step.Context));
            draft.Record.FollowUpDueAt = FollowUpSchedule.ComputeDue(when.Value, step.Context.Time.GetUtcNow(), zone);
            if (draft.Record.ActionId == ActionCatalog.Grounding && when.Value == "now")
            {
                foreach (var line in GroundingExercises.BoxBreathing.Messages)
                {
                    await step.Context.SendActivityAsync(MessageFactory.Text(line), cancellationToken);
                }
            }
        }

        return await step.PromptAsync(NumberPromptId, IntensityPrompt(CheckInMessages.AskReRate), cancellationToken);
    }

    private async Task<DialogTurnResult> CloseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step);
        var record = draft.Record;
        record.IntensityAfter = step.Result is null ? null : step.ResultAs<int>();
        record.CompletedAt = step.Context.Time.GetUtcNow();

        await step.Context.SendActivityAsync(MessageFactory.Text(CheckInMessages.Change(record.IntensityBefore, record.IntensityAfter)), cancellationToken);
        await step.Context.SendActivityAsync(CheckInSummaryCard.Create(record), cancellationToken);
        // The change line above already states the numbers, so the encouragement speaks to what they did.
        var encouragement = new EncouragementInput(
            Feeling: FeelingTitle(record),
            Thought: record.Thought,
            CheckedEvidence: record.EvidenceFor is not null || record.EvidenceAgainst is not null,
            ActionId: record.ActionId ?? (record.Action is null ? null : ActionCatalog.OwnIdeaId));
        await step.Context.SendActivityAsync(MessageFactory.Text(EncouragementWriter.Write(encouragement, StableSeed(record.Id))), cancellationToken);

        var stored = _profiles.MayStore(step.Context);
        if (stored)
        {
            // The full record goes to the history table; the profile keeps a slim recent summary.
            var profile = _profiles.Profile(step.Context);
            await _history.AppendCheckInAsync(step.Context.Activity.ChannelId!, step.Context.Activity.From!.Id!, record, cancellationToken);
            PersonHistory.KeepRecent(profile, record);
            if (IsWorsening(profile.CheckIns))
            {
                SafetySignal.Raise(step.Context, SafetySignalKind.Worsening);
            }
        }

        _profiles.Conversation(step.Context).CheckIn = null;
        await step.Context.SendActivityAsync(MessageFactory.Text((stored ? CheckInMessages.SavedNote : CheckInMessages.NotSavedNote) + " " + CheckInMessages.Goodbye), cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The own words of the child <paramref name="dialogId"/>, when it is the one that answered.</summary>
    private static string? OwnWordsFrom(WaterfallStepContext step, string dialogId)
    {
        if (step.ResultDialogId == dialogId)
        {
            return step.ResultAs<OwnWords>()?.Text;
        }

        // Asked by a version before the child dialog existed, still waiting in a stored conversation.
        return step.ResultDialogId == TextPromptId ? step.ResultAs<string>() : null;
    }

    private CheckInDraft Draft(WaterfallStepContext step)
    {
        var conversation = _profiles.Conversation(step.Context);
        return conversation.CheckIn ??= new CheckInDraft
        {
            Record = new CheckInRecord { Id = Guid.NewGuid().ToString("N"), StartedAt = step.Context.Time.GetUtcNow() },
        };
    }

    /// <summary>The last <see cref="WorseningRun"/> check-ins each ended stronger than the one before.</summary>
    internal static bool IsWorsening(IReadOnlyList<CheckInRecord> history)
    {
        if (history.Count < WorseningRun)
        {
            return false;
        }

        var levels = history.Skip(history.Count - WorseningRun).Select(c => c.IntensityAfter ?? c.IntensityBefore).ToList();
        return levels.All(l => l is not null) && levels.Zip(levels.Skip(1)).All(pair => pair.Second > pair.First);
    }

    private static void ApplyFeelingText(CheckInDraft draft, string text)
    {
        var match = FeelingMatcher.Match(text);
        if (match.IsMatch)
        {
            SetFeeling(draft, match.Words[0]);
            return;
        }

        var own = TrimOrNull(match.OwnWords ?? text);
        draft.Record.Feeling = own is null ? null : Trim(own, 60);
        draft.Record.FeelingIsOwnWord = own is not null;
        draft.Record.CoreFeeling = draft.PendingCore;
    }

    private static void SetFeeling(CheckInDraft draft, FeelingWord word)
    {
        draft.Record.Feeling = word.Id;
        draft.Record.CoreFeeling = FeelingCatalog.Get(word.Core).Id;
        draft.Record.FeelingIsOwnWord = false;
    }

    /// <summary>The feeling as people read it: the catalogue title, or their own word.</summary>
    public static string? FeelingTitle(CheckInRecord record) =>
        record.Feeling is null ? null : FeelingCatalog.FindWord(record.Feeling)?.Title.ToLowerInvariant() ?? record.Feeling;

    private static PromptOptions IntensityPrompt(string text) => new()
    {
        Prompt = MessageFactory.Text(text),
        RetryPrompt = MessageFactory.Text(CheckInMessages.AskIntensityRetry),
        GiveUpPrompt = MessageFactory.Text(CheckInMessages.IntensitySkipped),
        Choices = Enumerable.Range(0, 11).Select(i => new Choice(i.ToString(CultureInfo.InvariantCulture))).ToList(),
        Min = 0,
        Max = 10,
        CardLayout = PromptCardLayout.Scale,
    };

    internal static TimeZoneInfo ResolveZone(string? timeZoneId)
    {
        if (timeZoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.Utc;
    }

    // string.GetHashCode is randomised per process; the wording should not change on a restart.
    private static int StableSeed(string id) => id.Aggregate(17, (hash, ch) => unchecked((hash * 31) + ch)) & int.MaxValue;

    // A bare number or emoji typed at a feeling or trigger question is not an answer to keep as their words.
    private static Task<bool> FreeTextHasWordsAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded && (!prompt.Recognized.Value!.IsFreeText || prompt.Recognized.Value.Value.Any(char.IsLetter)));

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private static string? TrimOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Trim(text.Trim(), MaxTextLength);

    private static string Trim(string text, int max) => TextLimits.Truncate(text, max);
}
