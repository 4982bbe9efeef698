namespace TrustBot.Sentiment;

/// <summary>Where sentiment comes from.</summary>
public enum SentimentProvider
{
    /// <summary>The built-in lexicon analyzer only (default; no network, no data leaves the host).</summary>
    Local = 0,

    /// <summary>Azure AI Language, with the local analyzer as fallback on timeout or error.</summary>
    Azure = 1,
}
