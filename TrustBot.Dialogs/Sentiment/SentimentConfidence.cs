namespace TrustBot.Dialogs.Sentiment;

/// <summary>How strongly the message reads as each label; the three add up to 1.</summary>
public sealed record SentimentConfidence(double Positive, double Neutral, double Negative);
