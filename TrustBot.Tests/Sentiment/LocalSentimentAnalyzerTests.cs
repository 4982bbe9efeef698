using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Tests.Sentiment;

public sealed class LocalSentimentAnalyzerTests
{
    private readonly LocalSentimentAnalyzer _analyzer = new();

    [Theory]
    [InlineData("We talked it through and I feel calm and hopeful")]
    [InlineData("Had a lovely evening together ❤️")]
    [InlineData("feeling good today :)")]
    public void PositiveMessages_ArePositive(string text)
    {
        var result = _analyzer.Analyze(text);

        Assert.Equal(SentimentLabel.Positive, result.Label);
        Assert.True(result.Score > 0.3, $"score {result.Score}");
    }

    [Theory]
    [InlineData("I feel betrayed, insecure and so lonely")]
    [InlineData("He lied again and I'm heartbroken 😭")]
    [InlineData("rejected and jealous :(")]
    public void NegativeMessages_AreNegative(string text)
    {
        var result = _analyzer.Analyze(text);

        Assert.Equal(SentimentLabel.Negative, result.Label);
        Assert.True(result.Score < -0.3, $"score {result.Score}");
    }

    [Fact]
    public void Negation_FlipsTheFeeling()
    {
        Assert.True(_analyzer.Analyze("I'm not happy").Score < 0);
        Assert.True(_analyzer.Analyze("I don't feel anxious").Score > 0);
    }

    [Fact]
    public void Intensifiers_StrengthenAndDiminishersSoften()
    {
        var plain = _analyzer.Analyze("I feel anxious").Score;

        Assert.True(_analyzer.Analyze("I feel extremely anxious").Score < plain);
        Assert.True(_analyzer.Analyze("I feel slightly anxious").Score > plain);
    }

    [Fact]
    public void ButClause_OutweighsTheFirstPart()
    {
        Assert.True(_analyzer.Analyze("The dinner was nice but I feel betrayed").Score < 0);
        Assert.True(_analyzer.Analyze("I was anxious at first but now I feel calm and hopeful").Score > 0);
    }

    [Fact]
    public void StrongFeelingsBothWays_AreMixed() =>
        Assert.Equal(SentimentLabel.Mixed, _analyzer.Analyze("I love him and I'm grateful. I hate the lies and I'm furious.").Label);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ok")]
    [InlineData("We met at 6 and went to the shop")]
    public void NeutralOrEmpty_IsNeutral(string text) =>
        Assert.Equal(SentimentLabel.Neutral, _analyzer.Analyze(text).Label);

    [Fact]
    public void ConfidenceScores_AddUpToOne()
    {
        var c = _analyzer.Analyze("I feel hopeful but still a bit jealous").Confidence;

        Assert.InRange(c.Positive + c.Neutral + c.Negative, 0.99, 1.01);
    }

    [Fact]
    public void OtherLanguages_CoreWordsCount()
    {
        Assert.True(_analyzer.Analyze("me siento sola y traicionada").Score < 0);
        Assert.True(_analyzer.Analyze("je suis heureuse et calme").Score > 0);
    }

    [Fact]
    public void Analyze_AllocatesOnlyTheResult()
    {
        const string text = "He checked my phone again and I felt insecure and jealous, but we talked after and I feel calmer.";
        _ = _analyzer.Analyze(text);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            _ = _analyzer.Analyze(text);
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;
        Assert.True(perCall < 256, $"{perCall} bytes per call");
    }

    [Fact]
    public async Task AnalyzeAsync_MatchesTheSynchronousResult()
    {
        var result = await _analyzer.AnalyzeAsync("I feel calm", "en", CancellationToken.None);

        Assert.Equal(_analyzer.Analyze("I feel calm"), result);
        Assert.Equal("local", result.Source);
    }
}
