using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// State scoped by a storage key (a conversation, a person). Loaded once per turn, handed out as typed
/// properties, and written back at the end of the turn only when something changed, with the ETag
/// it was read with, so a concurrent change is detected instead of overwritten.
/// </summary>
public abstract class BotState
{
    private readonly IStorage _storage;

    internal IStorage Storage => _storage;
    private readonly string _cacheKey;

    protected BotState(IStorage storage, string cacheKey)
    {
        _storage = storage;
        _cacheKey = cacheKey;
    }

    /// <summary>The storage key for this turn, or null when the activity carries too little to scope it.</summary>
    public abstract string? GetStorageKey(ITurnContext turnContext);

    public StatePropertyAccessor<T> CreateProperty<T>(string name)
        where T : class, new() => new(this, name);

    public async Task LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<CachedState>(_cacheKey) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var cached = new CachedState(key);
        if (key is not null)
        {
            var items = await _storage.ReadAsync([key], cancellationToken);
            if (items.TryGetValue(key, out var item))
            {
                cached.Document = JsonNode.Parse(item.Json) as JsonObject ?? [];
                cached.ETag = item.ETag;
                cached.OriginalJson = item.Json;
            }
        }

        turnContext.TurnState.Set(_cacheKey, cached);
    }

    /// <summary>Writes changed state back; throws <see cref="StorageConflictException"/> if someone else wrote first.</summary>
    public Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        SaveAllChangesAsync(_storage, [this], turnContext, cancellationToken);

    /// <summary>
    /// Writes the changes of several states (conversation and user) in one atomic storage write, so a
    /// turn is never half saved, and with one transaction instead of two.
    /// </summary>
    public static async Task SaveAllChangesAsync(IStorage storage, IReadOnlyList<BotState> states, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var writes = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        var written = new List<(CachedState Cache, string Json)>();
        foreach (var state in states)
        {
            var cached = turnContext.TurnState.Get<CachedState>(state._cacheKey);
            if (cached?.Key is null)
            {
                continue;
            }

            if (cached.Cleared)
            {
                await storage.DeleteAsync([cached.Key], cancellationToken);
                turnContext.TurnState.Remove(state._cacheKey);
                continue;
            }

            foreach (var (name, value) in cached.Properties)
            {
                cached.Document[name] = JsonSerializer.SerializeToNode(value, value.GetType(), ProtocolJson.Options);
            }

            var json = cached.Document.ToJsonString(ProtocolJson.Options);
            if (json == cached.OriginalJson || (cached.OriginalJson is null && cached.Document.Count == 0))
            {
                continue;
            }

            writes[cached.Key] = new StoreItem(json, cached.ETag);
            written.Add((cached, json));
        }

        if (writes.Count == 0)
        {
            return;
        }

        var etags = await storage.WriteAsync(writes, cancellationToken);
        foreach (var (cache, json) in written)
        {
            cache.ETag = etags[cache.Key!];
            cache.OriginalJson = json;
        }
    }

    /// <summary>
    /// Forgets this scope's state: the stored document is deleted at the end of the turn, and anything
    /// read or written after this in the same turn is discarded (deletion is final).
    /// </summary>
    public void Clear(ITurnContext turnContext)
    {
        var cached = GetCache(turnContext);
        cached.Properties.Clear();
        cached.Document = [];
        cached.Cleared = true;
    }

    internal T GetProperty<T>(ITurnContext turnContext, string name)
        where T : class, new()
    {
        var cached = GetCache(turnContext);
        if (cached.Properties.TryGetValue(name, out var existing))
        {
            return (T)existing;
        }

        var value = cached.Document[name] is { } node ? node.Deserialize<T>(ProtocolJson.Options) ?? new T() : new T();
        cached.Properties[name] = value;
        return value;
    }

    internal void SetProperty<T>(ITurnContext turnContext, string name, T value)
        where T : class
    {
        var cached = GetCache(turnContext);
        cached.Properties[name] = value;
    }

    private CachedState GetCache(ITurnContext turnContext) =>
        turnContext.TurnState.Get<CachedState>(_cacheKey)
        ?? throw new InvalidOperationException($"{GetType().Name} was not loaded for this turn; add AutoSaveStateMiddleware or call LoadAsync.");

    private sealed class CachedState(string? key)
    {
        public string? Key { get; } = key;

        public JsonObject Document { get; set; } = [];

        public string? ETag { get; set; }

        public string? OriginalJson { get; set; }

        public bool Cleared { get; set; }

        public Dictionary<string, object> Properties { get; } = new(StringComparer.Ordinal);
    }
}
