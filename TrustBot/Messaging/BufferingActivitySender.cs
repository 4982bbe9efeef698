using System.Globalization;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Messaging;

/// <summary>
/// Collects a turn's replies for <c>deliveryMode: expectReplies</c>: they are returned in the HTTP
/// response body and nothing is sent through the connector. Each reply is serialized when the bot
/// sends it, inside the turn, so a reply that cannot be written fails the turn (and its state save)
/// instead of the HTTP answer after the state was already saved.
/// </summary>
public sealed class BufferingActivitySender : IActivitySender
{
    private readonly List<(Activity Activity, string Json)> _activities = [];
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
                return [.. _activities.Select(a => a.Activity)];
            }
        }
    }

    /// <summary>The <c>{"activities":[…]}</c> body (<see cref="ExpectedReplies"/>), from the replies as serialized when sent.</summary>
    public string ToExpectedRepliesJson()
    {
        lock (_activities)
        {
            return "{\"activities\":[" + string.Join(',', _activities.Select(a => a.Json)) + "]}";
        }
    }

    public Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        // The caller gets these activities straight from us, so we assign the ids a channel would.
        activity.Id ??= Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        activity.Timestamp ??= _time.GetUtcNow();
        var json = ProtocolJson.Serialize(activity);
        lock (_activities)
        {
            _activities.Add((activity, json));
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var json = ProtocolJson.Serialize(activity);
        lock (_activities)
        {
            var index = _activities.FindIndex(a => a.Activity.Id == activity.Id);
            if (index >= 0)
            {
                _activities[index] = (activity, json);
                return Task.FromResult(new ResourceResponse(activity.Id));
            }
        }

        return SendAsync(activity, cancellationToken);
    }

    public Task DeleteAsync(Activity reference, string activityId, CancellationToken cancellationToken)
    {
        lock (_activities)
        {
            _activities.RemoveAll(a => a.Activity.Id == activityId);
        }

        return Task.CompletedTask;
    }
}
