namespace TrustBot.Dialogs.Triggers;

/// <summary>A "who was it with" choice.</summary>
/// <param name="Id">Stable id stored in check-ins (e.g. "partner").</param>
/// <param name="Title">Button text.</param>
public sealed record WhoOption(string Id, string Title);
