using System.Globalization;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Messaging;

/// <summary>
/// Collects a turn's replies for <c>deliveryMode: expectReplies</c>: they are returned in the HTTP
/// response body and nothing is sent through the connector.
/// </summary>
public sealed class BufferingActivitySender : IActivitySender
{
    private readonly List<Activity> _activities = [];
    private readonly TimeProvider _time;

    public BufferingActivitySender(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>The replies in the order the bot sent them.</summary>
    public IReadOnlyList<Activity> Activities
    {
        get
        {
            lock (_activities)
            {
                return [.. _activities];
            }
        }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_activities)
        {
            // The caller gets these activities straight from us, so we assign the ids a channel would.
            activity.Id ??= Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
            activity.Timestamp ??= _time.GetUtcNow();
            _activities.Add(activity);
            return Task.FromResult(new ResourceResponse(activity.Id));
        }
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (_activities)
        {
            var index = _activities.FindIndex(a => a.Id == activity.Id);
            if (index >= 0)
            {
                _activities[index] = activity;
                return Task.FromResult(new ResourceResponse(activity.Id));
            }
        }

        return SendAsync(activity, cancellationToken);
    }

    public Task DeleteAsync(Activity reference, string activityId, CancellationToken cancellationToken)
    {
        lock (_activities)
        {
            _activities.RemoveAll(a => a.Id == activityId);
        }

        return Task.CompletedTask;
    }
}
