using System.Collections.Concurrent;

namespace TrustBot.Dialogs.Handoff;

/// <summary>Staff seen by the console within the last two minutes count as online.</summary>
public sealed class StaffPresence(TimeProvider time) : IStaffPresence
{
    public static readonly TimeSpan OnlineWindow = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSeen = new(StringComparer.Ordinal);

    public int OnlineCount
    {
        get
        {
            var since = time.GetUtcNow() - OnlineWindow;
            return _lastSeen.Count(p => p.Value >= since);
        }
    }

    public void Seen(string staffId) => _lastSeen[staffId] = time.GetUtcNow();

    /// <summary>Signed out: no longer counted, even within the window.</summary>
    public void Left(string staffId) => _lastSeen.TryRemove(staffId, out _);
}
