using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Cards;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Asks a question and waits for an answer it can recognise, re-asking with the retry prompt, up to
/// <see cref="PromptOptions.MaxAttempts"/>. Ends with the value as JSON, or with no result when the
/// person skips or is not understood in time.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private const string OptionsKey = "options";
    private const string AttemptCountKey = "attemptCount";
    private const string PromptIdKey = "promptId";
    private const string CardActivityIdKey = "cardActivityId";

    /// <summary>What an answered card shows when the question was skipped.</summary>
    public const string SkippedAnswer = "Skipped";

    private const int MaxAnswerLength = 200;

    /// <summary>Said when a card of an earlier question is submitted; the current question follows.</summary>
    public const string QuestionPassedText = "That question has passed. Here's the one I'm asking now:";
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator = null)
        : base(id)
    {
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = options?.DeepClone() ?? new PromptOptions().ToJson();
        state[AttemptCountKey] = 0;

        // Each asking gets its own identity (the dialog instance and step in one token): its cards carry it back.
        state[PromptIdKey] = Guid.NewGuid().ToString("N")[..16];
        await SendPromptAsync(dc.Context, state, isRetry: false, cancellationToken);
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
        var options = PromptOptions.FromJson(state[OptionsKey]);
        if (IsStaleCardSubmit(turn.Activity, state))
        {
            // An earlier question's card: not an answer to this one, and no attempt is used up. The old
            // card (the message the submit replies to) is told so, and keeps nothing to press.
            await CardUpdates.ReplaceAsync(turn, turn.Activity.ReplyToId, PromptCards.Passed(), cancellationToken);
            await turn.SendActivityAsync(MessageFactory.Text(QuestionPassedText), cancellationToken);
            await SendPromptAsync(turn, state, isRetry: false, cancellationToken);
            return EndOfTurn;
        }

        var text = turn.InputText();
        if (options.AllowSkip && SkipRecognizer.IsSkip(text))
        {
            await ShowAnswerOnCardAsync(turn, state, options, SkippedAnswer, cancellationToken);
            return await dc.EndDialogAsync(null, cancellationToken);
        }

        var recognized = Recognize(turn, text, options);
        var attempts = ReadAttempts(state) + 1;
        state[AttemptCountKey] = attempts;
        var valid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(turn, recognized, options, attempts), cancellationToken);
        if (valid)
        {
            await ShowAnswerOnCardAsync(turn, state, options, DescribeAnswer(recognized.Value!, options), cancellationToken);
            return await dc.EndDialogAsync(JsonSerializer.SerializeToNode(recognized.Value, ProtocolJson.Options), cancellationToken);
        }

        if (attempts >= options.MaxAttempts)
        {
            if (options.GiveUpPrompt is { } giveUp)
            {
                await turn.SendActivityAsync(giveUp.Clone(), cancellationToken);
            }

            return await dc.EndDialogAsync(null, cancellationToken);
        }

        if (!turn.Responded)
        {
            await SendPromptAsync(turn, state, isRetry: true, cancellationToken);
        }

        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, DialogTurnResult childResult, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        SendPromptAsync(turnContext, instance.State, isRetry: false, cancellationToken);

    /// <summary>Understands the person's input (text, or a card's value mapped to text).</summary>
    protected abstract PromptRecognizerResult<T> Recognize(ITurnContext turnContext, string text, PromptOptions options);

    /// <summary>The answer as the answered card shows it.</summary>
    protected virtual string DescribeAnswer(T value, PromptOptions options) =>
        Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The buttons to show; none by default.</summary>
    protected virtual IReadOnlyList<Choice> ButtonsFor(PromptOptions options) => options.Choices ?? [];

    /// <summary>A submit that names a prompt (<c>value.promptId</c>) other than the one waiting. Typed answers never do.</summary>
    private static bool IsStaleCardSubmit(Activity activity, JsonObject state) =>
        activity.Value is JsonObject value
        && value[ChoiceFactory.PromptIdKey] is JsonValue submitted && submitted.TryGetValue<string>(out var submittedId)
        && state[PromptIdKey] is JsonValue current && current.TryGetValue<string>(out var currentId)
        && !string.Equals(submittedId, currentId, StringComparison.Ordinal);

    /// <summary>The question card this prompt sent last (Teams) now shows the answer and has nothing left to press.</summary>
    private static Task ShowAnswerOnCardAsync(ITurnContext turn, JsonObject state, PromptOptions options, string answer, CancellationToken cancellationToken)
    {
        var cardId = state[CardActivityIdKey] is JsonValue id && id.TryGetValue<string>(out var s) ? s : null;
        if (cardId is null && turn.TurnState.Get<CardActionTurn>() is null)
        {
            return Task.CompletedTask;
        }

        var question = options.CardQuestion ?? options.Prompt?.Text ?? options.Prompt?.Summary;
        return CardUpdates.ReplaceAsync(turn, cardId, PromptCards.Answered(question, TextLimits.Truncate(answer, MaxAnswerLength)), cancellationToken);
    }

    private async Task SendPromptAsync(ITurnContext turnContext, JsonObject state, bool isRetry, CancellationToken cancellationToken)
    {
        var options = PromptOptions.FromJson(state[OptionsKey]);
        var promptId = state[PromptIdKey] is JsonValue id && id.TryGetValue<string>(out var s) ? s : null;
        var template = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var activity = template?.Clone() ?? new Activity { Type = ActivityTypes.Message };
        activity.Type ??= ActivityTypes.Message;
        activity.InputHint ??= InputHints.ExpectingInput;
        var buttons = ButtonsFor(options).ToList();
        if (options.SkipButtonTitle is { } skip)
        {
            buttons.Add(new Choice(skip));
        }

        var card = ChoiceFactory.Apply(activity, buttons, turnContext.Activity, options.Style, promptId, options.CardLayout, options.CardQuestion);
        var sent = await turnContext.SendActivityAsync(activity, cancellationToken);

        // The newest card is the one to update once answered; the connector's id for it is kept with the prompt.
        if (card && !string.IsNullOrEmpty(sent.Id))
        {
            state[CardActivityIdKey] = sent.Id;
        }
    }

    private static int ReadAttempts(JsonObject state) =>
        state[AttemptCountKey] is JsonValue value && value.TryGetValue<int>(out var attempts)
            ? attempts
            : int.Parse(state[AttemptCountKey]?.ToString() ?? "0", CultureInfo.InvariantCulture);
}
