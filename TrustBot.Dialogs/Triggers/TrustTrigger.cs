namespace TrustBot.Dialogs.Triggers;

/// <summary>A "what happened" quick pick.</summary>
/// <param name="Id">Stable id stored in check-ins (e.g. "no-reply").</param>
/// <param name="Title">Button text, at most 20 characters so it renders as a button everywhere.</param>
/// <param name="Description">Longer wording for cards, summaries and the follow-up.</param>
public sealed record TrustTrigger(string Id, string Title, string Description);
