namespace TrustBot.Dialogs.Engine;

/// <summary>Extra validation after recognition; return false to re-ask.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
