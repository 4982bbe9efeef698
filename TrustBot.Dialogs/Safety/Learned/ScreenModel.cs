using System.Buffers;
using System.IO.Compression;
using System.Text;

namespace TrustBot.Dialogs.Safety.Learned;

/// <summary>
/// A multinomial logistic regression over hashed features (<see cref="ScreenFeatures"/>): one signed byte
/// per bucket and class, times one scale, plus a bias per class. Immutable once read; the decision
/// thresholds chosen by cross-validation and the hash of the training data travel in the same file.
/// </summary>
internal sealed class ScreenModel
{
    private const string Magic = "TBSCREEN1";

    private readonly sbyte[] _weights;
    private readonly float[] _bias;

    public ScreenModel(int bits, sbyte[] weights, float scale, float[] bias, float escalateThreshold, float clarifyThreshold, string dataHash)
    {
        if (bits is < 10 or > 24 || weights.Length != (1 << bits) * ScreenClasses.Count || bias.Length != ScreenClasses.Count)
        {
            throw new ArgumentException("The weights do not match the model's shape.", nameof(weights));
        }

        Bits = bits;
        _weights = weights;
        Scale = scale;
        _bias = bias;
        EscalateThreshold = escalateThreshold;
        ClarifyThreshold = clarifyThreshold;
        DataHash = dataHash;
    }

    public int Bits { get; }

    public int Mask => (1 << Bits) - 1;

    public float Scale { get; }

    /// <summary>At or above this crisis probability the model opens the crisis flow of its class.</summary>
    public float EscalateThreshold { get; }

    /// <summary>At or above this (and below <see cref="EscalateThreshold"/>) the model asks the kind direct question.</summary>
    public float ClarifyThreshold { get; }

    /// <summary>SHA-256 of the training rows the weights came from (see <c>ScreenTrainingData.Hash</c>).</summary>
    public string DataHash { get; }

    /// <summary>Buckets with at least one non-zero weight.</summary>
    public int NonZeroBuckets
    {
        get
        {
            var rows = 0;
            for (var row = 0; row < _weights.Length; row += ScreenClasses.Count)
            {
                rows += _weights.AsSpan(row, ScreenClasses.Count).ContainsAnyExcept((sbyte)0) ? 1 : 0;
            }

            return rows;
        }
    }

    public ScreenPrediction Predict(NormalizedText text)
    {
        if (text.WordCount == 0 && text.Emoji == RiskEmoji.None)
        {
            return new ScreenPrediction(0f, ScreenClass.Suicidal);
        }

        var buckets = ScreenFeatures.Rent(text, Mask, out var count);
        try
        {
            var span = buckets.AsSpan(0, count);
            span.Sort();
            var unique = 0;
            for (var i = 0; i < span.Length; i++)
            {
                if (unique == 0 || span[unique - 1] != span[i])
                {
                    span[unique++] = span[i];
                }
            }

            return Predict(span[..unique]);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buckets);
        }
    }

    /// <summary>Scores distinct buckets (each feature counts once, as in training).</summary>
    public ScreenPrediction Predict(ReadOnlySpan<int> buckets)
    {
        Span<int> sums = stackalloc int[ScreenClasses.Count];
        sums.Clear();
        foreach (var bucket in buckets)
        {
            var row = _weights.AsSpan(bucket * ScreenClasses.Count, ScreenClasses.Count);
            for (var c = 0; c < ScreenClasses.Count; c++)
            {
                sums[c] += row[c];
            }
        }

        var factor = Scale / MathF.Sqrt(Math.Max(1, buckets.Length));
        Span<float> logits = stackalloc float[ScreenClasses.Count];
        var max = float.NegativeInfinity;
        for (var c = 0; c < ScreenClasses.Count; c++)
        {
            logits[c] = _bias[c] + (sums[c] * factor);
            max = MathF.Max(max, logits[c]);
        }

        var total = 0f;
        var best = 1;
        for (var c = 0; c < ScreenClasses.Count; c++)
        {
            logits[c] = MathF.Exp(logits[c] - max);
            total += logits[c];
            if (c > 0 && logits[c] > logits[best])
            {
                best = c;
            }
        }

        return new ScreenPrediction(1f - (logits[0] / total), (ScreenClass)best);
    }

    public void Write(Stream stream)
    {
        using var compressed = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(compressed, Encoding.UTF8);
        writer.Write(Magic);
        writer.Write(Bits);
        writer.Write(Scale);
        writer.Write(EscalateThreshold);
        writer.Write(ClarifyThreshold);
        writer.Write(DataHash);
        foreach (var b in _bias)
        {
            writer.Write(b);
        }

        // Sparse rows: the gap since the previous non-zero bucket, then its signed bytes.
        writer.Write(NonZeroBuckets);
        var previous = -1;
        for (var bucket = 0; bucket <= Mask; bucket++)
        {
            var row = _weights.AsSpan(bucket * ScreenClasses.Count, ScreenClasses.Count);
            if (!row.ContainsAnyExcept((sbyte)0))
            {
                continue;
            }

            writer.Write7BitEncodedInt(bucket - previous);
            previous = bucket;
            foreach (var w in row)
            {
                writer.Write(w);
            }
        }
    }

    public static ScreenModel Read(Stream stream)
    {
        using var compressed = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(compressed, Encoding.UTF8);
        if (reader.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a crisis-screen model file.");
        }

        var bits = reader.ReadInt32();
        if (bits is < 10 or > 24)
        {
            throw new InvalidDataException("The model's bucket count is out of range.");
        }

        var scale = reader.ReadSingle();
        var escalate = reader.ReadSingle();
        var clarify = reader.ReadSingle();
        var hash = reader.ReadString();
        var bias = new float[ScreenClasses.Count];
        for (var c = 0; c < bias.Length; c++)
        {
            bias[c] = reader.ReadSingle();
        }

        var weights = new sbyte[(1 << bits) * ScreenClasses.Count];
        var rows = reader.ReadInt32();
        var bucket = -1;
        for (var r = 0; r < rows; r++)
        {
            bucket += reader.Read7BitEncodedInt();
            for (var c = 0; c < ScreenClasses.Count; c++)
            {
                weights[(bucket * ScreenClasses.Count) + c] = reader.ReadSByte();
            }
        }

        return new ScreenModel(bits, weights, scale, bias, escalate, clarify, hash);
    }
}
