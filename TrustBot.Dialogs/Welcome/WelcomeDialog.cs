using TrustBot.Dialogs.Engine;
using TrustBot.Dialogs.Preferences;
using TrustBot.Dialogs.Profile;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Dialogs.Welcome;

/// <summary>
/// First contact (conversation.md section 1): what TrustBot is and is not, consent to storage,
/// country (for the crisis line) and time zone (for check-ins), each inferred from the channel where it
/// can and confirmed by one shared <see cref="PlaceQuestionDialog"/>, then the offer of a first check-in.
/// </summary>
public sealed class WelcomeDialog : ComponentDialog
{
    /// <summary>Stored in conversation state: do not rename without an alias.</summary>
    public const string DialogId = "welcome";

    private const string ConsentPromptId = "welcome.consent";
    private const string OfferPromptId = "welcome.offer";

    private readonly ProfileAccessor _profiles;

    public WelcomeDialog(ProfileAccessor profiles)
        : base(DialogId)
    {
        _profiles = profiles;

        // A new inner id: a welcome stored with the older eight-step waterfall starts over instead of misreading it.
        AddDialog(new WaterfallDialog("welcome.flow",
        [
            AskConsentStepAsync,
            AskCountryStepAsync,
            AskTimeZoneStepAsync,
            OfferCheckInStepAsync,
            FinishStepAsync,
        ]));
        AddDialog(new ConfirmPrompt(ConsentPromptId));
        AddDialog(new ConfirmPrompt(OfferPromptId));
        AddDialog(new PlaceQuestionDialog());
    }

    private async Task<DialogTurnResult> AskConsentStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        await step.Context.SendActivityAsync(MessageFactory.Text(WelcomeMessages.Intro), cancellationToken);
        await step.Context.SendActivityAsync(MessageFactory.Text(WelcomeMessages.NotTherapy), cancellationToken);
        return await step.PromptAsync(ConsentPromptId, new PromptOptions
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
        return await step.BeginDialogAsync(PlaceQuestionDialog.DialogId, new PlaceQuestionInput(PlaceKind.Country, inferred), cancellationToken);
    }

    private async Task<DialogTurnResult> AskTimeZoneStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var country = step.ResultDialogId == PlaceQuestionDialog.DialogId ? step.ResultAs<PlaceAnswer>() : null;
        if (country?.Value is { } code)
        {
            _profiles.SetCountry(step.Context, code);
        }

        // The device's zone beats the zone of a city they named, which beats their country's usual zone.
        var countryCode = _profiles.CountryCode(step.Context);
        var inferred = InformativeZone(LocaleHintsReader.Read(step.Context.Activity).TimeZoneId)
            ?? country?.TimeZoneId
            ?? TimeZoneResolver.DefaultForCountry(countryCode);
        return await step.BeginDialogAsync(PlaceQuestionDialog.DialogId, new PlaceQuestionInput(PlaceKind.TimeZone, inferred, countryCode), cancellationToken);
    }

    private async Task<DialogTurnResult> OfferCheckInStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultDialogId == PlaceQuestionDialog.DialogId && step.ResultAs<PlaceAnswer>()?.Value is { } zone)
        {
            _profiles.SetTimeZone(step.Context, zone);
        }

        _profiles.Profile(step.Context).Welcomed = true;
        return await step.PromptAsync(OfferPromptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(WelcomeMessages.OfferCheckIn),
            Choices = [new(WelcomeMessages.StartButton), new(WelcomeMessages.NotNowButton)],
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
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
