namespace TrustBot.Dialogs.Sentiment;

/// <summary>
/// A soft signal for the distress rules (never a safety decision on its own). Never log it: scores are
/// about how a person feels.
/// </summary>
/// <param name="Score">-1 (very negative) to 1 (very positive).</param>
/// <param name="Label">Positive, neutral, negative or mixed.</param>
/// <param name="Confidence">Confidence per label.</param>
/// <param name="Source"><c>local</c> or <c>azure</c>.</param>
public sealed record SentimentResult(double Score, SentimentLabel Label, SentimentConfidence Confidence, string Source)
{
    public static SentimentResult Neutral(string source) => new(0, SentimentLabel.Neutral, new SentimentConfidence(0, 1, 0), source);
}
