using System.Globalization;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Tests.Turns;

/// <summary>An in-memory channel: records what the bot sends and gives each activity an id.</summary>
public sealed class RecordingSender : IActivitySender
{
    private readonly List<Activity> _sent = [];
    private readonly List<Activity> _updates = [];
    private int _next;

    /// <summary>The activities the bot replaced in place (updateActivity), each with the id it replaced.</summary>
    public IReadOnlyList<Activity> Updates
    {
        get
        {
            lock (_sent)
            {
                return _updates.ToList();
            }
        }
    }

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

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            _updates.Add(activity.Clone());
            return Task.FromResult(new ResourceResponse(activity.Id));
        }
    }

    public Task DeleteAsync(Activity reference, string activityId, CancellationToken cancellationToken) => Task.CompletedTask;
}
