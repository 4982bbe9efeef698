using TrustBot.Dialogs.Feelings;

namespace TrustBot.Tests.Feelings;

public sealed class FeelingCatalogTests
{
    [Fact]
    public void CoreButtons_AreTheEightWheelFeelingsInOrder()
    {
        Assert.Equal(
            ["sad", "scared", "angry", "hurt", "lonely", "calm", "happy", "hopeful"],
            FeelingCatalog.Cores.Select(c => c.Id));
    }

    [Fact]
    public void ScaredSecondLevel_HasTheTrustWords()
    {
        var scared = FeelingCatalog.Get(FeelingCore.Scared).Words.Select(w => w.Id).ToList();

        foreach (var id in new[] { "anxious", "insecure", "rejected", "helpless", "overwhelmed", "jealous" })
        {
            Assert.Contains(id, scared);
        }
    }

    [Fact]
    public void HurtSecondLevel_HasBetrayedDisappointedEmbarrassedLetDown()
    {
        var hurt = FeelingCatalog.Get(FeelingCore.Hurt).Words.Select(w => w.Title).ToList();

        Assert.Contains("betrayed", hurt);
        Assert.Contains("disappointed", hurt);
        Assert.Contains("embarrassed", hurt);
        Assert.Contains("let down", hurt);
    }

    [Fact]
    public void EveryWord_HasValenceAndArousalInRangeAndMatchingCore()
    {
        foreach (var core in FeelingCatalog.Cores)
        {
            Assert.InRange(core.Words.Count, 6, 10);
            foreach (var word in core.Words)
            {
                Assert.Equal(core.Core, word.Core);
                Assert.InRange(word.Valence, -1, 1);
                Assert.InRange(word.Arousal, -1, 1);
            }
        }
    }

    [Fact]
    public void PleasantCores_HavePleasantWordsAndUnpleasantCoresUnpleasant()
    {
        var pleasant = new[] { FeelingCore.Calm, FeelingCore.Happy, FeelingCore.Hopeful };
        foreach (var word in FeelingCatalog.Words)
        {
            Assert.Equal(pleasant.Contains(word.Core), !word.IsUnpleasant);
        }
    }

    [Fact]
    public void CalmWords_AreLowEnergyPleasant()
    {
        Assert.All(FeelingCatalog.Get(FeelingCore.Calm).Words, w => Assert.Equal(MoodQuadrant.LowEnergyPleasant, w.Quadrant));
    }

    [Fact]
    public void Ids_AreUnique()
    {
        Assert.Equal(FeelingCatalog.Words.Count, FeelingCatalog.Words.Select(w => w.Id).Distinct().Count());
    }

    [Fact]
    public void FindCore_AcceptsButtonIdAndAnxious()
    {
        Assert.Equal(FeelingCore.Scared, FeelingCatalog.FindCore("SCARED")!.Core);
        Assert.Equal(FeelingCore.Scared, FeelingCatalog.FindCore("anxious")!.Core);
        Assert.Null(FeelingCatalog.FindCore(FeelingCatalog.SomethingElseId));
    }

    [Fact]
    public void AllTitles_FitOnAButton()
    {
        Assert.All(FeelingCatalog.Cores, c => Assert.InRange(c.Title.Length, 1, 20));
        Assert.All(FeelingCatalog.Words, w => Assert.InRange(w.Title.Length, 1, 20));
    }
}
