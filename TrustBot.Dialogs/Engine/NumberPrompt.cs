using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>Asks for a whole number, optionally within <see cref="PromptOptions.Min"/>..<see cref="PromptOptions.Max"/>.</summary>
public sealed class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    protected override PromptRecognizerResult<int> Recognize(ITurnContext turnContext, string text, PromptOptions options)
    {
        if (NumberRecognizer.Recognize(text) is not { } value)
        {
            return new(false, default);
        }

        if ((options.Min is { } min && value < min) || (options.Max is { } max && value > max))
        {
            return new(false, default);
        }

        return new(true, value);
    }
}
