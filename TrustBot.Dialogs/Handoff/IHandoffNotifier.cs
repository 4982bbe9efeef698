namespace TrustBot.Dialogs.Handoff;

/// <summary>Tells staff elsewhere (a Teams channel) that a request is waiting. Never anything about the person; never fails the person's turn.</summary>
public interface IHandoffNotifier
{
    Task NotifyNewRequestAsync(HandoffRequest request, CancellationToken cancellationToken);
}
