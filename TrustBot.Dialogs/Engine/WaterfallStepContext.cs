using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>What a waterfall step sees: its index, the dialog's options and values, and the previous step's result.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, int index, DialogReason reason, JsonNode? options, JsonObject values, JsonNode? result, string? resultDialogId)
    {
        _waterfall = waterfall;
        DialogContext = dc;
        Index = index;
        Reason = reason;
        Options = options;
        Values = values;
        Result = result;
        ResultDialogId = resultDialogId;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The options the waterfall was begun with.</summary>
    public JsonNode? Options { get; }

    /// <summary>Values shared by the steps of this waterfall run; persisted with the stack.</summary>
    public JsonObject Values { get; }

    /// <summary>The previous step's (or child dialog's) result; null when it was skipped.</summary>
    public JsonNode? Result { get; }

    /// <summary>
    /// The dialog that produced <see cref="Result"/> (a prompt's or child dialog's id); null when it came from
    /// <see cref="NextAsync"/> or is the message text. Steps that start different children dispatch on it.
    /// </summary>
    public string? ResultDialogId { get; }

    /// <summary>The result as <typeparamref name="T"/>, or default when there is none.</summary>
    public T? ResultAs<T>() => Result is null ? default : Result.Deserialize<T>(ProtocolJson.Options);

    /// <summary>The options as <typeparamref name="T"/>, or default when there are none.</summary>
    public T? OptionsAs<T>() => Options is null ? default : Options.Deserialize<T>(ProtocolJson.Options);

    /// <summary>Skips to the next step in this turn; may be called once per step.</summary>
    public Task<DialogTurnResult> NextAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.RunStepAsync(DialogContext, Index + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync<TInput>(string dialogId, TInput input, CancellationToken cancellationToken)
        where TInput : class =>
        DialogContext.BeginDialogAsync(dialogId, input, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends the waterfall's dialog with its typed result record.</summary>
    public Task<DialogTurnResult> EndDialogAsync<TResult>(TResult result, CancellationToken cancellationToken)
        where TResult : class =>
        DialogContext.EndDialogAsync(result, cancellationToken);
}
