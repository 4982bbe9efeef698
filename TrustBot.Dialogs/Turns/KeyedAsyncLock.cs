namespace TrustBot.Dialogs.Turns;

/// <summary>
/// Serialises work per key (conversation, user) inside one process, so two turns of one
/// conversation never interleave their state reads and writes. Entries are removed when idle.
/// </summary>
public sealed class KeyedAsyncLock
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Takes every key in a fixed order (no deadlock between overlapping key sets).</summary>
    public async Task<IAsyncDisposable> AcquireAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var ordered = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var taken = new List<string>(ordered.Count);
        try
        {
            foreach (var key in ordered)
            {
                Entry entry;
                lock (_entries)
                {
                    if (!_entries.TryGetValue(key, out entry!))
                    {
                        entry = new Entry();
                        _entries[key] = entry;
                    }

                    entry.Users++;
                }

                try
                {
                    await entry.Semaphore.WaitAsync(cancellationToken);
                }
                catch
                {
                    Release(key, entry, wasHeld: false);
                    throw;
                }

                taken.Add(key);
            }
        }
        catch
        {
            await new Releaser(this, taken).DisposeAsync();
            throw;
        }

        return new Releaser(this, taken);
    }

    private void Release(string key, Entry entry, bool wasHeld)
    {
        if (wasHeld)
        {
            entry.Semaphore.Release();
        }

        lock (_entries)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                _entries.Remove(key);
                entry.Semaphore.Dispose();
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(KeyedAsyncLock owner, List<string> keys) : IAsyncDisposable
    {
        private int _disposed;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                for (var i = keys.Count - 1; i >= 0; i--)
                {
                    Entry entry;
                    lock (owner._entries)
                    {
                        entry = owner._entries[keys[i]];
                    }

                    owner.Release(keys[i], entry, wasHeld: true);
                }
            }

            return ValueTask.CompletedTask;
        }
    }
}
