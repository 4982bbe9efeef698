namespace TrustBot.Dialogs.Turns;

/// <summary>Typed per-turn services and values, keyed by type (or an explicit key).</summary>
public sealed class TurnStateCollection
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);

    public void Set<T>(T value)
        where T : class => _values[typeof(T).FullName!] = value;

    public void Set<T>(string key, T value)
        where T : class => _values[key] = value;

    public T? Get<T>()
        where T : class => _values.TryGetValue(typeof(T).FullName!, out var value) ? value as T : null;

    public T? Get<T>(string key)
        where T : class => _values.TryGetValue(key, out var value) ? value as T : null;

    public bool Remove(string key) => _values.Remove(key);
}
