using TrustBot.Dialogs.Triggers;

namespace TrustBot.Tests.Triggers;

public sealed class TriggerMatcherTests
{
    [Theory]
    [InlineData("he left me on read", TriggerCatalog.NoReply)]
    [InlineData("She still hasn't replied to my text", TriggerCatalog.NoReply)]
    [InlineData("took him hours to reply", TriggerCatalog.NoReply)]
    [InlineData("I think I'm being ghosted", TriggerCatalog.NoReply)]
    [InlineData("she cancelled dinner again", TriggerCatalog.PlansChanged)]
    [InlineData("he bailed on our plans last minute", TriggerCatalog.PlansChanged)]
    [InlineData("they went out without me", TriggerCatalog.LeftOut)]
    [InlineData("he's been so distant lately", TriggerCatalog.LeftOut)]
    [InlineData("she keeps her phone face down", TriggerCatalog.PhonePrivacy)]
    [InlineData("he deleted messages from his ex", TriggerCatalog.PhonePrivacy)]
    [InlineData("mom wants me home every weekend", TriggerCatalog.FamilyBoundary)]
    [InlineData("my parents expect me to call every day", TriggerCatalog.FamilyBoundary)]
    [InlineData("my dad disapproves of my girlfriend", TriggerCatalog.FamilyBoundary)]
    [InlineData("my boss criticised my report", TriggerCatalog.Criticism)]
    [InlineData("I felt so judged at dinner", TriggerCatalog.Criticism)]
    [InlineData("things were going really well and I wanted to pull away", TriggerCatalog.PullingAway)]
    [InlineData("waiting for the other shoe to drop", TriggerCatalog.PullingAway)]
    [InlineData("I needed help but didn't ask", TriggerCatalog.DidNotAskForHelp)]
    [InlineData("didn't want to be a burden", TriggerCatalog.DidNotAskForHelp)]
    public void EverydayDescription_MapsToTrigger(string text, string expected)
    {
        var match = TriggerMatcher.Match(text);

        Assert.True(match.IsMatch);
        Assert.Equal(expected, match.TriggerId);
        Assert.Null(match.OwnWords);
    }

    [Fact]
    public void FamilyMemberWithoutExpectation_IsNotAFamilyBoundary()
    {
        var match = TriggerMatcher.Match("mom didn't reply to my message");

        Assert.Equal(TriggerCatalog.NoReply, match.TriggerId);
        Assert.Equal(TriggerCatalog.Family, match.WhoId);
    }

    [Fact]
    public void ExpectationFromInLaws_IsFamilyBoundary()
    {
        Assert.Equal(TriggerCatalog.FamilyBoundary, TriggerMatcher.Match("my mother in law wants us to move in with them").TriggerId);
    }

    [Fact]
    public void ExpectationAfterFamilyButton_IsFamilyBoundary()
    {
        var match = TriggerMatcher.Match("wants me home every weekend", TriggerCatalog.Family);

        Assert.Equal(TriggerCatalog.FamilyBoundary, match.TriggerId);
        Assert.Equal(TriggerCatalog.Family, match.WhoId);
    }

    [Fact]
    public void ExpectationFromPartner_IsNotFamilyBoundary()
    {
        Assert.NotEqual(TriggerCatalog.FamilyBoundary, TriggerMatcher.Match("he wants me to come home every weekend").TriggerId);
    }

    [Fact]
    public void BrokenCallPromise_IsNoReply()
    {
        Assert.Equal(TriggerCatalog.NoReply, TriggerMatcher.Match("he didn't call when he said he would").TriggerId);
    }

    [Fact]
    public void TheyPullAway_IsLeftOutButIPullAway_IsPullingAway()
    {
        Assert.Equal(TriggerCatalog.LeftOut, TriggerMatcher.Match("he keeps pulling away from me").TriggerId);
        Assert.Equal(TriggerCatalog.PullingAway, TriggerMatcher.Match("I pulled away after our date").TriggerId);
    }

    [Fact]
    public void UnknownSituation_KeepsTheirWords()
    {
        var match = TriggerMatcher.Match("we argued about the dishes");

        Assert.False(match.IsMatch);
        Assert.Equal("we argued about the dishes", match.OwnWords);
    }

    [Theory]
    [InlineData("he checks my phone every night")]
    [InlineData("she reads my messages when I'm asleep")]
    [InlineData("he won't let me see my family")]
    [InlineData("he threatened me")]
    [InlineData("she tracks my location")]
    public void SomeoneMonitoringOrIsolating_IsFlaggedForSafety(string text)
    {
        Assert.True(TriggerMatcher.Match(text).MayBeControllingBehaviour);
    }

    [Theory]
    [InlineData("he left me on read")]
    [InlineData("she keeps her phone face down")]
    [InlineData("mom wants me home every weekend")]
    public void OrdinaryTrustTrigger_IsNotFlagged(string text)
    {
        Assert.False(TriggerMatcher.Match(text).MayBeControllingBehaviour);
    }

    [Theory]
    [InlineData("my boyfriend", TriggerCatalog.Partner)]
    [InlineData("Husband", TriggerCatalog.Partner)]
    [InlineData("my mum", TriggerCatalog.Family)]
    [InlineData("my in-laws", TriggerCatalog.Family)]
    [InlineData("best friend", TriggerCatalog.Friend)]
    [InlineData("a colleague", TriggerCatalog.Coworker)]
    [InlineData("my manager", TriggerCatalog.Coworker)]
    [InlineData("just myself", TriggerCatalog.Myself)]
    [InlineData("nobody", TriggerCatalog.NoOne)]
    [InlineData("No one in particular", TriggerCatalog.NoOne)]
    public void WhoText_MapsToWhoId(string text, string expected)
    {
        Assert.Equal(expected, TriggerMatcher.MatchWho(text));
    }

    [Fact]
    public void PronounOnly_DoesNotGuessWho()
    {
        Assert.Null(TriggerMatcher.Match("he left me on read").WhoId);
    }

    [Fact]
    public void FirstMentionedPerson_Wins()
    {
        Assert.Equal(TriggerCatalog.Partner, TriggerMatcher.MatchWho("my wife and her mother"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void EmptyText_NoTriggerAndNoOwnWords(string? text)
    {
        var match = TriggerMatcher.Match(text);

        Assert.False(match.IsMatch);
        Assert.Null(match.OwnWords);
        Assert.False(match.MayBeControllingBehaviour);
    }

    [Fact]
    public void VeryLongText_IsHandledAndOwnWordsClipped()
    {
        var text = string.Concat(Enumerable.Repeat("we talked about the weather for a while ", 500));

        var match = TriggerMatcher.Match(text);

        Assert.False(match.IsMatch);
        Assert.True(match.OwnWords!.Length <= TriggerMatcher.MaxOwnWordsLength + 1);
    }
}
