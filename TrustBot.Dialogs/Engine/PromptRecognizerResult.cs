namespace TrustBot.Dialogs.Engine;

/// <summary>Whether the input was understood, and as what.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value);
