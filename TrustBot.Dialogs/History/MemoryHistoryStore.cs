namespace TrustBot.Dialogs.History;

/// <summary>History in memory (dialog tests without a database); the host registers the SQLite table.</summary>
public sealed class MemoryHistoryStore : IHistoryStore
{
    private readonly List<(string ChannelId, string UserId, HistoryEntry Entry)> _entries = [];

    public Task AppendAsync(string channelId, string userId, IReadOnlyList<HistoryEntry> entries, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            foreach (var entry in entries)
            {
                if (!_entries.Exists(e => Matches(e, channelId, userId, entry.Kind) && e.Entry.Id == entry.Id))
                {
                    _entries.Add((channelId, userId, entry));
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<HistoryEntry>> ReadAsync(string channelId, string userId, string kind, DateTimeOffset since, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            return Task.FromResult<IReadOnlyList<HistoryEntry>>(_entries
                .Where(e => Matches(e, channelId, userId, kind) && e.Entry.RecordedAt >= since)
                .Select(e => e.Entry)
                .OrderBy(e => e.RecordedAt)
                .ToList());
        }
    }

    public Task<HistoryEntry?> FindAsync(string channelId, string userId, string kind, string id, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            return Task.FromResult(_entries.Where(e => Matches(e, channelId, userId, kind) && e.Entry.Id == id).Select(e => e.Entry).FirstOrDefault());
        }
    }

    public Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken)
    {
        lock (_entries)
        {
            _entries.RemoveAll(e => e.ChannelId == channelId && e.UserId == userId);
        }

        return Task.CompletedTask;
    }

    private static bool Matches((string ChannelId, string UserId, HistoryEntry Entry) e, string channelId, string userId, string kind) =>
        e.ChannelId == channelId && e.UserId == userId && e.Entry.Kind == kind;
}
