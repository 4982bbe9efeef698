using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>Asks a yes/no question with Yes and No buttons (titles can be replaced through <see cref="PromptOptions.Choices"/>: first = yes, second = no).</summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    private static readonly Choice[] DefaultChoices = [new("Yes"), new("No")];

    protected override IReadOnlyList<Choice> ButtonsFor(PromptOptions options) =>
        options.Choices is { Count: 2 } ? options.Choices : DefaultChoices;

    protected override PromptRecognizerResult<bool> Recognize(ITurnContext turnContext, string text, PromptOptions options)
    {
        var buttons = ButtonsFor(options);
        var found = ChoiceRecognizer.Recognize(text, buttons);
        if (found is not null)
        {
            return new(true, found.Index == 0);
        }

        return ConfirmRecognizer.Recognize(text) is { } answer ? new(true, answer) : new(false, default);
    }
}
