using System.Collections.Concurrent;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>Which conversations have an open stream socket, one per conversation; a newer socket replaces the older.</summary>
public sealed class DirectLineStreamHub
{
    private readonly ConcurrentDictionary<string, StreamSubscription> _subscriptions = new(StringComparer.Ordinal);

    public StreamSubscription Subscribe(string conversationId)
    {
        var subscription = new StreamSubscription(conversationId);
        _subscriptions.AddOrUpdate(
            conversationId,
            subscription,
            (_, older) =>
            {
                older.Replace();
                return subscription;
            });
        return subscription;
    }

    public void Unsubscribe(StreamSubscription subscription) =>
        _subscriptions.TryRemove(new KeyValuePair<string, StreamSubscription>(subscription.ConversationId, subscription));

    /// <summary>New activities were stored for the conversation.</summary>
    public void NotifyStored(string conversationId)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Post(null);
        }
    }

    /// <summary>A live-only activity (typing); dropped when nobody is connected, as Azure does.</summary>
    public void PushLive(string conversationId, Activity activity)
    {
        if (_subscriptions.TryGetValue(conversationId, out var subscription))
        {
            subscription.Post(activity);
        }
    }

    /// <summary>Closes the open socket of a conversation that was just deleted.</summary>
    public void Disconnect(string conversationId)
    {
        if (_subscriptions.TryRemove(conversationId, out var subscription))
        {
            subscription.Replace();
        }
    }
}
