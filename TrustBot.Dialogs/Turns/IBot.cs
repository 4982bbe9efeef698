namespace TrustBot.Dialogs.Turns;

/// <summary>Handles one turn.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
