using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>Accepts any non-empty text.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognizerResult<string> Recognize(ITurnContext turnContext, string text, PromptOptions options) =>
        string.IsNullOrWhiteSpace(text) ? new(false, default) : new(true, text);
}
