using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Modules;

/// <summary>
/// What happens after a root dialog ends (the welcome offers a check-in, the safety dialog resumes a
/// parked one). The root handler picks the handler by <see cref="DialogTurnResult.DialogId"/>; derive from
/// <see cref="DialogResultHandler{TResult}"/> to receive the dialog's typed result record.
/// </summary>
public interface IDialogResultHandler
{
    /// <summary>The dialog whose end this handles.</summary>
    string DialogId { get; }

    Task HandleAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken);
}
