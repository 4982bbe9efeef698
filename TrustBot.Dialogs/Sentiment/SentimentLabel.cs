namespace TrustBot.Dialogs.Sentiment;

/// <summary>Overall sentiment of a message, with the same names Azure AI Language uses.</summary>
public enum SentimentLabel
{
    Neutral = 0,
    Positive = 1,
    Negative = 2,
    Mixed = 3,
}
