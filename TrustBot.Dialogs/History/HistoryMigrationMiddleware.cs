using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.History;

/// <summary>
/// Migrates on read: a state document still holding the full check-in list (written before the history
/// table, or by an older instance during a rolling deploy) is moved into the table in the turn that loads
/// it; the slimmed profile is saved with the turn's other state.
/// </summary>
public sealed class HistoryMigrationMiddleware(UserState userState, ProfileAccessor profiles, PersonHistory history) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        if (userState.GetStorageKey(turnContext) is not null)
        {
            // Loading twice is a no-op, so this does not depend on the order middleware was registered in.
            await userState.LoadAsync(turnContext, cancellationToken);
            await history.MigrateAsync(turnContext.Activity.ChannelId!, turnContext.Activity.From!.Id!, profiles.Profile(turnContext), cancellationToken);
        }

        await next(cancellationToken);
    }
}
