using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Messaging;

/// <summary>
/// Remembers inbound activity ids for <see cref="MessagingOptions.DeduplicationWindow"/> so a channel's
/// retry (Teams resends after 15 s, also for invokes) is acknowledged but not processed twice.
/// In memory: after a restart a retry can get through once, which the turn's state ETags tolerate.
/// </summary>
public sealed class InboundDeduplicator
{
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly TimeSpan _window;
    private readonly TimeProvider _time;
    private readonly Lock _purgeLock = new();
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    public InboundDeduplicator(IOptions<MessagingOptions> options, TimeProvider time)
    {
        _window = options.Value.DeduplicationWindow;
        _time = time;
    }

    /// <summary>True the first time an activity is seen within the window; activities without an id always pass.</summary>
    public bool TryRegister(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var now = _time.GetUtcNow();
        PurgeExpired(now);

        // Length-prefixed parts so ("a/b", "c") and ("a", "b/c") cannot collide.
        var channel = activity.ChannelId ?? string.Empty;
        var conversation = activity.Conversation?.Id ?? string.Empty;
        var key = $"{channel.Length}:{channel}|{conversation.Length}:{conversation}|{activity.Id}";
        var expires = now + _window;
        while (true)
        {
            if (_seen.TryAdd(key, expires))
            {
                return true;
            }

            if (_seen.TryGetValue(key, out var existing))
            {
                if (existing > now)
                {
                    return false;
                }

                if (_seen.TryUpdate(key, expires, existing))
                {
                    return true;
                }
            }
        }
    }

    private void PurgeExpired(DateTimeOffset now)
    {
        lock (_purgeLock)
        {
            if (now < _nextPurge)
            {
                return;
            }

            _nextPurge = now + PurgeInterval;
        }

        foreach (var (key, expires) in _seen)
        {
            if (expires <= now)
            {
                _seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(key, expires));
            }
        }
    }
}
