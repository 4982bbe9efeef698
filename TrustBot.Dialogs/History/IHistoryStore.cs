namespace TrustBot.Dialogs.History;

/// <summary>
/// A person's history outside their state document, so a turn reads and writes a few hundred bytes of
/// state however long the history grows. Appends are idempotent by (kind, id): a retried turn or a
/// repeated migration never duplicates an entry.
/// </summary>
public interface IHistoryStore
{
    Task AppendAsync(string channelId, string userId, IReadOnlyList<HistoryEntry> entries, CancellationToken cancellationToken);

    /// <summary>Entries of one kind recorded at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<HistoryEntry>> ReadAsync(string channelId, string userId, string kind, DateTimeOffset since, CancellationToken cancellationToken);

    Task<HistoryEntry?> FindAsync(string channelId, string userId, string kind, string id, CancellationToken cancellationToken);

    Task DeleteAsync(string channelId, string userId, CancellationToken cancellationToken);
}
