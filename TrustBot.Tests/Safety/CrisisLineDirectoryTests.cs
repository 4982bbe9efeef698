using TrustBot.Dialogs.Protocol;
using TrustBot.Dialogs.Safety.CrisisLines;

namespace TrustBot.Tests.Safety;

public sealed class CrisisLineDirectoryTests
{
    private readonly CrisisLineDirectory _directory = new();

    [Theory]
    [InlineData("US", "988", "911")]
    [InlineData("ca", "988", "911")]
    [InlineData("GB", "116 123", "999")]
    [InlineData("AU", "13 11 14", "000")]
    [InlineData("IN", "14416", "112")]
    [InlineData("en-GB", "116 123", "999")]
    public void KnownCountries_HaveTheirCrisisLineAndEmergencyNumber(string code, string phone, string emergency)
    {
        var lines = _directory.Get(code);

        Assert.False(lines.IsFallback);
        Assert.Equal(emergency, lines.EmergencyNumber);
        Assert.Contains(lines.OfKind(CrisisLineKind.Crisis), l => l.Phone == phone);
    }

    [Fact]
    public void UsAndUk_HaveDomesticAbuseLines()
    {
        Assert.Contains(_directory.Get("US").OfKind(CrisisLineKind.Abuse), l => l.Phone == "1-800-799-7233");
        Assert.Contains(_directory.Get("GB").OfKind(CrisisLineKind.Abuse), l => l.Phone == "0808 2000 247");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XX")]
    [InlineData("not-a-country")]
    public void UnknownCountry_GetsTheInternationalFallback(string? code)
    {
        var lines = _directory.Get(code);

        Assert.True(lines.IsFallback);
        Assert.Null(lines.EmergencyNumber);
        Assert.Equal("your local emergency number", lines.EmergencyText);
        Assert.Contains(lines.Lines, l => l.Url == "https://findahelpline.com");
    }

    [Fact]
    public void EuCountryWithoutOwnEntry_Gets112()
    {
        var lines = _directory.Get("NL");

        Assert.Equal("112", lines.EmergencyNumber);
        Assert.Contains(lines.Lines, l => l.Kind == CrisisLineKind.Directory);
    }

    [Fact]
    public void EveryEntry_CanBeReached()
    {
        foreach (var country in _directory.Countries)
        {
            var lines = _directory.Get(country);
            Assert.False(string.IsNullOrWhiteSpace(lines.EmergencyNumber));
            Assert.All(lines.Lines, l => Assert.True(l.Phone is not null || l.Sms is not null || l.Url is not null, $"{country}: {l.Name}"));
        }
    }

    [Fact]
    public void Actions_AreOneTapCallTextAndChatLinks()
    {
        var actions = CrisisLineDirectory.ToActions(_directory.Get("US"));

        Assert.Contains(actions, a => a.Type == ActionTypes.Call && (string?)a.Value == "tel:988");
        Assert.Contains(actions, a => a.Type == ActionTypes.OpenUrl && (string?)a.Value == "sms:741741?body=HOME");
        Assert.Contains(actions, a => a.Type == ActionTypes.OpenUrl && (string?)a.Value == "https://988lifeline.org/chat");
        Assert.Equal("tel:911", (string?)actions[^1].Value);
    }

    [Fact]
    public void EmergencyFirst_PutsTheEmergencyCallFirst() =>
        Assert.Equal("tel:999", (string?)CrisisLineDirectory.ToActions(_directory.Get("GB"), emergencyFirst: true)[0].Value);

    [Fact]
    public void AbuseFirst_PutsTheAbuseLineFirst() =>
        Assert.Equal("tel:08082000247", (string?)CrisisLineDirectory.ToActions(_directory.Get("GB"), abuseFirst: true)[0].Value);
}
