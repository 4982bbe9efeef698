namespace TrustBot.Dialogs.Turns;

/// <summary>Runs around every turn; call <paramref name="next"/> to continue the pipeline.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
