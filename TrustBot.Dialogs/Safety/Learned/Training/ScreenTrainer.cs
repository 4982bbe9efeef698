namespace TrustBot.Dialogs.Safety.Learned.Training;

/// <summary>
/// Trains the screen's multinomial logistic regression with FTRL-proximal over the hashed features,
/// then quantises the weights to one signed byte each. Deterministic: fixed shuffles, no threads.
/// </summary>
internal static class ScreenTrainer
{
    private const int Classes = ScreenClasses.Count;

    /// <summary>A message's features: unique buckets with their value (count over the root of all counts).</summary>
    internal sealed record Example(int[] Buckets, float[] Values, int Label, float Weight);

    internal static Example Featurize(LabelledMessage row, int mask, double outsiderWeight)
    {
        var buckets = ScreenFeatures.Rent(TextNormalizer.Normalize(row.Text), mask, out var count);
        try
        {
            var span = buckets.AsSpan(0, count);
            span.Sort();
            var unique = new List<int>(count);
            var values = new List<float>(count);
            for (var i = 0; i < count; i++)
            {
                if (unique.Count == 0 || unique[^1] != span[i])
                {
                    unique.Add(span[i]);
                }
            }

            // Presence, not counts: a phrase repeated a thousand times weighs what it weighs once.
            var norm = 1f / MathF.Sqrt(Math.Max(1, unique.Count));
            values.AddRange(Enumerable.Repeat(norm, unique.Count));

            return new Example([.. unique], [.. values], (int)row.Class, row.Outsider ? (float)outsiderWeight : 1f);
        }
        finally
        {
            System.Buffers.ArrayPool<int>.Shared.Return(buckets);
        }
    }

    /// <summary>Trains on the rows; the thresholds are stored with the weights.</summary>
    public static ScreenModel Train(IReadOnlyList<LabelledMessage> rows, ScreenTrainingOptions options, float escalateThreshold, float clarifyThreshold, string dataHash)
    {
        var mask = (1 << options.Bits) - 1;
        var examples = rows.Select(r => Featurize(r, mask, options.OutsiderWeight)).ToList();
        return Train(examples, options, escalateThreshold, clarifyThreshold, dataHash);
    }

    internal static ScreenModel Train(IReadOnlyList<Example> examples, ScreenTrainingOptions options, float escalateThreshold, float clarifyThreshold, string dataHash)
    {
        var size = (1 << options.Bits) * Classes;
        var z = new float[size];
        var n = new float[size];
        var biasZ = new float[Classes];
        var biasN = new float[Classes];
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(options.Seed);
        var weights = new float[64 * Classes];
        Span<float> logits = stackalloc float[Classes];
        Span<float> bias = stackalloc float[Classes];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                var example = examples[index];
                if (weights.Length < example.Buckets.Length * Classes)
                {
                    weights = new float[example.Buckets.Length * Classes * 2];
                }

                for (var c = 0; c < Classes; c++)
                {
                    bias[c] = Weight(biasZ[c], biasN[c], options, 0);
                    logits[c] = bias[c];
                }

                for (var f = 0; f < example.Buckets.Length; f++)
                {
                    var row = example.Buckets[f] * Classes;
                    var x = example.Values[f];
                    for (var c = 0; c < Classes; c++)
                    {
                        var w = Weight(z[row + c], n[row + c], options, options.L1);
                        weights[(f * Classes) + c] = w;
                        logits[c] += w * x;
                    }
                }

                Softmax(logits);
                for (var c = 0; c < Classes; c++)
                {
                    var g = (logits[c] - (c == example.Label ? 1f : 0f)) * example.Weight;
                    Update(ref biasZ[c], ref biasN[c], g, bias[c], options);
                    for (var f = 0; f < example.Buckets.Length; f++)
                    {
                        var i = (example.Buckets[f] * Classes) + c;
                        Update(ref z[i], ref n[i], g * example.Values[f], weights[(f * Classes) + c], options);
                    }
                }
            }
        }

        var final = new float[size];
        for (var i = 0; i < size; i++)
        {
            final[i] = Weight(z[i], n[i], options, options.L1);
        }

        var finalBias = new float[Classes];
        for (var c = 0; c < Classes; c++)
        {
            finalBias[c] = Weight(biasZ[c], biasN[c], options, 0);
        }

        return Quantise(options.Bits, final, finalBias, escalateThreshold, clarifyThreshold, dataHash);
    }

    /// <summary>One signed byte per weight; the scale keeps the largest 0.05 % of weights at the clamp.</summary>
    private static ScreenModel Quantise(int bits, float[] weights, float[] bias, float escalateThreshold, float clarifyThreshold, string dataHash)
    {
        var magnitudes = weights.Where(w => w != 0).Select(MathF.Abs).Order().ToArray();
        var top = magnitudes.Length == 0 ? 1f : magnitudes[Math.Min(magnitudes.Length - 1, (int)(magnitudes.Length * 0.9995))];
        var scale = top / 127f;
        var quantised = new sbyte[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            quantised[i] = (sbyte)Math.Clamp(MathF.Round(weights[i] / scale), -127, 127);
        }

        return new ScreenModel(bits, quantised, scale, bias, escalateThreshold, clarifyThreshold, dataHash);
    }

    private static float Weight(float z, float n, ScreenTrainingOptions options, double l1)
    {
        if (Math.Abs(z) <= l1)
        {
            return 0f;
        }

        return (float)(-(z - (Math.Sign(z) * l1)) / (((options.Beta + Math.Sqrt(n)) / options.Alpha) + options.L2));
    }

    private static void Update(ref float z, ref float n, float g, float w, ScreenTrainingOptions options)
    {
        var sigma = (Math.Sqrt(n + (g * g)) - Math.Sqrt(n)) / options.Alpha;
        z += (float)(g - (sigma * w));
        n += g * g;
    }

    private static void Softmax(Span<float> logits)
    {
        var max = float.NegativeInfinity;
        foreach (var l in logits)
        {
            max = MathF.Max(max, l);
        }

        var total = 0f;
        for (var c = 0; c < logits.Length; c++)
        {
            logits[c] = MathF.Exp(logits[c] - max);
            total += logits[c];
        }

        for (var c = 0; c < logits.Length; c++)
        {
            logits[c] /= total;
        }
    }
}
