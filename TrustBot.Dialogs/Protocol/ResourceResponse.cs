namespace TrustBot.Dialogs.Protocol;

/// <summary>The channel's answer to a send: the new activity id (may be missing).</summary>
public sealed record ResourceResponse(string? Id);
