using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>Loads state before the turn and saves it, in one write, after a turn that completed; a failed turn saves nothing.</summary>
public sealed class AutoSaveStateMiddleware(ConversationState conversationState, UserState userState) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        await conversationState.LoadAsync(turnContext, cancellationToken);
        await userState.LoadAsync(turnContext, cancellationToken);
        await next(cancellationToken);
        await BotState.SaveAllChangesAsync(conversationState.Storage, [userState, conversationState], turnContext, cancellationToken);
    }
}
