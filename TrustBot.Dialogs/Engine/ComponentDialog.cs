using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// A dialog made of its own inner dialogs (a waterfall and its prompts). Its inner stack is kept in
/// its own instance state, so it nests and persists like any dialog. Ends with its inner result.
/// </summary>
public abstract class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";
    private const string LastStepKey = "step";
    private readonly DialogSet _dialogs = new();

    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The inner dialog started on begin; the first one added unless set.</summary>
    protected string? InitialDialogId { get; set; }

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var (inner, innerState) = CreateInnerContext(dc);
        var result = await inner.BeginDialogAsync(InitialDialogId!, options, cancellationToken);
        return await EndIfInnerEndedAsync(dc, innerState, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var (inner, innerState) = CreateInnerContext(dc);
        var result = await OnContinueDialogAsync(inner, cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            // The inner stack was stored by an older version whose inner dialogs no longer exist: start over.
            result = await inner.BeginDialogAsync(InitialDialogId!, null, cancellationToken);
        }

        return await EndIfInnerEndedAsync(dc, innerState, result, cancellationToken);
    }

    /// <summary>The step of the inner waterfall (the bottom of the inner stack), for logs.</summary>
    public override int? StepIndex(DialogInstance instance) =>
        InnerStepIndex(ReadInnerState(instance)) ?? (instance.State[LastStepKey] is JsonValue step && step.TryGetValue<int>(out var last) ? last : null);

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, DialogTurnResult childResult, CancellationToken cancellationToken)
    {
        // A dialog from the outer set ended on top of this one: ask the inner dialog again.
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var innerState = ReadInnerState(instance);
        var inner = new DialogContext(_dialogs, turnContext, innerState) { IsInner = true };
        return inner.RepromptDialogAsync(cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerState = ReadInnerState(instance);
            var inner = new DialogContext(_dialogs, turnContext, innerState) { IsInner = true };
            await inner.CancelAllDialogsAsync(cancellationToken);
            WriteInnerState(instance, innerState);
        }
    }

    /// <summary>Override to intercept the person's message before the inner dialog sees it.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    private (DialogContext Inner, DialogState State) CreateInnerContext(DialogContext dc)
    {
        var state = ReadInnerState(dc.ActiveDialog!);
        return (new DialogContext(_dialogs, dc.Context, state, dc), state);
    }

    private async Task<DialogTurnResult> EndIfInnerEndedAsync(DialogContext dc, DialogState innerState, DialogTurnResult result, CancellationToken cancellationToken)
    {
        WriteInnerState(dc.ActiveDialog!, innerState);
        if (InnerStepIndex(innerState) is { } step)
        {
            // Kept so the end log can say where the dialog finished once its inner stack is gone.
            dc.ActiveDialog!.State[LastStepKey] = step;
        }

        return result.Status switch
        {
            // The component ends with its inner result; DialogContext names the component as the dialog that ended.
            DialogTurnStatus.Complete => await dc.EndDialogAsync(result.Result, cancellationToken),
            DialogTurnStatus.Cancelled => await dc.EndDialogAsync(null, cancellationToken),
            _ => result,
        };
    }

    private int? InnerStepIndex(DialogState innerState) =>
        innerState.DialogStack is { Count: > 0 } stack && _dialogs.Find(stack[^1].Id) is { } root ? root.StepIndex(stack[^1]) : null;

    private static DialogState ReadInnerState(DialogInstance instance) =>
        instance.State[InnerStackKey]?.Deserialize<DialogState>(ProtocolJson.Options) ?? new DialogState();

    private static void WriteInnerState(DialogInstance instance, DialogState state) =>
        instance.State[InnerStackKey] = JsonSerializer.SerializeToNode(state, ProtocolJson.Options);
}
