namespace TrustBot.Dialogs.Actions;

/// <summary>An offered action with its script tailored to the feeling, trigger and person.</summary>
/// <param name="Action">The catalogue entry (use Id for storage, Title for the button).</param>
/// <param name="Script">The tailored one-line script to show under the button or in the card.</param>
public sealed record RecommendedAction(SmallAction Action, string Script);
