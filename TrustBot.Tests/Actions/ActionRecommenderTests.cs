using TrustBot.Dialogs.Actions;
using TrustBot.Dialogs.Feelings;
using TrustBot.Dialogs.Triggers;

namespace TrustBot.Tests.Actions;

public sealed class ActionRecommenderTests
{
    private static string[] Ids(ActionRequest request) =>
        ActionRecommender.Recommend(request).Select(r => r.Action.Id).ToArray();

    [Fact]
    public void NoReplyAndAnxious_OffersPauseReassuranceAndNaming()
    {
        var ids = Ids(new ActionRequest(["anxious"], TriggerId: TriggerCatalog.NoReply, WhoId: TriggerCatalog.Partner, Intensity: 5));

        Assert.Equal([ActionCatalog.PauseTen, ActionCatalog.AskReassurance, ActionCatalog.NameFeeling], ids);
    }

    [Fact]
    public void FamilyBoundaryWithFamily_FamilyBoundaryScriptComesFirst()
    {
        var offered = ActionRecommender.Recommend(new ActionRequest(["guilty"], TriggerId: TriggerCatalog.FamilyBoundary, WhoId: TriggerCatalog.Family, Intensity: 4));

        Assert.Equal(ActionCatalog.SetBoundaryFamily, offered[0].Action.Id);
        Assert.DoesNotContain(offered, o => o.Action.Id == ActionCatalog.SetBoundary);
        Assert.Contains("family", offered[0].Action.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void BoundaryForPartner_UsesGeneralScript()
    {
        var offered = ActionRecommender.Recommend(new ActionRequest(["angry"], TriggerId: TriggerCatalog.Criticism, WhoId: TriggerCatalog.Partner));

        Assert.Contains(offered, o => o.Action.Id == ActionCatalog.SetBoundary || o.Action.Id == ActionCatalog.PauseTen);
        Assert.DoesNotContain(offered, o => o.Action.Id == ActionCatalog.SetBoundaryFamily);
    }

    [Theory]
    [InlineData(TriggerCatalog.NoReply, "anxious")]
    [InlineData(TriggerCatalog.FamilyBoundary, "guilty")]
    [InlineData(TriggerCatalog.PullingAway, "happy")]
    [InlineData(TriggerCatalog.PhonePrivacy, "jealous")]
    public void HighIntensity_AlwaysIncludesGrounding(string trigger, string feeling)
    {
        var ids = Ids(new ActionRequest([feeling], TriggerId: trigger, WhoId: TriggerCatalog.Partner, Intensity: 9));

        Assert.Contains(ActionCatalog.Grounding, ids);
        Assert.Equal(3, ids.Length);
    }

    [Fact]
    public void HighIntensityFamilyBoundary_KeepsBoundaryFirst()
    {
        var ids = Ids(new ActionRequest(["guilty"], TriggerId: TriggerCatalog.FamilyBoundary, WhoId: TriggerCatalog.Family, Intensity: 9));

        Assert.Equal(ActionCatalog.SetBoundaryFamily, ids[0]);
        Assert.Contains(ActionCatalog.Grounding, ids);
    }

    [Fact]
    public void LowIntensityCalm_DoesNotForceGrounding()
    {
        var ids = Ids(new ActionRequest(["calm"], TriggerId: TriggerCatalog.PullingAway, WhoId: TriggerCatalog.Partner, Intensity: 2));

        Assert.DoesNotContain(ActionCatalog.Grounding, ids);
        Assert.Contains(ActionCatalog.StayFive, ids);
    }

    [Fact]
    public void NobodyInvolved_NoScriptsAddressedToAnotherPerson()
    {
        var ids = Ids(new ActionRequest(["sad"], WhoId: TriggerCatalog.Myself));

        Assert.DoesNotContain(ActionCatalog.AskReassurance, ids);
        Assert.DoesNotContain(ActionCatalog.NameFeeling, ids);
        Assert.DoesNotContain(ActionCatalog.SetBoundary, ids);
    }

    [Fact]
    public void NothingKnown_StillOffersThreeDistinctActions()
    {
        var ids = Ids(new ActionRequest());

        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void SameRequest_SameAnswer()
    {
        var request = new ActionRequest(["lonely", "tired"], TriggerId: TriggerCatalog.LeftOut, WhoId: TriggerCatalog.Friend, Intensity: 6);

        Assert.Equal(Ids(request), Ids(request));
    }

    [Fact]
    public void EveryCombination_GivesExactlyThreeDistinctCatalogueActions()
    {
        var triggers = TriggerCatalog.Triggers.Select(t => (string?)t.Id).Append(null);
        var whos = TriggerCatalog.Who.Select(w => (string?)w.Id).Append(null);
        foreach (var trigger in triggers)
        {
            foreach (var who in whos)
            {
                foreach (var core in Enum.GetValues<FeelingCore>())
                {
                    foreach (var intensity in new int?[] { null, 0, 7, 10 })
                    {
                        var offered = ActionRecommender.Recommend(new ActionRequest(Core: core, TriggerId: trigger, WhoId: who, Intensity: intensity));
                        Assert.Equal(3, offered.Select(o => o.Action.Id).Distinct().Count());
                        Assert.All(offered, o => Assert.False(string.IsNullOrWhiteSpace(o.Script)));
                        Assert.All(offered, o => Assert.InRange(o.Script.Length, 10, 300));
                    }
                }
            }
        }
    }

    [Fact]
    public void NameFeelingScript_UsesTheirFeelingAndSituation()
    {
        var offered = ActionRecommender.Recommend(new ActionRequest(["insecure"], TriggerId: TriggerCatalog.NoReply, WhoId: TriggerCatalog.Partner));
        var naming = offered.Single(o => o.Action.Id == ActionCatalog.NameFeeling);

        Assert.Contains("insecure", naming.Script, StringComparison.Ordinal);
        Assert.Contains("don't hear back", naming.Script, StringComparison.Ordinal);
    }

    [Fact]
    public void LonelyLeftOutByFriend_LeadsWithSharingAFeeling()
    {
        var ids = Ids(new ActionRequest(["lonely"], TriggerId: TriggerCatalog.LeftOut, WhoId: TriggerCatalog.Friend));

        Assert.Equal(ActionCatalog.ShareFeeling, ids[0]);
    }

    [Fact]
    public void JealousAboutPhone_OffersCuriosityAndPuttingPhoneDown()
    {
        var ids = Ids(new ActionRequest(["jealous"], TriggerId: TriggerCatalog.PhonePrivacy, WhoId: TriggerCatalog.Partner, Intensity: 5));

        Assert.Contains(ActionCatalog.CuriousQuestion, ids);
        Assert.Contains(ActionCatalog.DelayChecking, ids);
    }

    [Fact]
    public void CoreTapOnly_IsUsedWhenNoWordChosen()
    {
        var ids = Ids(new ActionRequest(Core: FeelingCore.Happy));

        Assert.Equal(ActionCatalog.CelebrateWin, ids[0]);
    }

    [Fact]
    public void Catalogue_HasDistinctIdsAndButtonSizedTitles()
    {
        Assert.Equal(ActionCatalog.All.Count, ActionCatalog.All.Select(a => a.Id).Distinct().Count());
        Assert.All(ActionCatalog.All, a => Assert.InRange(a.Title.Length, 1, 20));
        Assert.True(ActionCatalog.All.Count >= 8);
    }

    [Fact]
    public void CatalogueText_IsShortPlainAndReadsInASentence()
    {
        foreach (var action in ActionCatalog.All)
        {
            Assert.InRange(action.Description.Length, 10, 300);
            Assert.InRange(action.Script.Length, 10, 300);
            Assert.True(char.IsLower(action.Phrase[0]), action.Id);
            Assert.DoesNotContain("will fix", action.Description, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("guarantee", action.Description, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void FamilyBoundaryDescription_NamesThatItCanFeelHard()
    {
        var family = ActionCatalog.Find(ActionCatalog.SetBoundaryFamily)!;

        Assert.Contains("letting them down", family.Description, StringComparison.Ordinal);
        Assert.Contains("own pace", family.Description, StringComparison.Ordinal);
    }
}
