using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Safety;

/// <summary>
/// Told after the safety layer answered a crisis, so other capabilities can adapt (scheduled check-ins
/// turn gentle). A failing observer is logged and never stops the crisis response.
/// </summary>
public interface IEscalationObserver
{
    Task OnEscalatedAsync(ITurnContext turn, CancellationToken cancellationToken);
}
