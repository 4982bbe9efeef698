using System.Text.Json.Nodes;
using TrustBot.Dialogs.Preferences;
using TrustBot.Dialogs.Protocol;

namespace TrustBot.Tests.Preferences;

public sealed class LocaleHintsReaderTests
{
    [Fact]
    public void TeamsClientInfo_GivesCountryZoneAndLocale()
    {
        var activity = new Activity
        {
            Entities = [new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-GB", ["country"] = "GB", ["timezone"] = "Europe/London", ["platform"] = "Web" }],
        };

        var hints = LocaleHintsReader.Read(activity);

        Assert.Equal(new LocaleHints("GB", "Europe/London", "en-GB"), hints);
    }

    [Fact]
    public void WebChatActivity_UsesLocaleAndLocalTimezone()
    {
        var activity = new Activity { Locale = "en-IN", LocalTimezone = "Asia/Calcutta" };

        var hints = LocaleHintsReader.Read(activity);

        Assert.Equal("IN", hints.CountryCode);
        Assert.NotNull(TimeZoneResolver.Find(hints.TimeZoneId));
        Assert.Equal(TimeSpan.FromMinutes(330), TimeZoneResolver.Find(hints.TimeZoneId)!.BaseUtcOffset);
    }

    [Fact]
    public void MalformedEntitiesAndUnknownZone_GiveNullsNotErrors()
    {
        var activity = new Activity
        {
            Locale = "en",
            LocalTimezone = "Nowhere/Land",
            Entities = [new JsonObject { ["type"] = "clientInfo", ["country"] = 42, ["timezone"] = new JsonArray() }, new JsonObject()],
        };

        var hints = LocaleHintsReader.Read(activity);

        Assert.Equal(new LocaleHints(null, null, "en"), hints);
    }
}
