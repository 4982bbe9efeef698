using System.Globalization;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Preferences;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Welcome;

/// <summary>
/// "Confirm what we inferred, or ask" for the country and the time zone (conversation.md section 1.3).
/// A place typed at the confirmation ("No, I'm in France") is taken at once; an answer that names no place
/// is asked once more, then left unset with an honest word, never saved as a guess. A bare "no" or "si"
/// is never read as a country code (Norway, Slovenia).
/// </summary>
public sealed class PlaceQuestionDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without an alias.</summary>
    public const string DialogId = "welcome.place";

    private const string ConfirmPromptId = "welcome.place.confirm";
    private const string CountryPromptId = "welcome.place.country";
    private const string TimeZonePromptId = "welcome.place.timeZone";
    private const string Yes = "yes";
    private const string No = "no";

    public PlaceQuestionDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog("welcome.place.steps", [ConfirmStepAsync, AskStepAsync, ResolveStepAsync]));
        AddDialog(new ChoicePrompt(ConfirmPromptId));
        AddDialog(new TextPrompt(CountryPromptId, (prompt, _) => Task.FromResult(Names(PlaceKind.Country, prompt))));

        // Whether words name a zone does not depend on the country, only which zone they name (IST).
        AddDialog(new TextPrompt(TimeZonePromptId, (prompt, _) => Task.FromResult(Names(PlaceKind.TimeZone, prompt))));
    }

    /// <summary>What the person's words name, or null; a bare yes/no names nothing.</summary>
    public static PlaceAnswer? Resolve(PlaceKind kind, string? text, string? countryCode)
    {
        if (string.IsNullOrWhiteSpace(text) || ConfirmRecognizer.IsBareAnswer(text))
        {
            return null;
        }

        if (kind == PlaceKind.TimeZone)
        {
            return TimeZoneResolver.Resolve(text, countryCode) is { } zone ? new PlaceAnswer(zone, zone) : null;
        }

        if (CountryResolver.Resolve(text) is { } code)
        {
            return new PlaceAnswer(code);
        }

        // A city ("I live in Toronto") names its country, and its zone is the one to offer next.
        var cityZone = TimeZoneResolver.Resolve(text);
        return TimeZoneResolver.CountryOf(cityZone) is { } country ? new PlaceAnswer(country, cityZone) : null;
    }

    private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var input = Input(step);
        if (ConfirmQuestion(input, step.Context.Time) is not { } question)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question),
            Choices = [new(Yes, WelcomeMessages.ConfirmYes), new(No, WelcomeMessages.ConfirmNo, "change it", "wrong")],
            AcceptFreeText = true,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var input = Input(step);
        if (step.ResultDialogId == ConfirmPromptId)
        {
            if (step.ResultAs<FoundChoice>() is not { } answer)
            {
                return await SkippedAsync(step, input, cancellationToken);
            }

            // "No, I'm in France" answers both questions at once; a tapped button or a bare yes/no names no place.
            var text = step.Context.InputText();
            var words = InputNormalizer.Normalize(text);
            var tapped = words == InputNormalizer.Normalize(WelcomeMessages.ConfirmYes) || words == InputNormalizer.Normalize(WelcomeMessages.ConfirmNo);
            if (!tapped && Resolve(input.Kind, text, input.CountryCode) is { } typed)
            {
                return await step.EndDialogAsync(typed, cancellationToken);
            }

            var confirmed = answer.IsFreeText ? ConfirmRecognizer.Recognize(answer.Value) == true : answer.Value == Yes;
            if (confirmed)
            {
                return await step.EndDialogAsync(new PlaceAnswer(input.Inferred, input.Kind == PlaceKind.TimeZone ? input.Inferred : null), cancellationToken);
            }
        }

        var country = input.Kind == PlaceKind.Country;
        return await step.PromptAsync(country ? CountryPromptId : TimeZonePromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(country ? WelcomeMessages.AskCountry : WelcomeMessages.AskTimeZone),
            RetryPrompt = MessageFactory.Text(country ? WelcomeMessages.CountryRetry : WelcomeMessages.TimeZoneRetry),
            GiveUpPrompt = MessageFactory.Text(country ? WelcomeMessages.CountryNotRecognised : WelcomeMessages.TimeZoneNotRecognised),
            SkipButtonTitle = WelcomeMessages.SkipButton,
            MaxAttempts = 2,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ResolveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var input = Input(step);
        if (Resolve(input.Kind, step.ResultAs<string>(), input.CountryCode) is { } answer)
        {
            return await step.EndDialogAsync(answer, cancellationToken);
        }

        // Not understood twice: the prompt has already said so honestly. Only a skip still needs a word.
        return SkipRecognizer.IsSkip(step.Context.InputText())
            ? await SkippedAsync(step, input, cancellationToken)
            : await step.EndDialogAsync(new PlaceAnswer(null), cancellationToken);
    }

    private static async Task<DialogTurnResult> SkippedAsync(WaterfallStepContext step, PlaceQuestionInput input, CancellationToken cancellationToken)
    {
        if (input.Kind == PlaceKind.Country)
        {
            await step.Context.SendTextAsync(WelcomeMessages.CountrySkipped, cancellationToken);
        }

        return await step.EndDialogAsync(new PlaceAnswer(null), cancellationToken);
    }

    private static string? ConfirmQuestion(PlaceQuestionInput input, TimeProvider time)
    {
        if (input.Kind == PlaceKind.Country)
        {
            return CountryResolver.EnglishName(input.Inferred) is { } name ? WelcomeMessages.ConfirmCountry(name) : null;
        }

        if (TimeZoneResolver.Find(input.Inferred) is not { } zone)
        {
            return null;
        }

        var local = TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        return WelcomeMessages.ConfirmTimeZone(TimeZoneResolver.Describe(input.Inferred!), local);
    }

    private static PlaceQuestionInput Input(WaterfallStepContext step) =>
        step.OptionsAs<PlaceQuestionInput>() ?? new PlaceQuestionInput(PlaceKind.Country, null);

    private static bool Names(PlaceKind kind, PromptValidatorContext<string> prompt) =>
        prompt.Recognized.Succeeded && Resolve(kind, prompt.Recognized.Value, countryCode: null) is not null;
}
