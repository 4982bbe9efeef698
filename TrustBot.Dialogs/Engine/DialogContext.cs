using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>Runs dialogs of one <see cref="DialogSet"/> over one persisted stack for one turn.</summary>
public sealed class DialogContext
{
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, ITurnContext context, DialogState state, DialogContext? parent = null)
    {
        Dialogs = dialogs;
        Context = context;
        _state = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public DialogContext? Parent { get; }

    /// <summary>Runs a component's inner dialogs (logged at Debug); true whenever there is a parent.</summary>
    internal bool IsInner { get => _isInner || Parent is not null; init => _isInner = value; }

    private readonly bool _isInner;

    public IReadOnlyList<DialogInstance> Stack => _state.DialogStack;

    public DialogInstance? ActiveDialog => _state.DialogStack.Count > 0 ? _state.DialogStack[0] : null;

    /// <summary>Finds a dialog here or in an enclosing set.</summary>
    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        var dialog = FindDialog(dialogId) ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not registered.");
        var instance = new DialogInstance { Id = dialogId, StartedAt = Context.Time.GetUtcNow() };
        _state.DialogStack.Insert(0, instance);
        Context.TurnState.Get<DialogLog>()?.Began(dialogId, IsInner);
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a dialog with its typed input record (stored as JSON, so a restart resumes it).</summary>
    public Task<DialogTurnResult> BeginDialogAsync<TInput>(string dialogId, TInput input, CancellationToken cancellationToken)
        where TInput : class =>
        BeginDialogAsync(dialogId, JsonSerializer.SerializeToNode(input, ProtocolJson.Options), cancellationToken);

    /// <summary>Ends the active dialog with its typed result record; the parent reads it by <see cref="DialogTurnResult.DialogId"/>.</summary>
    public Task<DialogTurnResult> EndDialogAsync<TResult>(TResult result, CancellationToken cancellationToken)
        where TResult : class =>
        EndDialogAsync(JsonSerializer.SerializeToNode(result, ProtocolJson.Options), cancellationToken);

    /// <summary>Starts a prompt with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options.ToJson(), cancellationToken);

    /// <summary>Gives the person's activity to the active dialog; <see cref="DialogTurnStatus.Empty"/> when none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = FindDialog(instance.Id);
        if (dialog is null)
        {
            // A stored id no longer registered (renamed dialog): drop it rather than fail every turn.
            _state.DialogStack.RemoveAt(0);
            return await ContinueDialogAsync(cancellationToken);
        }

        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(JsonNode? result, CancellationToken cancellationToken)
    {
        var ended = new DialogTurnResult(DialogTurnStatus.Complete, result, ActiveDialog?.Id);
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        var parent = ActiveDialog;
        if (parent is not null && FindDialog(parent.Id) is { } dialog)
        {
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, ended, cancellationToken);
        }

        return ended;
    }

    /// <summary>
    /// Ends the active dialog without an answer and gives this turn's message to the dialog beneath it, as
    /// if that one had been waiting for it (an interruption the person answered past). Empty when none is beneath.
    /// </summary>
    public async Task<DialogTurnResult> PassToDialogBeneathAsync(CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken);
        return await ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Ends every dialog on this stack.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken)
    {
        if (_state.DialogStack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (_state.DialogStack.Count > 0)
        {
            await PopAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Replaces the active dialog with another (used for loops).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, JsonNode? options, CancellationToken cancellationToken)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Takes every dialog off the stack without ending them, so they can be put back later exactly as
    /// they were (the safety layer parks a check-in this way).
    /// </summary>
    public IReadOnlyList<DialogInstance> DetachStack()
    {
        var detached = _state.DialogStack.ToList();
        _state.DialogStack.Clear();
        return detached;
    }

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is not null && FindDialog(instance.Id) is { } dialog)
        {
            return dialog.RepromptDialogAsync(Context, instance, cancellationToken);
        }

        return Task.CompletedTask;
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        _state.DialogStack.RemoveAt(0);
        var dialog = FindDialog(instance.Id);
        Context.TurnState.Get<DialogLog>()?.Ended(instance, reason, dialog?.StepIndex(instance), IsInner, Context.Time.GetUtcNow());
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken);
        }
    }
}
