using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>The standard run loop: continue the active dialog, or begin the root one when the stack is empty.</summary>
public static class DialogStateExtensions
{
    public static async Task<DialogTurnResult> RunAsync(this DialogSet dialogs, ITurnContext turnContext, DialogState state, string rootDialogId, CancellationToken cancellationToken)
    {
        var dc = new DialogContext(dialogs, turnContext, state);
        var result = await dc.ContinueDialogAsync(cancellationToken);
        if (result.Status == DialogTurnStatus.Empty)
        {
            result = await dc.BeginDialogAsync(rootDialogId, null, cancellationToken);
        }

        return result;
    }
}
