namespace TrustBot.Dialogs.Actions;

/// <summary>A "when will you do it" choice.</summary>
/// <param name="Id">Stable id ("now", "later-today", "tomorrow", "this-week").</param>
/// <param name="Title">Button text.</param>
public sealed record WhenOption(string Id, string Title);
