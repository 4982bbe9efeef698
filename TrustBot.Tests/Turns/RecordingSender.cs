using System.Globalization;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Turns;

/// <summary>An in-memory channel: records what the bot sends and gives each activity an id.</summary>
public sealed class RecordingSender : IActivitySender
{
    private readonly List<Activity> _sent = [];
    private int _next;

    public IReadOnlyList<Activity> Sent
    {
        get
        {
            lock (_sent)
            {
                return _sent.ToList();
            }
        }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            activity.Id = "bot-" + (++_next).ToString(CultureInfo.InvariantCulture);
            _sent.Add(activity.Clone());
            return Task.FromResult(new ResourceResponse(activity.Id));
        }
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken) => SendAsync(activity, cancellationToken);

    public Task DeleteAsync(Activity reference, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
}
