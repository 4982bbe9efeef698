using System.Text.Json.Nodes;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// A unit of conversation. Dialogs are stateless objects: everything a running dialog needs between
/// turns lives in its <see cref="DialogInstance.State"/>, so a stack survives a process restart.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result that says "waiting for the person".</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Stored in conversation state: renaming it breaks conversations in flight (keep the old id in <see cref="Aliases"/>).</summary>
    public string Id { get; }

    /// <summary>Earlier ids of this dialog, so stacks stored before a rename still find it.</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken);

    /// <summary>Called with the person's next activity while this dialog is on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>
    /// Called when a child dialog this dialog started has ended; <paramref name="childResult"/> names the
    /// child (<see cref="DialogTurnResult.DialogId"/>; null when the result is the person's message text).
    /// </summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, DialogTurnResult childResult, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(childResult.Result, cancellationToken);

    /// <summary>Asks again (after help, or after an interruption).</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Where the dialog stands, for logs (a waterfall's step index); null when it has no steps.</summary>
    public virtual int? StepIndex(DialogInstance instance) => null;

    /// <summary>Clean-up when the dialog leaves the stack.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
