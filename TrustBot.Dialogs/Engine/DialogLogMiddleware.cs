using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>Hands the <see cref="DialogLog"/> to every dialog context of the turn (they share the turn state).</summary>
public sealed class DialogLogMiddleware(DialogLog log) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        turnContext.TurnState.Set(log);
        return next(cancellationToken);
    }
}
