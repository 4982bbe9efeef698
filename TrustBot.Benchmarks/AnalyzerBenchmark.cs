using System.Diagnostics;
using System.Globalization;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Benchmarks;

/// <summary>
/// Mean and p99 latency of crisis detection + local sentiment per message over a realistic mix, and
/// the bytes allocated per message. A Stopwatch loop: BenchmarkDotNet is not on the package mirror.
/// </summary>
internal static class AnalyzerBenchmark
{
    private static readonly string[] Mix =
    [
        "I feel a bit anxious today because he didn't text back last night.",
        "We talked it through and I feel calmer, hopeful even.",
        "honestly this deadline is killing me lol",
        "He checked my phone again and I felt insecure and jealous, but we talked after.",
        "I'm so tired of the lying. I don't know if I can trust her again.",
        "Feeling lonely tonight 😔",
        "Had a good day! Date night went well ❤️",
        "I can't do this anymore",
        "i want to kill myself",
        "He gets violent when I delete messages and I'm scared to go home.",
        "I used to self-harm but I'm in a good place now.",
        "My trust level is maybe a 4 today. I keep replaying what she said at dinner, and part of me wants to believe her but another part is waiting for the next lie. We agreed to check in every evening.",
        "me siento sola y traicionada",
        "ok",
        "Rejected again. Whatever.",
        "我今天很累，但是还好",
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var iterations = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        var detector = new CrisisDetector();
        var rulesAlone = new CrisisDetector(learnedSignal: false);
        var screen = detector.LearnedSignal!;
        var sentiment = new LocalSentimentAnalyzer();

        // Warm-up: JIT, regex compilation, lazy tables.
        for (var i = 0; i < 2_000; i++)
        {
            var text = Mix[i % Mix.Length];
            _ = detector.Assess(text);
            _ = sentiment.Analyze(text);
        }

        var crisis = Measure(iterations, i => _ = detector.Assess(Mix[i % Mix.Length]));
        var rules = Measure(iterations, i => _ = rulesAlone.Assess(Mix[i % Mix.Length]));
        var learned = Measure(iterations, i => _ = screen.Predict(Mix[i % Mix.Length]));
        var senti = Measure(iterations, i => _ = sentiment.Analyze(Mix[i % Mix.Length]));
        var both = Measure(iterations, i =>
        {
            var text = Mix[i % Mix.Length];
            _ = detector.Assess(text);
            _ = sentiment.Analyze(text);
        });

        await output.WriteLineAsync($"analyzer benchmark: {iterations} messages, mix of {Mix.Length} (short check-ins, idioms, crises, a long paragraph, other languages)");
        await output.WriteLineAsync("part                      mean µs    p50 µs    p99 µs   alloc B/msg");
        foreach (var (name, r) in new[] { ("crisis detector", crisis), ("  rules alone", rules), ("  learned screen alone", learned), ("local sentiment", senti), ("crisis + sentiment", both) })
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {r.Mean,8:F2} {r.P50,9:F2} {r.P99,9:F2} {r.Alloc,12:F0}"));
        }

        return 0;
    }

    private static (double Mean, double P50, double P99, double Alloc) Measure(int iterations, Action<int> action)
    {
        var samples = new double[iterations];
        var allocBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        var alloc = (GC.GetAllocatedBytesForCurrentThread() - allocBefore) / (double)iterations;
        Array.Sort(samples);
        return (samples.Average(), samples[iterations / 2], samples[(int)(iterations * 0.99)], alloc);
    }
}
