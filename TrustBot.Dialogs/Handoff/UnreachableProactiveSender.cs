using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Handoff;

/// <summary>Default until a host registers its channels: nothing can be sent proactively.</summary>
public sealed class UnreachableProactiveSender : IHandoffProactiveSender
{
    public Task<bool> ContinueAsync(HandoffRequest request, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken) =>
        Task.FromResult(false);
}
