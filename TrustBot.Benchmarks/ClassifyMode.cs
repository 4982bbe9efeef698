using TrustBot.Dialogs.Safety;

namespace TrustBot.Benchmarks;

/// <summary>Debug aid: prints the detector's verdict for each stdin line (decision, category, rule).</summary>
internal static class ClassifyMode
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var detector = new CrisisDetector();
        string? line;
        while ((line = await Console.In.ReadLineAsync()) is not null)
        {
            var a = detector.Assess(line);
            await output.WriteLineAsync($"{a.Decision}\t{a.Category}\t{a.RuleId}\t{a.Language}\t{(a.ThirdParty ? "3P" : "")}{(a.MentionsPastRisk ? "PAST" : "")}\t{line}");
        }

        return 0;
    }
}
