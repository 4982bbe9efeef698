using TrustBot.Dialogs.Safety;

namespace TrustBot.Tests.Safety;

public sealed class CrisisDetectorTests
{
    private readonly CrisisDetector _detector = new();

    [Theory]
    [InlineData("I want to kill myself", CrisisDecision.Escalate, CrisisCategory.SuicidalThoughts)]
    [InlineData("everyone would be better off without me", CrisisDecision.Clarify, CrisisCategory.PassiveDeathWish)]
    [InlineData("I cut myself again last night", CrisisDecision.Escalate, CrisisCategory.SelfHarm)]
    [InlineData("I took 20 paracetamol an hour ago", CrisisDecision.Medical, CrisisCategory.MedicalEmergency)]
    [InlineData("he checks my phone and gets violent", CrisisDecision.Abuse, CrisisCategory.DangerAbuse)]
    [InlineData("I'm going to hurt him when he gets home", CrisisDecision.Escalate, CrisisCategory.HarmToOthers)]
    public void CoreCategories_GetTheirDecision(string text, CrisisDecision decision, CrisisCategory category)
    {
        var result = _detector.Assess(text);

        Assert.Equal(decision, result.Decision);
        Assert.Equal(category, result.Category);
        Assert.False(string.IsNullOrEmpty(result.RuleId));
    }

    [Theory]
    [InlineData("I WANT TO KILL MYSELF")]
    [InlineData("i want to kil myself")]
    [InlineData("i want to k1ll mys3lf")]
    [InlineData("k!ll myself")]
    [InlineData("i want to k i l l myself")]
    [InlineData("kiiiill myselffff")]
    [InlineData("gonna kms")]
    [InlineData("ｉ ｗａｎｔ ｔｏ ｄｉｅ")]
    [InlineData("i want to d\u200Bie")]
    [InlineData("im g0nn4 3nd 1t t0n1ght")]
    [InlineData("i wnat to dei")]
    public void Obfuscated_StillEscalates(string text) =>
        Assert.Equal(CrisisDecision.Escalate, _detector.Assess(text).Decision);

    [Theory]
    [InlineData("this deadline is killing me")]
    [InlineData("I'm dying to see you")]
    [InlineData("I could kill for a coffee")]
    [InlineData("kill the process")]
    [InlineData("I would never hurt myself")]
    [InlineData("watched Suicide Squad")]
    [InlineData("writing an essay on suicide rates")]
    [InlineData("I'm dead tired")]
    [InlineData("me muero de ganas de verte")]
    [InlineData("笑死我了")]
    public void IdiomsNegationsAndMedia_Continue(string text) =>
        Assert.Equal(CrisisDecision.Continue, _detector.Assess(text).Decision);

    [Fact]
    public void TwoSoftSignals_EscalateTogetherButNotAlone()
    {
        Assert.Equal(CrisisDecision.Clarify, _detector.Assess("I've said goodbye to everyone who matters").Decision);
        Assert.Equal(CrisisDecision.Continue, _detector.Assess("tonight's the night").Decision);

        var result = _detector.Assess("I've said goodbye to everyone who matters. Tonight's the night.");

        Assert.Equal(CrisisDecision.Escalate, result.Decision);
        Assert.StartsWith("combined.", result.RuleId, StringComparison.Ordinal);
    }

    [Fact]
    public void PassiveWishWithAPlan_Escalates() =>
        Assert.Equal(CrisisDecision.Escalate, _detector.Assess("I don't want to live anymore and I have a plan").Decision);

    [Fact]
    public void NegatorInsideACondition_DoesNotCancelTheAbuse() =>
        Assert.Equal(CrisisDecision.Abuse, _detector.Assess("if I don't unlock my phone he hits me").Decision);

    [Fact]
    public void NegatorInsideTheSubjectsFiller_CancelsTheAbuse() =>
        Assert.Equal(CrisisDecision.Continue, _detector.Assess("he has never hit me, he just yells").Decision);

    [Fact]
    public void FirstPersonThreatAfterAThirdPersonCondition_StillEscalates() =>
        Assert.Equal(CrisisDecision.Escalate, _detector.Assess("if she cheats again I'll kill her").Decision);

    [Theory]
    [InlineData("my brother says life isn't worth living, how do I talk to him")]
    [InlineData("when I was 16 I took a bunch of pills, I'm 30 now and doing well")]
    [InlineData("I'm overdosing on coffee to survive this sprint")]
    [InlineData("her texts are slowly killing my self-esteem")]
    [InlineData("he stabbed me in the back by telling his friends")]
    public void OtherPeopleHistoryAndFigures_Continue(string text) =>
        Assert.Equal(CrisisDecision.Continue, _detector.Assess(text).Decision);

    [Fact]
    public void PastSelfHarm_ContinuesButFlagsHistory()
    {
        var result = _detector.Assess("I used to self-harm, I'm fine now");

        Assert.Equal(CrisisDecision.Continue, result.Decision);
        Assert.True(result.MentionsPastRisk);
    }

