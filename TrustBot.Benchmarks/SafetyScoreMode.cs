using System.Globalization;
using System.Text;
using TrustBot.Dialogs.Safety;

namespace TrustBot.Benchmarks;

/// <summary>
/// Scores labelled batches (columns: expected crisis|none, category, language, voice, explicit yes|no,
/// text) with the current detector and prints crisis recall per category, language, voice and
/// explicitness plus the false-alarm rate on traps and ordinary messages. Used for the first look at a
/// fresh batch before any rule is changed for it. <c>--misses</c> also lists what was missed or flagged.
/// </summary>
internal static class SafetyScoreMode
{
    private sealed record Case(bool Crisis, string Category, string Language, string Voice, bool Explicit, string Text);

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var showMisses = args.Contains("--misses", StringComparer.Ordinal);
        var paths = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (paths.Count == 0)
        {
            await output.WriteLineAsync("usage: score <batch.tsv>... [--misses]");
            return 2;
        }

        var detector = new CrisisDetector();
        foreach (var path in paths)
        {
            var cases = Load(path);
            var results = cases.Select(c => (Case: c, Got: detector.Assess(c.Text))).ToList();
            await output.WriteAsync(Report(Path.GetFileName(path), results, showMisses));
        }

        return 0;
    }

    private static List<Case> Load(string path) =>
    [
        .. File.ReadLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 6))
            .Where(f => f.Length == 6 && f[0] is "crisis" or "none")
            .Select(f => new Case(f[0] == "crisis", f[1], f[2], f[3], f[4] == "yes", f[5])),
    ];

    private static string Report(string name, List<(Case Case, SafetyAssessment Got)> results, bool showMisses)
    {
        var report = new StringBuilder();
        var crises = results.Where(r => r.Case.Crisis).ToList();
        var calm = results.Where(r => !r.Case.Crisis).ToList();
        Line(report, $"== {name}: {results.Count} messages, {crises.Count} crises, {calm.Count} traps/ordinary");
        Line(report, $"crisis recall {Rate(crises, Caught)}; explicit {Rate(crises.Where(r => r.Case.Explicit), Caught)}; false alarms {Rate(calm, r => r.Got.IsCrisis)}");
        Group(report, "category", results, r => r.Case.Category);
        Group(report, "language", results, r => r.Case.Language);
        Group(report, "voice", results, r => r.Case.Voice);
        if (showMisses)
        {
            foreach (var (c, got) in results.Where(r => r.Case.Crisis != r.Got.IsCrisis))
            {
                var kind = c.Crisis ? "MISS" : "FALSE ALARM";
                Line(report, $"{kind} [{c.Category}/{c.Language}/{c.Voice}{(c.Explicit ? "/explicit" : string.Empty)}] {got.Decision} {got.RuleId}: {c.Text}");
            }
        }

        return report.ToString();
    }

    private static bool Caught((Case Case, SafetyAssessment Got) r) => r.Got.IsCrisis;

    private static void Group(StringBuilder report, string title, List<(Case Case, SafetyAssessment Got)> results, Func<(Case Case, SafetyAssessment Got), string> key)
    {
        Line(report, $"by {title} (crises: recall; traps/ordinary: false alarms):");
        foreach (var group in results.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pos = group.Where(r => r.Case.Crisis).ToList();
            var neg = group.Where(r => !r.Case.Crisis).ToList();
            var recall = pos.Count == 0 ? "-" : Rate(pos, Caught);
            var alarms = neg.Count == 0 ? "-" : Rate(neg, r => r.Got.IsCrisis);
            Line(report, $"  {group.Key,-14} recall {recall,-16} false alarms {alarms}");
        }
    }

    private static string Rate<T>(IEnumerable<T> items, Func<T, bool> predicate)
    {
        var list = items.ToList();
        var hits = list.Count(predicate);
        return list.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{hits / (double)list.Count:P1} ({hits}/{list.Count})");
    }

    private static void Line(StringBuilder report, string text) => report.AppendLine(text);
}
