namespace TrustBot.Dialogs.Engine;

/// <summary>Another writer changed the item since it was read (HTTP 412 in cloud stores).</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
        : base("The stored item was changed by another writer (ETag conflict).")
    {
    }

    public StorageConflictException(string key)
        : base($"The stored item '{key}' was changed by another writer (ETag conflict).")
    {
        Key = key;
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Key { get; }
}
