using TrustBot.Dialogs.Safety;
using TrustBot.Tests.Turns;

namespace TrustBot.Tests.Safety;

/// <summary>
/// Guards scope a clause, not the message: someone else's risk, an old episode, reported words or a joke
/// in one clause never hide the writer's own present risk in another, and they still keep their own clause calm.
/// </summary>
public sealed class ClauseScopeTests
{
    private readonly ICrisisDetector _detector = SharedCrisisDetector.Instance;

    [Theory]
    [InlineData("my sister is suicidal and i keep worrying about her, but honestly i have worked out how i would do it too")]
    [InlineData("years ago something awful happened to me, now i just want to die")]
    [InlineData("i attempted once in 2018, i am going to try again on saturday")]
    [InlineData("my mate cuts himself and tonight i did it too")]
    [InlineData("a friend said she wished she was dead, and now i am the one who wishes i was not alive")]
    public void TheWritersOwnRisk_IsNotHiddenByAnotherClause(string text) =>
        Assert.True(_detector.Assess(text).IsCrisis, text);

    [Theory]
    [InlineData("my sister is suicidal, how do i help her")]
    [InlineData("i tried to end my life when i was 19, these days i am much better with therapy")]
    [InlineData("my coworker told me to go kill myself, i reported him and i am fine")]
    [InlineData("i hate group projects so much i want to die lol")]
    [InlineData("i would rather die than sing karaoke")]
    public void OtherPeopleThePastAndHyperbole_StayCalm(string text) =>
        Assert.False(_detector.Assess(text).IsCrisis, text);

    [Theory]
    [InlineData("no, I'm fine thanks")]
    [InlineData("no me neither")]
    [InlineData("no")]
    public void ShortEnglishLinesStartingWithNo_AreEnglish(string text) =>
        Assert.Equal("en", _detector.Assess(text).Language);

    [Theory]
    [InlineData("no quiero vivir mas", "es")]
    [InlineData("no aguanto mas, quiero que todo se acabe", "es")]
    public void SpanishStillReadsAsSpanish(string text, string language)
    {
        var verdict = _detector.Assess(text);
        Assert.Equal(language, verdict.Language);
        Assert.True(verdict.IsCrisis);
    }

    [Theory]
    [InlineData("just swallowed the whole box of my sleeping tablets and my heart is racing", CrisisDecision.Medical)]
    [InlineData("the blade is right next to me and tonight is the night", CrisisDecision.Escalate)]
    [InlineData("gave my guitar to my cousin and left a letter for my parents", CrisisDecision.Escalate)]
    [InlineData("he keeps my passport locked in his drawer and only lets me out with his sister", CrisisDecision.Abuse)]
    [InlineData("i keep imagining hurting the baby when he screams and it scares me", CrisisDecision.Escalate)]
    public void ComposedConcepts_ReachTheRightDecision(string text, CrisisDecision expected) =>
        Assert.Equal(expected, _detector.Assess(text).Decision);
}
