namespace TrustBot.Dialogs.Engine;

/// <summary>A stored JSON document and the ETag it was read with (or must match on write).</summary>
public sealed record StoreItem(string Json, string? ETag);
