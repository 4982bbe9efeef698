using TrustBot.Dialogs.Engine;

namespace TrustBot.Dialogs.Modules;

/// <summary>An <see cref="IDialogResultHandler"/> that reads the ended dialog's result as its record; no result, nothing to do.</summary>
public abstract class DialogResultHandler<TResult> : IDialogResultHandler
    where TResult : class
{
    public abstract string DialogId { get; }

    public Task HandleAsync(DialogContext dc, DialogTurnResult result, CancellationToken cancellationToken) =>
        result.ResultAs<TResult>() is { } typed ? HandleAsync(dc, typed, cancellationToken) : Task.CompletedTask;

    protected abstract Task HandleAsync(DialogContext dc, TResult result, CancellationToken cancellationToken);
}
