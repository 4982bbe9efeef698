using TrustBot.Dialogs.Preferences;

namespace TrustBot.Tests.Preferences;

public sealed class TimeZoneResolverTests
{
    [Theory]
    [InlineData("Europe/London", "Europe/London")]
    [InlineData("america/new_york", "America/New_York")]
    [InlineData("London", "Europe/London")]
    [InlineData("new york", "America/New_York")]
    [InlineData("NYC", "America/New_York")]
    [InlineData("Mumbai", "Asia/Kolkata")]
    [InlineData("Paris", "Europe/Paris")]
    [InlineData("near Manchester", "Europe/London")]
    [InlineData("EST", "America/New_York")]
    [InlineData("PST", "America/Los_Angeles")]
    [InlineData("Pacific time", "America/Los_Angeles")]
    [InlineData("IST", "Asia/Kolkata")]
    [InlineData("CET", "Europe/Berlin")]
    [InlineData("UTC", "Etc/UTC")]
    [InlineData("UTC+2", "Etc/GMT-2")]
    [InlineData("GMT-5", "Etc/GMT+5")]
    [InlineData("+05:30", "Asia/Kolkata")]
    [InlineData("utc +0", "Etc/UTC")]
    [InlineData("Eastern Standard Time", "America/New_York")]
    [InlineData("India", "Asia/Kolkata")]
    public void TimeZoneAnswer_ResolvesToIanaId(string text, string expected)
    {
        Assert.Equal(expected, TimeZoneResolver.Resolve(text));
    }

    [Theory]
    [InlineData("IST", "IE", "Europe/Dublin")]
    [InlineData("IST", "IL", "Asia/Jerusalem")]
    [InlineData("IST", "IN", "Asia/Kolkata")]
    [InlineData("CST", "CN", "Asia/Shanghai")]
    [InlineData("CET", "FR", "Europe/Paris")]
    [InlineData("GMT", "PT", "Europe/Lisbon")]
    [InlineData("UTC", "GB", "Etc/UTC")]
    [InlineData("PST", "CA", "America/Los_Angeles")]
    public void AmbiguousAbbreviation_UsesCountryHint(string text, string country, string expected)
    {
        Assert.Equal(expected, TimeZoneResolver.Resolve(text, country));
    }

    [Theory]
    [InlineData("sometime")]
    [InlineData("UTC+15")]
    [InlineData("+05:17")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData(null)]
    public void UnknownAnswer_ReturnsNull(string? text)
    {
        Assert.Null(TimeZoneResolver.Resolve(text));
    }

    [Fact]
    public void ResolvedOffsetZone_HasThatOffset()
    {
        var zone = TimeZoneResolver.Find(TimeZoneResolver.Resolve("UTC+2"))!;

        Assert.Equal(TimeSpan.FromHours(2), zone.BaseUtcOffset);
    }

    [Theory]
    [InlineData("GB", "Europe/London")]
    [InlineData("us", "America/New_York")]
    [InlineData("IN", "Asia/Kolkata")]
    [InlineData("DE", "Europe/Berlin")]
    [InlineData("AU", "Australia/Sydney")]
    public void Country_HasDefaultZone(string country, string expected)
    {
        Assert.Equal(expected, TimeZoneResolver.DefaultForCountry(country));
    }

    [Fact]
    public void MultiZoneCountry_IsFlaggedSingleZoneIsNot()
    {
        Assert.True(TimeZoneResolver.HasSeveralZones("US"));
        Assert.False(TimeZoneResolver.HasSeveralZones("GB"));
        Assert.Null(TimeZoneResolver.DefaultForCountry("ZZ"));
    }

    [Fact]
    public void Find_UnknownId_ReturnsNullInsteadOfThrowing()
    {
        Assert.Null(TimeZoneResolver.Find("Not/AZone"));
        Assert.NotNull(TimeZoneResolver.Find("Asia/Tokyo"));
    }

    [Theory]
    [InlineData("America/New_York", "New York")]
    [InlineData("Etc/UTC", "UTC")]
    [InlineData("Etc/GMT-2", "UTC+2:00")]
    public void Describe_GivesReadableLabel(string id, string expected)
    {
        Assert.Equal(expected, TimeZoneResolver.Describe(id));
    }
}
