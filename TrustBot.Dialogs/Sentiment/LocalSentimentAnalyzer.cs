using System.Text;

namespace TrustBot.Dialogs.Sentiment;

/// <summary>
/// Fast lexicon-and-rules sentiment (VADER-style): negation flips the next few words, intensifiers
/// and diminishers scale them, the clause after "but" outweighs the one before, emoji and emoticons
/// count. One pass over the text, no regex, no allocation beyond the result.
/// </summary>
public sealed class LocalSentimentAnalyzer : ISentimentAnalyzer
{
    public const string SourceName = "local";

    private const int NegationScope = 3;
    private const float NegationFactor = -0.74f;
    private const float AfterContrastWeight = 1.5f;
    private const float BeforeContrastWeight = 0.5f;
    private const double Alpha = 15.0;
    private const int MaxToken = 48;


    public Task<SentimentResult> AnalyzeAsync(string text, string? language, CancellationToken cancellationToken) =>
        Task.FromResult(Analyze(text));

    /// <summary>The synchronous core, used by the safety layer and the benchmark.</summary>
    public SentimentResult Analyze(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return SentimentResult.Neutral(SourceName);
        }

        var words = SentimentLexicon.Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var negators = SentimentLexicon.Negators.GetAlternateLookup<ReadOnlySpan<char>>();
        var modifiers = SentimentLexicon.Modifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        var contrast = SentimentLexicon.Contrast.GetAlternateLookup<ReadOnlySpan<char>>();

        Span<char> buffer = stackalloc char[MaxToken];
        float positive = 0, negative = 0;
        var negationLeft = 0;
        var modifier = 1f;
        var weight = 1f;
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < span.Length && (char.IsLetter(span[i]) || span[i] is '\'' or '\u2019'))
                {
                    i++;
                }

                var token = span[start..i];
                if (token.Length > MaxToken)
                {
                    continue;
                }

                // Curly apostrophes read like straight ones.
                token.CopyTo(buffer);
                var word = buffer[..token.Length];
                word.Replace('\u2019', '\'');
                word = word.TrimEnd('\'');

                if (contrast.Contains(word))
                {
                    positive *= BeforeContrastWeight;
                    negative *= BeforeContrastWeight;
                    weight = AfterContrastWeight;
                    negationLeft = 0;
                    modifier = 1f;
                }
                else if (negators.Contains(word))
                {
                    negationLeft = NegationScope;
                }
                else if (modifiers.TryGetValue(word, out var m))
                {
                    modifier *= m;
                }
                else if (words.TryGetValue(word, out var valence))
                {
                    var v = valence * modifier * weight;
                    if (negationLeft > 0)
                    {
                        v *= NegationFactor;
                        negationLeft = 0;
                    }

                    Add(v, ref positive, ref negative);
                    modifier = 1f;
                }
                else if (negationLeft > 0)
                {
                    negationLeft--;
                }

                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                if (SentimentLexicon.Emoji.TryGetValue(char.ConvertToUtf32(c, span[i + 1]), out var e))
                {
                    Add(e * weight, ref positive, ref negative);
                }

                i += 2;
                continue;
            }

            if (SentimentLexicon.Emoji.TryGetValue(c, out var bmp))
            {
                Add(bmp * weight, ref positive, ref negative);
                i++;
                continue;
            }

            if (c is ':' or ';' or '<')
            {
                var matched = false;
                foreach (var (emoticon, valence) in SentimentLexicon.Emoticons)
                {
                    if (span[i..].StartsWith(emoticon, StringComparison.Ordinal))
                    {
                        Add(valence * weight, ref positive, ref negative);
                        i += emoticon.Length;
                        matched = true;
                        break;
                    }
                }

                if (matched)
                {
                    continue;
                }
            }

            if (c is '.' or '!' or '?' or '\n')
            {
                // A new sentence ends negation and restores normal weight for the next clause.
                negationLeft = 0;
                modifier = 1f;
            }

            i++;
        }

        return Score(positive, negative);
    }

    private static void Add(float v, ref float positive, ref float negative)
    {
        if (v > 0)
        {
            positive += v;
        }
        else
        {
            negative -= v;
        }
    }

    private static SentimentResult Score(float positive, float negative)
    {
        var sum = positive - negative;
        var compound = sum / Math.Sqrt((sum * sum) + Alpha);
        var total = positive + negative + 1.0;
        var confidence = new SentimentConfidence(
            Math.Round(positive / total, 3),
            Math.Round(1.0 / total, 3),
            Math.Round(negative / total, 3));

        SentimentLabel label;
        if (positive >= 1 && negative >= 1 && Math.Min(positive, negative) / Math.Max(positive, negative) >= 0.5)
        {
            label = SentimentLabel.Mixed;
        }
        else if (compound >= 0.05)
        {
            label = SentimentLabel.Positive;
        }
        else if (compound <= -0.05)
        {
            label = SentimentLabel.Negative;
        }
        else
        {
            label = SentimentLabel.Neutral;
        }

        return new SentimentResult(Math.Round(compound, 4), label, confidence, SourceName);
    }
}
