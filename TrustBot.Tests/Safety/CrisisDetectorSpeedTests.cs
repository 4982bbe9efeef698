using System.Diagnostics;
using System.Text;
using TrustBot.Dialogs.Safety;
using TrustBot.Dialogs.Sentiment;

namespace TrustBot.Tests.Safety;

/// <summary>
/// The analyzer's latency budget (issue 8: p50 under 200 µs, p99 under 2 ms on the dev machine), guarded
/// loosely so a loaded CI box does not flake: a warm batch must take under 1 ms per message, at the wall-clock
/// median or in CPU time. With every regex run on every sentence the detector took 0.6-2 ms at the median here.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class CrisisDetectorSpeedTests
{
    [Fact]
    public void WarmMessages_TakeUnderAMillisecondAtTheMedian()
    {
        var texts = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Data", "fresh-dev.tsv"), Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l[(l.LastIndexOf('\t') + 1)..])
            .Take(400)
            .ToList();
        var detector = new CrisisDetector();
        var sentiment = new LocalSentimentAnalyzer();
        foreach (var text in texts)
        {
            _ = detector.Assess(text);
            _ = sentiment.Analyze(text);
        }

        // CPU time, not wall time: on a loaded box the wall clock counts the time other processes held the cores.
        // The collection runs alone, so the process's CPU time is the detector's (plus a little GC and JIT).
        using var process = Process.GetCurrentProcess();
        var micros = new List<double>(texts.Count);
        var cpuBefore = process.TotalProcessorTime;
        foreach (var text in texts)
        {
            var start = Stopwatch.GetTimestamp();
            _ = detector.Assess(text);
            _ = sentiment.Analyze(text);
            micros.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
        }

        process.Refresh();
        var cpuPerMessage = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / texts.Count;
        micros.Sort();
        var median = micros[micros.Count / 2];
        Assert.True(median < 1000 || cpuPerMessage < 1000, $"wall-clock median {median:F0} µs, CPU {cpuPerMessage:F0} µs per message");
    }
}
