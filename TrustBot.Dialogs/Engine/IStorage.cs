namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Key/value storage for bot state with optimistic concurrency. A write whose
/// <see cref="StoreItem.ETag"/> no longer matches throws <see cref="StorageConflictException"/>:
/// a conflicting write is detected, never silently lost.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the items that exist; missing keys are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Writes items atomically. ETag semantics: <c>null</c> = create only (conflict if the key exists),
    /// <c>"*"</c> = overwrite unconditionally, anything else = must equal the stored ETag.
    /// Returns the new ETag of every written key.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    /// <summary>Deletes the keys (missing keys are ignored).</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Every key that starts with <paramref name="prefix"/> (for export and deletion of a person's data).</summary>
    Task<IReadOnlyList<string>> ListKeysAsync(string prefix, CancellationToken cancellationToken);
}
