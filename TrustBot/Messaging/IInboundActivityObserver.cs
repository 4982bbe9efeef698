using TrustBot.Dialogs.Protocol;

namespace TrustBot.Messaging;

/// <summary>
/// Sees every authenticated inbound activity before the turn, beside the conversation reference refresh
/// (scheduling stops a schedule on Teams' installationUpdate remove). A failure is logged, never the turn's.
/// </summary>
public interface IInboundActivityObserver
{
    Task OnInboundActivityAsync(Activity activity, CancellationToken cancellationToken);
}
