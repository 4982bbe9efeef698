using System.Diagnostics;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.Learned;
using TrustBot.Dialogs.Safety.Learned.Training;

namespace TrustBot.Tests.Safety.Learned;

/// <summary>
/// The learned signal next to the rules: indirect crises the phrase rules were not written for now open
/// a crisis flow, the guards for hyperbole, reported speech and past episodes still hold, the shipped
/// weights are the ones the training files produce, and the model stays within the latency budget.
/// The sentences here are written for these tests, not taken from the training data.
/// </summary>
public sealed class LearnedScreenTests
{
    private readonly CrisisDetector _detector = new();

    [Theory]
    [InlineData("the letters for my kids are in the top drawer and the cat's food is sorted for after, it's all arranged now")]
    [InlineData("gave my brother my guitar and my gaming stuff today, won't be needing any of it after the weekend")]
    [InlineData("ya le dejé una carta a mi madre y regalé mis cosas, después de esta noche no me van a ver más")]
    [InlineData("j'ai rangé toutes mes affaires et écrit une lettre pour ma sœur, demain je ne serai plus là pour personne")]
    [InlineData("ich habe meine Sachen verschenkt und Abschiedsbriefe geschrieben, morgen bin ich nicht mehr da")]
    [InlineData("já escrevi as cartas de despedida, amanhã ninguém vai precisar se preocupar comigo nunca mais")]
    public void IndirectCrises_InSeveralLanguages_OpenACrisisFlow(string text)
    {
        var result = _detector.Assess(text);

        Assert.True(result.IsCrisis, $"{result.Decision} {result.RuleId}: {text}");
    }

    [Theory]
    [InlineData("I'd rather die than sing karaoke in front of my boss")]
    [InlineData("a guy in the group chat told me to go kill myself, I just blocked him and moved on")]
    [InlineData("back in 2019 I tried to end it, but I've been doing much better with therapy for years now")]
    [InlineData("my sister said she felt suicidal last year, she is doing well now and so am I")]
    [InlineData("We watched a film about a man who takes his own life, it made me cry but I'm fine")]
    public void Hyperbole_ReportedSpeech_AndPastEpisodes_StayContinue(string text)
    {
        var result = _detector.Assess(text);

        Assert.False(result.IsCrisis, $"{result.Decision} {result.RuleId}: {text}");
    }

    [Fact]
    public void TheModelRaisesOnlyAContinue_AndNamesItsCategory()
    {
        var rules = SafetyAssessment.None("en") with { ThirdParty = true };
        var clarifyRule = new SafetyAssessment(CrisisDecision.Clarify, CrisisCategory.PassiveDeathWish, "en.passive", "en");

        var raised = LearnedScreen.Verdict(new ScreenPrediction(0.99f, ScreenClass.Medical), 10, 0.8f, 0.5f, rules);
        var unsure = LearnedScreen.Verdict(new ScreenPrediction(0.6f, ScreenClass.SelfHarm), 10, 0.8f, 0.5f, rules);
        var calm = LearnedScreen.Verdict(new ScreenPrediction(0.4f, ScreenClass.Suicidal), 10, 0.8f, 0.5f, rules);

        Assert.Equal((CrisisDecision.Medical, CrisisCategory.MedicalEmergency, "learned.medical", true), (raised.Decision, raised.Category, raised.RuleId, raised.ThirdParty));
        Assert.Equal((CrisisDecision.Clarify, CrisisCategory.SelfHarm, "learned.selfharm.unsure"), (unsure.Decision, unsure.Category, unsure.RuleId));
        var tooShort = LearnedScreen.Verdict(new ScreenPrediction(0.99f, ScreenClass.Suicidal), 3, 0.8f, 0.5f, rules);

        Assert.Same(rules, calm);
        Assert.Same(rules, tooShort);
        Assert.Same(clarifyRule, LoadedScreen().Raise(TextNormalizer.Normalize("I want to die tonight"), clarifyRule));
    }

    [Fact]
    public void TheWeightsAreReadOnce_AndSharedByEveryDetector()
    {
        var other = new CrisisDetector();

        Assert.NotNull(_detector.LearnedSignal);
        Assert.Same(_detector.LearnedSignal, other.LearnedSignal);
        Assert.Null(new CrisisDetector(learnedSignal: false).LearnedSignal);
    }

    [Fact]
    public void TheShippedWeights_AreTheOnesTheTrainingFilesProduce()
    {
        var rows = ScreenTrainingData.Load(ScreenTrainingData.FilesIn(Path.Combine(AppContext.BaseDirectory, "Safety", "Data")));
        var screen = LoadedScreen();

        Assert.True(rows.Count > 5000, $"only {rows.Count} training rows");
        Assert.Equal(ScreenTrainingData.Hash(rows, new ScreenTrainingOptions()), screen.Model.DataHash);

        // The file reproduces its own training fit: a weight file from other data or a broken reader fails here.
        var right = rows.Count(r => r.IsCrisis == (screen.Predict(r.Text).CrisisProbability >= screen.Model.ClarifyThreshold));
        Assert.True(right >= 0.95 * rows.Count, $"training accuracy {right / (double)rows.Count:P1}");
    }

    [Fact]
    public void Training_IsDeterministic_AndTheFileRoundTrips()
    {
        var rows = ScreenTrainingData.Load(ScreenTrainingData.FilesIn(Path.Combine(AppContext.BaseDirectory, "Safety", "Data"))).Where((_, i) => i % 10 == 0).ToList();
        var options = new ScreenTrainingOptions { Bits = 14, Epochs = 2 };

        var first = Bytes(ScreenTrainer.Train(rows, options, 0.9f, 0.6f, "h"));
        var second = Bytes(ScreenTrainer.Train(rows, options, 0.9f, 0.6f, "h"));
        var reread = Bytes(ScreenModel.Read(new MemoryStream(first)));

        Assert.Equal(first, second);
        Assert.Equal(first, reread);
    }

    [Fact]
    public void TheModel_CostsFarLessThanTheMessageBudget()
    {
        var screen = LoadedScreen();
        string[] mix =
        [
            "I feel a bit anxious today because he didn't text back last night.",
            "ok",
            "quiero dormir y no despertar",
            "我今天很累，但是还好",
            string.Join(' ', Enumerable.Repeat("My trust level is maybe a 4 today and I keep replaying what she said at dinner.", 6)),
        ];
        for (var i = 0; i < 200; i++)
        {
            _ = screen.Predict(mix[i % mix.Length]);
        }

        var clock = Stopwatch.StartNew();
        const int Runs = 2000;
        for (var i = 0; i < Runs; i++)
        {
            _ = screen.Predict(mix[i % mix.Length]);
        }

        // Release scoring is tens of microseconds; Debug on a machine shared by many builds measured 1.1 ms. Reading the
        // weights per message would cost tens of milliseconds, so a 5 ms mean still catches work redone per message.
        var mean = clock.Elapsed.TotalMicroseconds / Runs;
        Assert.True(mean < 5000, $"mean {mean:F1} µs per message");
    }

    private static LearnedScreen LoadedScreen() => new CrisisDetector().LearnedSignal!;

    private static byte[] Bytes(ScreenModel model)
    {
        using var stream = new MemoryStream();
        model.Write(stream);
        return stream.ToArray();
    }
}
