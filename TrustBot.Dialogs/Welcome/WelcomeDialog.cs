using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Preferences;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Turns;

namespace TrustBot.Dialogs.Welcome;

/// <summary>
/// First contact (conversation.md section 1): what TrustBot is and is not, consent to storage,
/// country (for the crisis line) and time zone (for check-ins), inferred from the channel where it
/// can and confirmed, then the offer of a first check-in.
/// </summary>
public sealed class WelcomeDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without a migration.</summary>
    public const string DialogId = "welcome";

    private const string ConfirmPromptId = "welcome.confirm";
    private const string TextPromptId = "welcome.text";
    private const string InferredCountryKey = "inferredCountry";
    private const string InferredZoneKey = "inferredZone";

    private readonly ProfileAccessor _profiles;

    public WelcomeDialog(ProfileAccessor profiles)
        : base(DialogId)
    {
        _profiles = profiles;
        AddDialog(new WaterfallDialog("welcome.steps",
        [
            AskConsentStepAsync,
            AskCountryStepAsync,
            CorrectCountryStepAsync,
            ResolveCountryStepAsync,
            AskTimeZoneStepAsync,
            CorrectTimeZoneStepAsync,
            ResolveTimeZoneStepAsync,
            FinishStepAsync,
        ]));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new TextPrompt(TextPromptId));
    }

    private async Task<DialogTurnResult> AskConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(WelcomeMessages.Intro), cancellationToken);
        await step.Context.SendActivityAsync(MessageFactory.Text(WelcomeMessages.NotTherapy), cancellationToken);
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(WelcomeMessages.AskConsent),
            Choices = [new(WelcomeMessages.ConsentYes), new(WelcomeMessages.ConsentNo)],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskCountryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = _profiles.Profile(step.Context);
        var consent = step.Result is not null && step.ResultAs<bool>();
        profile.ConsentGiven = consent;
        profile.CreatedAt ??= step.Context.Time.GetUtcNow();
        await step.Context.SendActivityAsync(MessageFactory.Text(consent ? WelcomeMessages.ConsentGiven : WelcomeMessages.ConsentDeclined), cancellationToken);

        var inferred = LocaleHintsReader.Read(step.Context.Activity).CountryCode;
        if (inferred is not null && CountryResolver.EnglishName(inferred) is { } name)
        {
            step.Values[InferredCountryKey] = inferred;
            return await step.PromptAsync(ConfirmPromptId, new PromptOptions
            {
                Prompt = MessageFactory.Text(WelcomeMessages.ConfirmCountry(name)),
                Choices = [new(WelcomeMessages.ConfirmYes), new(WelcomeMessages.ConfirmNo)],
            }, cancellationToken);
        }

        return await step.NextAsync(JsonValue.Create(false), cancellationToken);
    }

    private Task<DialogTurnResult> CorrectCountryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values[InferredCountryKey]?.GetValue<string>() is { } inferred && step.Result is not null && step.ResultAs<bool>())
        {
            _profiles.SetCountry(step.Context, inferred);
            return step.NextAsync(null, cancellationToken);
        }

        step.Values.Remove(InferredCountryKey);
        return step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(WelcomeMessages.AskCountry),
            SkipButtonTitle = "Skip",
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ResolveCountryStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.Values.ContainsKey(InferredCountryKey))
        {
            var answer = step.ResultAs<string>();
            var code = CountryResolver.Resolve(answer);
            if (code is not null)
            {
                _profiles.SetCountry(step.Context, code);
            }
            else
            {
                await step.Context.SendActivityAsync(MessageFactory.Text(answer is null ? WelcomeMessages.CountrySkipped : WelcomeMessages.CountryNotRecognised), cancellationToken);
            }
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskTimeZoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var inferred = InformativeZone(LocaleHintsReader.Read(step.Context.Activity).TimeZoneId)
            ?? TimeZoneResolver.DefaultForCountry(_profiles.CountryCode(step.Context));
        if (inferred is not null && TimeZoneInfo.TryFindSystemTimeZoneById(inferred, out var zone))
        {
            step.Values[InferredZoneKey] = inferred;
            var local = TimeZoneInfo.ConvertTime(step.Context.Time.GetUtcNow(), zone).ToString("HH:mm", CultureInfo.InvariantCulture);
            return await step.PromptAsync(ConfirmPromptId, new PromptOptions
            {
                Prompt = MessageFactory.Text(WelcomeMessages.ConfirmTimeZone(TimeZoneResolver.Describe(inferred), local)),
                Choices = [new(WelcomeMessages.ConfirmYes), new(WelcomeMessages.ConfirmNo)],
            }, cancellationToken);
        }

        return await step.NextAsync(JsonValue.Create(false), cancellationToken);
    }

    private Task<DialogTurnResult> CorrectTimeZoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values[InferredZoneKey]?.GetValue<string>() is { } inferred && step.Result is not null && step.ResultAs<bool>())
        {
            _profiles.SetTimeZone(step.Context, inferred);
            return step.NextAsync(null, cancellationToken);
        }

        step.Values.Remove(InferredZoneKey);
        return step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(WelcomeMessages.AskTimeZone),
            SkipButtonTitle = "Skip",
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ResolveTimeZoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!step.Values.ContainsKey(InferredZoneKey))
        {
            var answer = step.ResultAs<string>();
            var zone = TimeZoneResolver.Resolve(answer, _profiles.CountryCode(step.Context));
            if (zone is not null)
            {
                _profiles.SetTimeZone(step.Context, zone);
            }
            else if (answer is not null)
            {
                await step.Context.SendActivityAsync(MessageFactory.Text(WelcomeMessages.TimeZoneNotRecognised), cancellationToken);
            }
        }

        _profiles.Profile(step.Context).Welcomed = true;
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(WelcomeMessages.OfferCheckIn),
            Choices = [new(WelcomeMessages.StartButton), new(WelcomeMessages.NotNowButton)],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var start = step.Result is not null && step.ResultAs<bool>();
        if (!start)
        {
            await step.Context.SendActivityAsync(MessageFactory.Text(WelcomeMessages.Later), cancellationToken);
        }

        return await step.EndDialogAsync(new WelcomeResult(start), cancellationToken);
    }

    // "UTC" is what headless browsers and servers report by default; it says nothing about the person.
    private static string? InformativeZone(string? zone) =>
        zone is null or "UTC" or TimeZoneResolver.Utc ? null : zone;
}
