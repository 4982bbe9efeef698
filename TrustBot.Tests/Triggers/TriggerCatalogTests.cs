using TrustBot.Dialogs.Triggers;

namespace TrustBot.Tests.Triggers;

public sealed class TriggerCatalogTests
{
    [Fact]
    public void TriggerTitles_FitOnAButton()
    {
        Assert.All(TriggerCatalog.Triggers, t => Assert.InRange(t.Title.Length, 1, 20));
        Assert.All(TriggerCatalog.Who, w => Assert.InRange(w.Title.Length, 1, 20));
    }

    [Fact]
    public void Catalogue_HasTheEightDesignTriggersAndSixWhoOptions()
    {
        Assert.Equal(8, TriggerCatalog.Triggers.Count);
        Assert.Equal(
            ["partner", "friend", "family", "coworker", "myself", "no-one"],
            TriggerCatalog.Who.Select(w => w.Id));
    }

    [Fact]
    public void Descriptions_AreLongerThanTitles()
    {
        Assert.All(TriggerCatalog.Triggers, t => Assert.True(t.Description.Length > t.Title.Length));
    }

    [Fact]
    public void Find_IsCaseInsensitiveAndNullForUnknown()
    {
        Assert.Equal(TriggerCatalog.NoReply, TriggerCatalog.FindTrigger("NO-REPLY")!.Id);
        Assert.Null(TriggerCatalog.FindTrigger("whatever"));
        Assert.Equal("family", TriggerCatalog.FindWho(" Family ")!.Id);
    }
}
