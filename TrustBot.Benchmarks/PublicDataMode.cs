using System.Globalization;
using System.Text;
using TrustBot.Dialogs.Safety;

namespace TrustBot.Benchmarks;

/// <summary>
/// Measures the detector on the public labelled text in <c>shared/data</c> (found by searching upward
/// from the working and the build directory; skipped when absent, e.g. in CI): the share of Reddit
/// C-SSRS users with at least one flagged post per label, and the false-alarm rate on GoEmotions
/// comments labelled with an ordinary negative emotion. Only figures are printed, never the texts.
/// </summary>
internal static class PublicDataMode
{
    // GoEmotions label ids (goemotions-labels.txt, 0-based): anger, disappointment, fear, grief, nervousness, remorse, sadness.
    private static readonly HashSet<int> NegativeEmotions = [2, 9, 14, 16, 19, 24, 25];

    private static readonly string[] SeverityOrder = ["Supportive", "Indicator", "Ideation", "Behavior", "Attempt"];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var folder = FindSharedData();
        if (folder is null)
        {
            await output.WriteLineAsync("public-data: shared/data not found above the working or build directory; skipped");
            return 0;
        }

        var detector = new CrisisDetector();
        await output.WriteLineAsync(CssrsReport(detector, Path.Combine(folder, "reddit-cssrs-dev.csv"), args.Contains("--rules", StringComparer.Ordinal)));
        await output.WriteLineAsync(GoEmotionsReport(detector, Path.Combine(folder, "goemotions-dev.tsv")));
        return 0;
    }

    internal static string? FindSharedData()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "data");
                if (File.Exists(Path.Combine(candidate, "reddit-cssrs-dev.csv")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static string CssrsReport(CrisisDetector detector, string path, bool rules)
    {
        // --rules also lists the most frequent rule ids per label.
        var users = CssrsCsv.Read(path);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"C-SSRS users ({users.Count}, {users.Sum(u => u.Posts.Count)} posts): share of users with >= 1 flagged post (any decision but continue) / escalate-level (escalate, medical, abuse)");
        foreach (var label in SeverityOrder)
        {
            var group = users.Where(u => u.Label == label).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            var verdicts = group.Select(u => u.Posts.Select(p => detector.Assess(p).Decision).ToList()).ToList();
            var flagged = verdicts.Count(v => v.Any(d => d != CrisisDecision.Continue));
            var strong = verdicts.Count(v => v.Any(d => d is CrisisDecision.Escalate or CrisisDecision.Medical or CrisisDecision.Abuse));
            report.AppendLine(CultureInfo.InvariantCulture, $"  {label,-11} {flagged / (double)group.Count,7:P1} flagged  {strong / (double)group.Count,7:P1} escalate-level  of {group.Count} users");
            if (rules)
            {
                // Which rules flag this label's posts (ids only, never text): where to look for false alarms.
                var ids = group.SelectMany(u => u.Posts.Select(p => detector.Assess(p)).Where(a => a.IsCrisis).Select(a => a.RuleId))
                    .GroupBy(id => id, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(12);
                report.AppendLine("    " + string.Join(", ", ids.Select(g => $"{g.Key} {g.Count()}")));
            }
        }

        return report.ToString();
    }

    private static string GoEmotionsReport(CrisisDetector detector, string path)
    {
        var negative = 0;
        var negativeFlagged = 0;
        var all = 0;
        var allFlagged = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var fields = line.Split('\t');
            if (fields.Length < 2)
            {
                continue;
            }

            var labels = fields[1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));
            var flagged = detector.Assess(fields[0]).IsCrisis;
            all++;
            allFlagged += flagged ? 1 : 0;
            if (labels.Any(NegativeEmotions.Contains))
            {
                negative++;
                negativeFlagged += flagged ? 1 : 0;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"GoEmotions: negative-emotion comments flagged {negativeFlagged / (double)negative:P2} ({negativeFlagged}/{negative}); all comments {allFlagged / (double)all:P2} ({allFlagged}/{all})");
    }
}
