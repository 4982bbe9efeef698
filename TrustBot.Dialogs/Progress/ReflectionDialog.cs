using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.History;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Progress;

/// <summary>
/// The two-week reflection (conversation.md section 7): asks first, then five 1-5 ratings, each skippable.
/// Saved to the history table when the person agreed to storage.
/// </summary>
public sealed class ReflectionDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without an alias.</summary>
    public const string DialogId = "reflection";

    private const string OfferId = "reflection.offer";
    private const string RatingId = "reflection.rating";
    private const string AskedForKey = "askedFor";

    private readonly ProfileAccessor _profiles;
    private readonly PersonHistory _history;

    public ReflectionDialog(ProfileAccessor profiles, PersonHistory history)
        : base(DialogId)
    {
        _profiles = profiles;
        _history = history;
        var steps = new List<WaterfallStep> { OfferStepAsync, FirstRatingStepAsync };
        for (var i = 1; i < ReflectionSigns.All.Count; i++)
        {
            var index = i;
            steps.Add((step, ct) => RatingStepAsync(step, index, ct));
        }

        steps.Add(SaveStepAsync);
        AddDialog(new WaterfallDialog("reflection.steps", steps));
        AddDialog(new ChoicePrompt(OfferId));
        AddDialog(new NumberPrompt(RatingId));
    }

    /// <summary>Options of a reflection the person asked for ("reflect"): no "would you like" first.</summary>
    public static JsonNode AskedFor => new JsonObject { [AskedForKey] = true };

    private static Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Options?[AskedForKey]?.GetValue<bool>() == true
            ? step.NextAsync(JsonSerializer.SerializeToNode(new FoundChoice("yes", 0, 1), ProtocolJson.Options), cancellationToken)
            : step.PromptAsync(OfferId, new PromptOptions
        {
            Prompt = MessageFactory.Text(ReflectionMessages.Offer),
            Choices =
            [
                new("yes", ReflectionMessages.YesButton, "yes", "ok", "okay", "sure", "lets reflect", "reflect"),
                new("no", ReflectionMessages.NotNowButton, "no", "not now", "later", "no thanks"),
            ],
            MaxAttempts = 1,
        }, cancellationToken);

    private async Task<DialogTurnResult> FirstRatingStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultAs<FoundChoice>()?.Value != "yes")
        {
            await step.Context.SendTextAsync(ReflectionMessages.NotNow, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await AskAsync(step, 0, cancellationToken);
    }

    private static Task<DialogTurnResult> RatingStepAsync(WaterfallStepContext step, int index, CancellationToken cancellationToken)
    {
        Keep(step, index - 1);
        return AskAsync(step, index, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Keep(step, ReflectionSigns.All.Count - 1);
        var ratings = ReflectionSigns.All
            .Where(s => step.Values[s.Id] is not null)
            .ToDictionary(s => s.Id, s => step.Values[s.Id]!.GetValue<int>());
        if (ratings.Count == 0)
        {
            await step.Context.SendTextAsync(ReflectionMessages.AllSkipped, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var activity = step.Context.Activity;
        if (_profiles.MayStore(step.Context) && activity.ChannelId is { } channelId && activity.From?.Id is { } userId)
        {
            var now = step.Context.Time.GetUtcNow();
            await _history.AppendReflectionAsync(
                channelId,
                userId,
                new ReflectionRecord { Id = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), RecordedAt = now, Ratings = ratings },
                cancellationToken);
        }

        await step.Context.SendTextAsync(ReflectionMessages.Thanks, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, int index, CancellationToken cancellationToken) =>
        step.PromptAsync(RatingId, new PromptOptions
        {
            Prompt = MessageFactory.Text(ReflectionMessages.Ask(ReflectionSigns.All[index].Statement, index + 1)),
            RetryPrompt = MessageFactory.Text(ReflectionMessages.Retry),
            SkipButtonTitle = ReflectionMessages.SkipButton,
            Min = 1,
            Max = 5,
        }, cancellationToken);

    private static void Keep(WaterfallStepContext step, int index) =>
        step.Values[ReflectionSigns.All[index].Id] = step.Result is null ? null : step.ResultAs<int>();
}
