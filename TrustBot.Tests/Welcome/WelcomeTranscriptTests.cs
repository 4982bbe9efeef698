using TrustBot.Dialogs.Welcome;
using TrustBot.Tests.CheckIn;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Welcome;

/// <summary>
/// The welcome's country and time zone questions, as people answer them: what they read, what is saved,
/// and the crisis line that country then gets (the reason the country is asked at all).
/// </summary>
public sealed class WelcomeTranscriptTests
{
    private const string InternationalFallback = "findahelpline.com";

    /// <summary>Joins and consents to storage; returns the country question.</summary>
    private static async Task<IReadOnlyList<Dialogs.Protocol.Activity>> ConsentAsync(TestConversation convo)
    {
        await convo.JoinAsync();
        return await convo.SendAsync(WelcomeMessages.ConsentYes);
    }

    /// <summary>Declines the first check-in, then asks for the crisis line the saved country yields.</summary>
    private static async Task<string> CrisisLineAfterWelcomeAsync(TestConversation convo)
    {
        (await convo.SendAsync(WelcomeMessages.NotNowButton)).ShouldContain(WelcomeMessages.Later);
        return (await convo.SendAsync("crisis")).AllText();
    }

    [Fact]
    public async Task NoThenFrance_SavesFranceAndParisAndOffersTheFrenchLine()
    {
        await using var convo = new TestConversation(locale: "en-US");
        (await ConsentAsync(convo)).ShouldContain("in the United States");
        (await convo.SendAsync("No")).ShouldContain(WelcomeMessages.AskCountry);
        var zone = await convo.SendAsync("France");
        zone.ShouldContain("Your time zone looks like Paris");
        (await convo.SendAsync("yes")).ShouldContain(WelcomeMessages.OfferCheckIn);

        var profile = (await CheckInTranscriptTests.StoredProfileAsync(convo))!;
        Assert.Equal("FR", profile.CountryCode);
        Assert.Equal("Europe/Paris", profile.TimeZoneId);
        var crisis = await CrisisLineAfterWelcomeAsync(convo);
        Assert.Contains("3114", crisis, StringComparison.Ordinal);
        Assert.DoesNotContain("988", crisis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlaceTypedAtTheConfirmation_IsTakenAtOnce()
    {
        await using var convo = new TestConversation(locale: "en-US");
        await ConsentAsync(convo);
        (await convo.SendAsync("No, I'm in France")).ShouldContain("Your time zone looks like Paris");
        Assert.Equal("FR", (await CheckInTranscriptTests.StoredProfileAsync(convo))!.CountryCode);
    }

    [Fact]
    public async Task NoThenAPlaceThatDoesNotExist_AsksAgainThenSavesNothing()
    {
        await using var convo = new TestConversation(locale: "en-US");
        await ConsentAsync(convo);
        await convo.SendAsync("No");

        // A second "no" is not Norway, and Narnia is nowhere: asked again, once.
        (await convo.SendAsync("no")).ShouldContain(WelcomeMessages.CountryRetry);
        var giveUp = await convo.SendAsync("Narnia");
        giveUp.ShouldContain(WelcomeMessages.CountryNotRecognised);
        giveUp.ShouldContain(WelcomeMessages.AskTimeZone);
        (await convo.SendAsync("skip")).ShouldContain(WelcomeMessages.OfferCheckIn);

        var profile = (await CheckInTranscriptTests.StoredProfileAsync(convo))!;
        Assert.Null(profile.CountryCode);
        Assert.Null(profile.TimeZoneId);
        Assert.Contains(InternationalFallback, await CrisisLineAfterWelcomeAsync(convo), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skip_LeavesCountryAndTimeZoneUnsetAndSaysSo()
    {
        await using var convo = new TestConversation(locale: null);
        (await ConsentAsync(convo)).ShouldContain(WelcomeMessages.AskCountry);
        var skipped = await convo.SendAsync("skip");
        skipped.ShouldContain(WelcomeMessages.CountrySkipped);
        skipped.ShouldContain(WelcomeMessages.AskTimeZone);
        (await convo.SendAsync("skip")).ShouldContain(WelcomeMessages.OfferCheckIn);

        var profile = (await CheckInTranscriptTests.StoredProfileAsync(convo))!;
        Assert.Null(profile.CountryCode);
        Assert.Null(profile.TimeZoneId);
        Assert.Contains(InternationalFallback, await CrisisLineAfterWelcomeAsync(convo), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SkipAtTheConfirmation_SavesNothingWrong()
    {
        await using var convo = new TestConversation(locale: "en-GB");
        (await ConsentAsync(convo)).ShouldContain("in the United Kingdom");
        (await convo.SendAsync("skip")).ShouldContain(WelcomeMessages.CountrySkipped);
        Assert.Null((await CheckInTranscriptTests.StoredProfileAsync(convo))!.CountryCode);
    }

    [Fact]
    public async Task CityName_GivesItsCountryAndOffersItsTimeZone()
    {
        await using var convo = new TestConversation(locale: "en-US");
        await ConsentAsync(convo);
        await convo.SendAsync("No");
        (await convo.SendAsync("I live in Toronto")).ShouldContain("Your time zone looks like Toronto");
        (await convo.SendAsync("Yes")).ShouldContain(WelcomeMessages.OfferCheckIn);

        var profile = (await CheckInTranscriptTests.StoredProfileAsync(convo))!;
        Assert.Equal("CA", profile.CountryCode);
        Assert.Equal("America/Toronto", profile.TimeZoneId);
        Assert.Contains("9-8-8 Suicide Crisis Helpline", await CrisisLineAfterWelcomeAsync(convo), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UTC+2", "Etc/GMT-2")]
    [InlineData("Berlin", "Europe/Berlin")]
    public async Task TimeZoneTypedAsOffsetOrCity_IsSaved(string typed, string saved)
    {
        await using var convo = new TestConversation(locale: "fr-FR");
        (await ConsentAsync(convo)).ShouldContain("in France");
        (await convo.SendAsync("Yes")).ShouldContain("Your time zone looks like Paris");
        (await convo.SendAsync("No")).ShouldContain(WelcomeMessages.AskTimeZone);
        (await convo.SendAsync(typed)).ShouldContain(WelcomeMessages.OfferCheckIn);

        var profile = (await CheckInTranscriptTests.StoredProfileAsync(convo))!;
        Assert.Equal("FR", profile.CountryCode);
        Assert.Equal(saved, profile.TimeZoneId);
        Assert.Contains("3114", await CrisisLineAfterWelcomeAsync(convo), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTimeZone_IsAskedAgainThenLeftUnset()
    {
        await using var convo = new TestConversation(locale: "fr-FR");
        await ConsentAsync(convo);
        await convo.SendAsync("Yes");
        await convo.SendAsync("No");
        (await convo.SendAsync("no")).ShouldContain(WelcomeMessages.TimeZoneRetry);
        var giveUp = await convo.SendAsync("whenever");
        giveUp.ShouldContain(WelcomeMessages.TimeZoneNotRecognised);
        giveUp.ShouldContain(WelcomeMessages.OfferCheckIn);
        Assert.Null((await CheckInTranscriptTests.StoredProfileAsync(convo))!.TimeZoneId);
    }
}
