using System.Security.Cryptography;
using System.Text;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.DirectLine;

/// <summary>
/// The open stream sockets of each conversation. Every socket of a conversation gets every activity,
/// so a second browser tab does not cut off the first. A newer socket opened with the same token is
/// the same client reconnecting and replaces its stale older one ("collision"), and a conversation keeps
/// at most <see cref="MaxSocketsPerConversation"/>, the oldest giving way.
/// </summary>
public sealed class DirectLineStreamHub
{
    /// <summary>Enough for a person's tabs and devices; bounds what one token holder can keep open.</summary>
    public const int MaxSocketsPerConversation = 8;

    private readonly Dictionary<string, List<StreamSubscription>> _subscriptions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <param name="conversationId">The conversation the socket streams.</param>
    /// <param name="clientCredential">The token (or secret) the socket was opened with; only a hash is kept.</param>
    public StreamSubscription Subscribe(string conversationId, string clientCredential)
    {
        var subscription = new StreamSubscription(conversationId, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clientCredential))));
        lock (_gate)
        {
            if (!_subscriptions.TryGetValue(conversationId, out var sockets))
            {
                sockets = [];
                _subscriptions[conversationId] = sockets;
            }

            foreach (var stale in sockets.Where(s => s.ClientKey == subscription.ClientKey).ToList())
            {
                sockets.Remove(stale);
                stale.Replace();
            }

            while (sockets.Count >= MaxSocketsPerConversation)
            {
                sockets[0].Replace();
                sockets.RemoveAt(0);
            }

            sockets.Add(subscription);
        }

        return subscription;
    }

    public void Unsubscribe(StreamSubscription subscription)
    {
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(subscription.ConversationId, out var sockets) && sockets.Remove(subscription) && sockets.Count == 0)
            {
                _subscriptions.Remove(subscription.ConversationId);
            }
        }
    }

    /// <summary>New activities were stored for the conversation.</summary>
    public void NotifyStored(string conversationId) => PostToAll(conversationId, null);

    /// <summary>A live-only activity (typing); dropped when nobody is connected, as Azure does.</summary>
    public void PushLive(string conversationId, Activity activity) => PostToAll(conversationId, activity);

    /// <summary>Closes the open sockets of a conversation that was just deleted.</summary>
    public void Disconnect(string conversationId)
    {
        List<StreamSubscription>? sockets;
        lock (_gate)
        {
            _subscriptions.Remove(conversationId, out sockets);
        }

        foreach (var socket in sockets ?? [])
        {
            socket.Replace();
        }
    }

    private void PostToAll(string conversationId, Activity? item)
    {
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(conversationId, out var sockets))
            {
                foreach (var socket in sockets)
                {
                    socket.Post(item);
                }
            }
        }
    }
}
