using System.Diagnostics;
using System.Globalization;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Safety.Rules;
using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Benchmarks;

/// <summary>
/// Cold and warm latency (p50, p99) of crisis detection + local sentiment per message over a realistic
/// mix, and the bytes allocated per message; <c>--stages</c> adds where the time goes. A Stopwatch loop: BenchmarkDotNet is not on the package mirror.
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

        // Cold: a fresh process, the detector built (its constructor warms the tables, as Startup does), then each
        // message of the mix seen for the first time; the very first one is the first message after start-up.
        var build = Stopwatch.GetTimestamp();
        var detector = new CrisisDetector();
        var rulesAlone = new CrisisDetector(learnedSignal: false);
        var screen = detector.LearnedSignal!;
        var sentiment = new LocalSentimentAnalyzer();
        _ = sentiment.Analyze("hi"); // its lexicon is built on first use; Startup's warm-up does the same
        var buildMs = Stopwatch.GetElapsedTime(build).TotalMilliseconds;
        var cold = new double[Mix.Length];
        var coldCpu = new double[Mix.Length];
        var coldJit = new long[Mix.Length];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Mix.Length; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var jitBefore = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
            var start = Stopwatch.GetTimestamp();
            _ = detector.Assess(Mix[i]);
            cold[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            process.Refresh();
            coldCpu[i] = (process.TotalProcessorTime - cpu).TotalMicroseconds;
            coldJit[i] = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitBefore;
        }

        // Warm-up: JIT tiering, then steady state.
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
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"detector built and warmed in {buildMs:F0} ms"));
        var sortedCold = cold.Order().ToArray();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"cold crisis detector (each mix message's first time, after warm-up): first message {cold[0]:F0} µs, p50 {sortedCold[Mix.Length / 2]:F0} µs, max {sortedCold[^1]:F0} µs"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  cold CPU time (process, all threads): first message {coldCpu[0]:F0} µs, per message {string.Join(' ', coldCpu.Select(c => c.ToString("F0", CultureInfo.InvariantCulture)))}"));
        await output.WriteLineAsync($"  methods JIT-compiled during each cold message: {string.Join(' ', coldJit)}");
        await output.WriteLineAsync("warm part                 mean µs    p50 µs    p99 µs   alloc B/msg");
        foreach (var (name, r) in new[] { ("crisis detector", crisis), ("  rules alone", rules), ("  learned screen alone", learned), ("local sentiment", senti), ("crisis + sentiment", both) })
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{name,-24} {r.Mean,8:F2} {r.P50,9:F2} {r.P99,9:F2} {r.Alloc,12:F0}"));
        }

        if (args.Contains("--stages", StringComparer.Ordinal))
        {
            await WriteStagesAsync(output);
        }

        return 0;
    }

    /// <summary>Where a message's time goes: normalising, picking languages, and each pattern of the tables run on every sentence.</summary>
    private static async Task WriteStagesAsync(TextWriter output)
    {
        var tables = CrisisRuleTables.Create();
        var normalized = Mix.Select(TextNormalizer.Normalize).ToArray();
        const int Rounds = 200;
        var normalize = Time(Rounds, () => { foreach (var text in Mix) { _ = TextNormalizer.Normalize(text); } });
        var detect = Time(Rounds, () => { foreach (var text in normalized) { _ = LanguageDetector.Detect(text, tables); } });
        var sentences = normalized.SelectMany(t => t.Sentences).ToArray();
        var patterns = new[] { tables.English }.Concat(tables.Others)
            .SelectMany(l => l.AllPatterns().Select(p => (l.Language, Pattern: p)))
            .Select(x => (x.Language, x.Pattern, Micros: Time(Rounds, () => { foreach (var s in sentences) { _ = x.Pattern.IsMatch(s); } })))
            .ToList();

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"stages per mix message: normalise {normalize / Mix.Length:F1} µs, languages {detect / Mix.Length:F1} µs"));
        foreach (var language in patterns.GroupBy(p => p.Language))
        {
            var unfiltered = language.Count(p => p.Pattern.CanMatch(string.Empty));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {language.Key}: {language.Count()} patterns ({unfiltered} without a literal filter), every one on every sentence {language.Sum(p => p.Micros) / Mix.Length:F1} µs per message"));
        }

        await output.WriteLineAsync("  costliest patterns (µs per message, all sentences):");
        foreach (var (language, pattern, micros) in patterns.OrderByDescending(p => p.Micros).Take(12))
        {
            var text = pattern.ToString();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {micros / Mix.Length,7:F2}  {language}  {(text.Length > 90 ? text[..90] + "..." : text)}"));
        }
    }

    /// <summary>Median µs of one call: a loaded machine preempts at random, and the median ignores those rounds.</summary>
    private static double Time(int rounds, Action action)
    {
        action();
        var samples = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(samples);
        return samples[rounds / 2];
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
