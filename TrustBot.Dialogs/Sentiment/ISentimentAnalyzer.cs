namespace TrustBot.Dialogs.Sentiment;

/// <summary>Scores how a message feels. Implementations must never throw for ordinary text and never log it.</summary>
public interface ISentimentAnalyzer
{
    Task<SentimentResult> AnalyzeAsync(string text, string? language, CancellationToken cancellationToken);
}
