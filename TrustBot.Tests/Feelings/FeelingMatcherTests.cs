using TrustBot.Dialogs.Feelings;

namespace TrustBot.Tests.Feelings;

public sealed class FeelingMatcherTests
{
    private static string[] Ids(string text) => FeelingMatcher.Match(text).Words.Select(w => w.Id).ToArray();

    [Fact]
    public void TwoFeelingsInOneSentence_BothMatchInOrder()
    {
        Assert.Equal(["jealous", "tired"], Ids("kind of jealous and tired"));
    }

    [Theory]
    [InlineData("im so anxous", "anxious")]
    [InlineData("feeling lonley tonight", "lonely")]
    [InlineData("really dissapointed", "disappointed")]
    [InlineData("jelous", "jealous")]
    [InlineData("totally overwelmed", "overwhelmed")]
    [InlineData("embarassed", "embarrassed")]
    public void CommonMisspelling_MatchesIntendedWord(string text, string expected)
    {
        Assert.Equal([expected], Ids(text));
    }

    [Fact]
    public void NotGreatMostlyLonely_MatchesOnlyLonely()
    {
        var match = FeelingMatcher.Match("not great, mostly lonely");

        Assert.Equal(["lonely"], match.Words.Select(w => w.Id));
        Assert.True(match.IsMatch);
        Assert.Null(match.OwnWords);
    }

    [Fact]
    public void ThoughtWithoutFeelingWord_IsKeptAsOwnWords()
    {
        var match = FeelingMatcher.Match("I feel like he doesn't care");

        Assert.False(match.IsMatch);
        Assert.Equal("I feel like he doesn't care", match.OwnWords);
    }

    [Theory]
    [InlineData("The betrayal still stings", "betrayed")]
    [InlineData("I was betrayed", "betrayed")]
    [InlineData("so much anxiety", "anxious")]
    [InlineData("pure jealousy", "jealous")]
    [InlineData("ANGRY!!!", "angry")]
    [InlineData("Sadness.", "sad")]
    [InlineData("I feel let down", "let-down")]
    [InlineData("left out again", "left-out")]
    public void InflectionOrCase_MatchesBaseWord(string text, string expected)
    {
        Assert.Equal([expected], Ids(text));
    }

    [Theory]
    [InlineData("a bit nervous", "anxious")]
    [InlineData("pissed", "angry")]
    [InlineData("honestly just mad", "angry")]
    [InlineData("pissed off at him", "angry")]
    [InlineData("feeling down", "sad")]
    [InlineData("kinda blue today", "sad")]
    [InlineData("on edge", "anxious")]
    [InlineData("fed up", "frustrated")]
    [InlineData("afraid", "scared")]
    [InlineData("glad", "happy")]
    public void EverydaySynonym_MapsToCatalogueWord(string text, string expected)
    {
        Assert.Equal([expected], Ids(text));
    }

    [Fact]
    public void NegatedFeeling_IsExcludedAndReported()
    {
        var match = FeelingMatcher.Match("I'm not angry, just hurt");

        Assert.Equal(["hurt"], match.Words.Select(w => w.Id));
        Assert.Equal(["angry"], match.Negated.Select(w => w.Id));
    }

    [Fact]
    public void NegationWithFiller_StillExcludes()
    {
        Assert.Empty(Ids("I don't feel safe"));
        Assert.Empty(Ids("not really jealous"));
    }

    [Fact]
    public void CantStopCrying_IsSadNotNegated()
    {
        Assert.Equal(["sad"], Ids("can't stop crying"));
    }

    [Fact]
    public void NotJealousJustConfused_KeepsOnlyConfused()
    {
        var match = FeelingMatcher.Match("not jealous just confused");

        Assert.Equal(["confused"], match.Words.Select(w => w.Id));
        Assert.Equal(["jealous"], match.Negated.Select(w => w.Id));
    }

    [Fact]
    public void NegationDoesNotCrossAnd_SecondWordMatches()
    {
        Assert.Equal(["anxious"], Ids("not angry and anxious"));
    }

    [Theory]
    [InlineData("calm down, he said")]
    [InlineData("we shared a meal")]
    [InlineData("it was a lovely day")]
    [InlineData("I tried to call")]
    [InlineData("he cared about it")]
    [InlineData("I used to trust people")]
    public void OrdinaryWordsNearFeelingWords_DoNotMatch(string text)
    {
        var ids = Ids(text);

        Assert.DoesNotContain("scared", ids);
        Assert.DoesNotContain("lonely", ids);
        Assert.DoesNotContain("tired", ids);
        Assert.DoesNotContain("sad", ids);
        Assert.DoesNotContain("betrayed", ids);
    }

    [Fact]
    public void CalmDown_MatchesCalmNotSad()
    {
        Assert.Equal(["calm"], Ids("calm down, he said"));
    }

    [Fact]
    public void RepeatedWord_IsListedOnce()
    {
        Assert.Equal(["anxious"], Ids("anxious, so anxious, nervous"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void EmptyText_NoMatchAndNoOwnWords(string? text)
    {
        var match = FeelingMatcher.Match(text);

        Assert.False(match.IsMatch);
        Assert.Null(match.OwnWords);
    }

    [Fact]
    public void LongUnmatchedText_OwnWordsAreClipped()
    {
        var match = FeelingMatcher.Match(new string('x', 50) + " " + new string('y', 100));

        Assert.NotNull(match.OwnWords);
        Assert.True(match.OwnWords!.Length <= FeelingMatcher.MaxOwnWordsLength + 1);
    }

    [Fact]
    public void MatchedWord_CarriesCoreAndQuadrant()
    {
        var word = FeelingMatcher.Match("jealous").Words.Single();

        Assert.Equal(FeelingCore.Scared, word.Core);
        Assert.Equal(MoodQuadrant.HighEnergyUnpleasant, word.Quadrant);
        Assert.Equal(FeelingCore.Scared, FeelingMatcher.Match("jealous").PrimaryCore);
    }

    [Fact]
    public void EveryCatalogueTitle_MatchesItself()
    {
        foreach (var word in FeelingCatalog.Words)
        {
            Assert.Equal([word.Id], Ids(word.Title));
        }
    }
}
