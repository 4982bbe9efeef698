using System.Text.Json.Nodes;
using TrustBot.Dialogs.CheckIn;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Scheduling;

/// <summary>
/// "Last time you planned to ... How did it go?" (conversation.md section 5): did it / partly / not yet /
/// changed my mind, what they noticed (optional), trust 0-10, then a celebration or a smaller next step.
/// Begun with <c>{"checkInId": "..."}</c>, or with none for the latest check-in that planned a step.
/// The outcome is stored with that check-in's id when the person agreed to storage.
/// </summary>
public sealed class FollowUpDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "followUp";

    private const string ChoiceId = "followUp.result";
    private const string NoticedId = "followUp.noticed";
    private const string TrustId = "followUp.trust";

    private readonly ProfileAccessor _profiles;
    private readonly IFollowUpOutcomeStore _outcomes;
    private readonly PersonHistory _history;

    public FollowUpDialog(ProfileAccessor profiles, IFollowUpOutcomeStore outcomes, PersonHistory history)
        : base(DialogId)
    {
        _profiles = profiles;
        _outcomes = outcomes;
        _history = history;
        AddDialog(new WaterfallDialog("followUp.steps", [AskResultStepAsync, AskNoticedStepAsync, AskTrustStepAsync, FinishStepAsync]));
        AddDialog(new ChoicePrompt(ChoiceId));
        AddDialog(new TextPrompt(NoticedId));
        AddDialog(new NumberPrompt(TrustId));
    }

    /// <summary>The options that start the follow-up of one check-in.</summary>
    public static JsonObject OptionsFor(string checkInId) => new() { ["checkInId"] = checkInId };

    private async Task<DialogTurnResult> AskResultStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var record = await FindRecordAsync(step, cancellationToken);
        if (record is null)
        {
            await step.Context.SendTextAsync(FollowUpMessages.NotFound, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values["checkInId"] = record.Id;
        step.Values["who"] = record.Who;
        return await step.PromptAsync(ChoiceId, new PromptOptions
        {
            Prompt = MessageFactory.Text(FollowUpMessages.Question(record.Action!)),
            Choices =
            [
                new(FollowUpOutcome.DidIt, FollowUpMessages.DidIt, "did it", "done", "yes", "i did"),
                new(FollowUpOutcome.Partly, FollowUpMessages.Partly, "sort of", "kind of", "a bit", "some of it"),
                new(FollowUpOutcome.NotYet, FollowUpMessages.NotYet, "no", "not yet", "didnt", "i didnt", "haven t"),
                new(FollowUpOutcome.ChangedMind, FollowUpMessages.ChangedMind, "changed my mind", "changed mind", "decided not to"),
            ],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskNoticedStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var result = step.ResultAs<FoundChoice>()?.Value;
        if (result is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values["result"] = result;
        return await step.PromptAsync(NoticedId, new PromptOptions
        {
            Prompt = MessageFactory.Text(FollowUpMessages.Noticed),
            SkipButtonTitle = FollowUpMessages.SkipButton,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskTrustStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["noticed"] = step.ResultAs<string>();
        return await step.PromptAsync(TrustId, new PromptOptions
        {
            Prompt = MessageFactory.Text(FollowUpMessages.Trust(step.Values["who"]?.GetValue<string>())),
            RetryPrompt = MessageFactory.Text(FollowUpMessages.TrustRetry),
            Min = 0,
            Max = 10,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var result = step.Values["result"]!.GetValue<string>();
        var trust = step.Result is null ? (int?)null : step.ResultAs<int>();
        await turn.SendTextAsync(result switch
        {
            FollowUpOutcome.DidIt => FollowUpMessages.CelebrateDidIt,
            FollowUpOutcome.Partly => FollowUpMessages.CelebratePartly,
            FollowUpOutcome.NotYet => FollowUpMessages.NotYetReply,
            _ => FollowUpMessages.ChangedMindReply,
        }, cancellationToken);

        if (_profiles.MayStore(turn) && turn.Activity.ChannelId is { } channelId && turn.Activity.From?.Id is { } userId)
        {
            await _outcomes.RecordAsync(
                new FollowUpOutcome(channelId, userId, step.Values["checkInId"]!.GetValue<string>(), result, step.Values["noticed"]?.GetValue<string>(), trust, turn.Time.GetUtcNow()),
                cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The check-in from the history table (the profile keeps only a slim summary without the action text).</summary>
    private async Task<CheckInRecord?> FindRecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        if (activity.ChannelId is not { } channelId || activity.From?.Id is not { } userId)
        {
            return null;
        }

        var id = step.Options?["checkInId"]?.GetValue<string>();
        if (id is not null)
        {
            var record = await _history.FindCheckInAsync(channelId, userId, id, cancellationToken);
            return string.IsNullOrWhiteSpace(record?.Action) ? null : record;
        }

        // The latest planned step: recent summaries carry ids, the table the action itself.
        foreach (var recent in _profiles.Profile(step.Context).CheckIns.AsEnumerable().Reverse())
        {
            if (await _history.FindCheckInAsync(channelId, userId, recent.Id, cancellationToken) is { } record && !string.IsNullOrWhiteSpace(record.Action))
            {
                return record;
            }
        }

        return null;
    }
}
