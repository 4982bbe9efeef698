using System.Buffers;

namespace TrustBot.Dialogs.Safety.Learned;

/// <summary>
/// Hashed sparse features of a normalised message: word unigrams and bigrams (sentence edges and the
/// clause comma included, so "not want" and "want to" differ), character 2-5-grams inside each word with
/// its edges marked (they carry across scripts, typos, slang and inflections), the risk emoji and a length
/// band. Nothing is allocated per message beyond one pooled buffer; training and inference share this code.
/// </summary>
internal static class ScreenFeatures
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const char WordStart = '\u0002';
    private const char WordEnd = '\u0003';
    private const uint UnigramSeed = 0x9E3779B1;
    private const uint BigramSeed = 0x85EBCA77;
    private const uint CharGramSeed = 0xC2B2AE3D;
    private const uint EmojiSeed = 0x27D4EB2F;
    private const uint LengthSeed = 0x165667B1;
    private const int MinGram = 2;
    private const int MaxGram = 5;

    /// <summary>An upper bound on the features of a message, for sizing the buffer.</summary>
    public static int Capacity(NormalizedText text)
    {
        var chars = 0;
        foreach (var sentence in text.Sentences)
        {
            chars += sentence.Length;
        }

        // Per word of l chars: one unigram, one bigram and at most 4 (l + 2) char grams; 8 emoji and one length band.
        return (16 * chars) + 16;
    }

    /// <summary>Rents a buffer and fills it with the message's buckets (values below <paramref name="mask"/> + 1); return it to the shared pool.</summary>
    public static int[] Rent(NormalizedText text, int mask, out int count)
    {
        var buffer = ArrayPool<int>.Shared.Rent(Capacity(text));
        count = Extract(text, mask, buffer);
        return buffer;
    }

    /// <summary>Writes the buckets of every feature occurrence into <paramref name="buckets"/>; returns how many.</summary>
    public static int Extract(NormalizedText text, int mask, Span<int> buckets)
    {
        var count = 0;
        foreach (var sentence in text.Sentences)
        {
            var span = sentence.AsSpan();
            var previous = Hash(BigramSeed, WordStart);
            var pos = 0;
            while (pos < span.Length)
            {
                while (pos < span.Length && span[pos] == ' ')
                {
                    pos++;
                }

                var start = pos;
                while (pos < span.Length && span[pos] != ' ')
                {
                    pos++;
                }

                if (pos == start)
                {
                    break;
                }

                var word = span[start..pos];
                buckets[count++] = Bucket(Hash(UnigramSeed, word), mask);
                buckets[count++] = Bucket(Hash(Mix(previous, ' '), word), mask);
                previous = Hash(BigramSeed, word);
                if (word.Length > 1 || char.IsLetterOrDigit(word[0]))
                {
                    count += CharGrams(word, mask, buckets[count..]);
                }
            }

            buckets[count++] = Bucket(Mix(Mix(previous, ' '), WordEnd), mask);
        }

        var emoji = (int)text.Emoji;
        for (var bit = 0; bit < 8; bit++)
        {
            if ((emoji & (1 << bit)) != 0)
            {
                buckets[count++] = Bucket(Mix(EmojiSeed, (char)('a' + bit)), mask);
            }
        }

        buckets[count++] = Bucket(Mix(LengthSeed, (char)('0' + Math.Min(6, Log2(text.WordCount + 1)))), mask);
        return count;
    }

    /// <summary>Every 2- to 5-gram of the word with its edges marked ("^wa", "ant$").</summary>
    private static int CharGrams(ReadOnlySpan<char> word, int mask, Span<int> buckets)
    {
        var count = 0;
        var length = word.Length + 2;
        for (var start = 0; start < length - 1; start++)
        {
            var hash = CharGramSeed;
            for (var n = 0; n < MaxGram && start + n < length; n++)
            {
                var index = start + n;
                hash = Mix(hash, index == 0 ? WordStart : index == length - 1 ? WordEnd : word[index - 1]);
                if (n + 1 >= MinGram)
                {
                    buckets[count++] = Bucket(hash, mask);
                }
            }
        }

        return count;
    }

    private static uint Hash(uint seed, ReadOnlySpan<char> text)
    {
        var hash = seed ^ FnvOffset;
        foreach (var c in text)
        {
            hash = Mix(hash, c);
        }

        return hash;
    }

    private static uint Hash(uint seed, char c) => Mix(seed ^ FnvOffset, c);

    private static uint Mix(uint hash, char c) => (hash ^ c) * FnvPrime;

    /// <summary>FNV's low bits are weak; a final avalanche spreads them before masking.</summary>
    private static int Bucket(uint hash, int mask)
    {
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return (int)(hash & (uint)mask);
    }

    private static int Log2(int value) => 31 - int.LeadingZeroCount(value);
}
