namespace TrustBot.Dialogs.Handoff;

/// <summary>No notification configured: staff see new requests in the console only.</summary>
public sealed class NoHandoffNotifier : IHandoffNotifier
{
    public Task NotifyNewRequestAsync(HandoffRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
}
