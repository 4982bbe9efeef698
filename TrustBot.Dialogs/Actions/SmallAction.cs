namespace TrustBot.Dialogs.Actions;

/// <summary>One small, safe step from the action catalogue.</summary>
/// <param name="Id">Stable id stored in check-ins and follow-ups (never rename without a migration).</param>
/// <param name="Title">Button text, at most 20 characters.</param>
/// <param name="Phrase">The action as a verb phrase for sentences ("ask for reassurance"): "Last time you planned to {Phrase}."</param>
/// <param name="Description">One or two plain sentences on what it is and why it can help.</param>
/// <param name="Script">A default one-line script the person can use; <see cref="ActionRecommender"/> tailors it.</param>
/// <param name="InTheMoment">True when it is done right away (breathing, pausing), so "when" can default to now.</param>
public sealed record SmallAction(string Id, string Title, string Phrase, string Description, string Script, bool InTheMoment);
