namespace TrustBot.Dialogs.Welcome;

/// <summary>What the first contact says (conversation.md section 1).</summary>
public static class WelcomeMessages
{
    public const string Intro =
        "Hi, I'm TrustBot. I help you pause on a feeling, notice what set it off, and choose one small step toward trust, between therapy sessions or before you start one.";

    public const string NotTherapy =
        "I'm a bot, not a therapist or an emergency service. If you're in danger, call your local emergency number, or type \"crisis\" at any time for a crisis line.";

    public const string AskConsent =
        "I can save your check-ins so you can see your progress. You can export or delete everything at any time by typing \"my data\". Is it okay to save them?";

    public const string ConsentYes = "Yes, save them";
    public const string ConsentNo = "No, don't save";
    public const string ConsentGiven = "Thank you. I'll keep your check-ins private to you.";

    public const string ConsentDeclined =
        "That's completely fine. I won't save your check-ins. You can still do check-ins with me, and crisis resources are always here: just type \"crisis\".";

    public const string AskCountry = "Which country are you in? I use it only to show the right crisis line.";
    public const string CountryNotRecognised = "I didn't recognise that country, so I'll show international crisis resources for now.";
    public const string CountryRetry = "I didn't recognise that as a country. Which country are you in? You can also type a city, or \"skip\".";
    public const string CountrySkipped = "No problem. I'll show international crisis resources.";
    public const string ConfirmYes = "Yes";
    public const string ConfirmNo = "No, change it";

    public const string AskTimeZone = "What time zone are you in? For example: London, New York, IST or UTC+2.";
    public const string TimeZoneRetry = "I didn't recognise that time zone. Try a city, or an offset like UTC+2, or \"skip\".";
    public const string SkipButton = "Skip";
    public const string TimeZoneNotRecognised = "I didn't recognise that time zone, so I'll use UTC for now. You can change it later.";

    public const string OfferCheckIn = "Would you like to do a first check-in now? It takes 2 to 4 minutes.";
    public const string StartButton = "Yes, let's start";
    public const string NotNowButton = "Not now";
    public const string Later = "Whenever you're ready, type \"check in\". Type \"help\" to see everything I can do.";

    public static string ConfirmCountry(string countryName) =>
        $"It looks like you're in {WithArticle(countryName)}. Is that right? I use it only to show the right crisis line.";

    /// <summary>"the United Kingdom", "the Philippines", but "France".</summary>
    public static string WithArticle(string countryName) =>
        countryName.StartsWith("United ", StringComparison.Ordinal)
        || countryName.EndsWith(" Republic", StringComparison.Ordinal)
        || countryName.EndsWith(" Islands", StringComparison.Ordinal)
        || countryName is "Netherlands" or "Philippines" or "Bahamas" or "Gambia" or "Maldives"
            ? "the " + countryName
            : countryName;

    public static string ConfirmTimeZone(string timeZoneId, string localTime) =>
        $"Your time zone looks like {timeZoneId} (it's {localTime} there now). Is that right?";
}
