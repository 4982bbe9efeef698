using TrustBot.Dialogs.Handoff;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.StaffConsole;

/// <summary>The person's side left out of console HTTP tests: records which requests the bot was asked to speak in.</summary>
public sealed class RecordingProactiveSender : IHandoffProactiveSender
{
    private readonly List<string> _requestIds = [];

    public IReadOnlyList<string> RequestIds
    {
        get
        {
            lock (_requestIds)
            {
                return [.. _requestIds];
            }
        }
    }

    public Task<bool> ContinueAsync(HandoffRequest request, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        lock (_requestIds)
        {
            _requestIds.Add(request.Id);
        }

        return Task.FromResult(true);
    }
}