    [Fact]
    public void PastMarkerWithRecentRelapse_Escalates() =>
        Assert.Equal(CrisisDecision.Escalate, _detector.Assess("I used to cut and I started again last night").Decision);

    [Fact]
    public void WorriedAboutSomeoneElse_FlagsThirdPartyWithoutCrisis()
    {
        var result = _detector.Assess("my friend says she wants to die, what do I do?");

        Assert.Equal(CrisisDecision.Continue, result.Decision);
        Assert.True(result.ThirdParty);
    }

    [Fact]
    public void DisclosureBuriedInLongParagraph_IsFound()
    {
        var text = string.Join(' ', Enumerable.Repeat("We had dinner and talked about the holidays and his sister.", 20))
            + " Honestly I want to end my life. " + string.Join(' ', Enumerable.Repeat("Then we watched a film.", 10));

        Assert.Equal(CrisisDecision.Escalate, _detector.Assess(text).Decision);
    }

    [Fact]
    public void RiskAcrossTwoTurns_EscalatesOnTheSecond()
    {
        var first = _detector.Assess("I can't do this anymore", null);
        var alone = _detector.Assess("I have the pills", null);
        var second = _detector.Assess("I have the pills", first.Context);

        Assert.Equal(CrisisDecision.Continue, first.Assessment.Decision);
        Assert.Equal(CrisisDecision.Clarify, alone.Assessment.Decision);
        Assert.Equal(CrisisDecision.Escalate, second.Assessment.Decision);
    }

    [Fact]
    public void YesToTheClarifyingQuestion_Escalates()
    {
        var first = _detector.Assess("what's the point of living", null);
        var answer = _detector.Assess("yeah, sometimes", first.Context);

        Assert.Equal(CrisisDecision.Clarify, first.Assessment.Decision);
        Assert.True(first.Context.AwaitingClarifyAnswer);
        Assert.Equal(CrisisDecision.Escalate, answer.Assessment.Decision);
        Assert.Equal("context.clarify-answer-yes", answer.Assessment.RuleId);
    }

    [Fact]
    public void NoToTheClarifyingQuestion_Continues()
    {
        var first = _detector.Assess("what's the point of living", null);

        Assert.Equal(CrisisDecision.Continue, _detector.Assess("no, I'm just tired", first.Context).Assessment.Decision);
    }

    [Fact]
    public void DistressMemory_FadesAfterAFewTurns()
    {
        var context = _detector.Assess("I lost my job today", null).Context;
        for (var i = 0; i < 3; i++)
        {
            context = _detector.Assess("ok", context).Context;
        }

        Assert.Equal(CrisisDecision.Continue, _detector.Assess("what are the tallest bridges around here", context).Assessment.Decision);
    }

    [Theory]
    [InlineData("me quiero morir", "es")]
    [InlineData("je veux mourir", "fr")]
    [InlineData("quero morrer", "pt")]
    [InlineData("ich will sterben", "de")]
    [InlineData("main mar jaana chahti hoon", "hi")]
    [InlineData("gusto ko nang mamatay", "tl")]
    [InlineData("我不想活了", "zh")]
    [InlineData("tôi muốn chết", "vi")]
    [InlineData("죽고 싶어", "ko")]
    [InlineData("أريد أن أموت", "ar")]
    public void OtherLanguages_EscalateAndReportTheLanguage(string text, string language)
    {
        var result = _detector.Assess(text);

        Assert.Equal(CrisisDecision.Escalate, result.Decision);
        Assert.Equal(language, result.Language);
    }

    [Theory]
    [InlineData("no quiero morir, solo estoy triste")]
    [InlineData("ich will nicht sterben")]
    [InlineData("je ne veux pas mourir")]
    public void NegationInOtherLanguages_Continues(string text) =>
        Assert.Equal(CrisisDecision.Continue, _detector.Assess(text).Decision);

    [Theory]
    [InlineData("🔪🩸", CrisisDecision.Clarify)]
    [InlineData("i'm done 💊💊💊", CrisisDecision.Escalate)]
    [InlineData("chopping onions for dinner 🔪", CrisisDecision.Continue)]
    public void RiskEmoji_AreReadInContext(string text, CrisisDecision expected) =>
        Assert.Equal(expected, _detector.Assess(text).Decision);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uD800 lone surrogate \uDFFF")]
    [InlineData("\u0000\u0001\u007F")]
    [InlineData("ＡＢＣ 𝓈𝓊𝒾𝒸𝒾𝒹ℯ")]
    public void OddInput_NeverThrows(string? text)
    {
        var result = _detector.Assess(text);

        Assert.NotNull(result.Language);
    }

    [Fact]
    public void VeryLongInput_IsAssessedQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("so so so so so tired of all of this and that ", 2000));

        Assert.Equal(CrisisDecision.Continue, _detector.Assess(text).Decision);
    }

    [Fact]
    public void RuleId_NeverContainsTheMessage()
    {
        var result = _detector.Assess("I want to kill myself tonight");

        Assert.DoesNotContain("kill", result.RuleId, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("en.", result.RuleId, StringComparison.Ordinal);
    }
}
