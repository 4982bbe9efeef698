using TrustBot.Dialogs.Preferences;

namespace TrustBot.Tests.Preferences;

public sealed class CountryResolverTests
{
    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("england", "GB")]
    [InlineData("Scotland", "GB")]
    [InlineData("usa", "US")]
    [InlineData("U.S.A.", "US")]
    [InlineData("the states", "US")]
    [InlineData("India", "IN")]
    [InlineData("españa", "ES")]
    [InlineData("Deutschland", "DE")]
    [InlineData("gb", "GB")]
    [InlineData("us", "US")]
    [InlineData("DEU", "DE")]
    [InlineData("Ireland", "IE")]
    [InlineData("France", "FR")]
    [InlineData("Nederland", "NL")]
    [InlineData("I live in Canada", "CA")]
    [InlineData("London, England", "GB")]
    [InlineData("im in the uk", "GB")]
    [InlineData("Brasil", "BR")]
    [InlineData("日本", "JP")]
    public void CountryAnswer_ResolvesToAlpha2(string text, string expected)
    {
        Assert.Equal(expected, CountryResolver.Resolve(text));
    }

    [Theory]
    [InlineData("somewhere")]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("tell us more")]
    public void UnknownAnswer_ReturnsNull(string? text)
    {
        Assert.Null(CountryResolver.Resolve(text));
    }

    [Theory]
    [InlineData("en-GB", "GB")]
    [InlineData("en-US", "US")]
    [InlineData("hi-IN", "IN")]
    [InlineData("zh-Hant-TW", "TW")]
    [InlineData("de_DE", "DE")]
    public void LocaleWithRegion_ResolvesRegion(string locale, string expected)
    {
        Assert.Equal(expected, CountryResolver.FromLocale(locale));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es-419")]
    [InlineData(null)]
    public void LocaleWithoutCountry_ReturnsNull(string? locale)
    {
        Assert.Null(CountryResolver.FromLocale(locale));
    }

    [Fact]
    public void ChannelCountryCode_IsValidatedAndUpperCased()
    {
        Assert.Equal("US", CountryResolver.FromCountryCode("us"));
        Assert.Null(CountryResolver.FromCountryCode("zz"));
        Assert.Null(CountryResolver.FromCountryCode("USA"));
    }

    [Fact]
    public void EnglishName_ForConfirmation()
    {
        Assert.Equal("United Kingdom", CountryResolver.EnglishName("GB"));
        Assert.Null(CountryResolver.EnglishName("ZZ"));
    }
}
