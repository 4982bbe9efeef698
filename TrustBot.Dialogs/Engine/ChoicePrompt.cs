using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>
/// Offers buttons and accepts the title, the number, or a synonym. With
/// <see cref="PromptOptions.AcceptFreeText"/> anything else is returned as the person's own words.
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override PromptRecognizerResult<FoundChoice> Recognize(ITurnContext turnContext, string text, PromptOptions options)
    {
        var found = ChoiceRecognizer.Recognize(text, options.Choices ?? []);
        if (found is not null)
        {
            return new(true, found);
        }

        return options.AcceptFreeText && !string.IsNullOrWhiteSpace(text)
            ? new(true, new FoundChoice(text, -1, 0))
            : new(false, default);
    }

    /// <summary>The option's title as the card showed it, or the person's own words.</summary>
    protected override string DescribeAnswer(FoundChoice value, PromptOptions options) =>
        !value.IsFreeText && options.Choices is { } choices && value.Index < choices.Count
            ? choices[value.Index].DisplayTitle
            : value.Value;
}
