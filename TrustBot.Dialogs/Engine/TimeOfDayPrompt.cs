using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Engine;

/// <summary>Asks for a time of day; the result is a <see cref="TimeOnly"/>.</summary>
public sealed class TimeOfDayPrompt(string id, PromptValidator<TimeOnly>? validator = null) : Prompt<TimeOnly>(id, validator)
{
    protected override PromptRecognizerResult<TimeOnly> Recognize(ITurnContext turnContext, string text, PromptOptions options) =>
        TimeOfDayRecognizer.Recognize(text) is { } time ? new(true, time) : new(false, default);
}
