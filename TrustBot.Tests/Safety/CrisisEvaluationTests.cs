using System.Globalization;
using System.Text;
using TrustBot.Dialogs.Safety;
using Xunit.Abstractions;

namespace TrustBot.Tests.Safety;

/// <summary>
/// Runs the labelled set in Data/crisis-eval.tsv and fails below the release gates. Recall rule: a
/// crisis message counts as caught when the detector does anything other than Continue (Clarify,
/// Escalate, Abuse and Medical all open the safety flow, and Clarify asks the direct question). A trap
/// counts as a false alarm when the detector does anything other than Continue.
/// </summary>
public sealed class CrisisEvaluationTests(ITestOutputHelper output)
{
    private const double RecallGate = 0.98;
    private const double CategoryRecallGate = 0.95;
    private const double FalseAlarmGate = 0.03;

    private static readonly HashSet<string> TrapTransforms = new(StringComparer.Ordinal) { "idiom", "workplace", "negation", "past", "third-person", "media" };

    private sealed record Case(string Expected, string Category, string Language, string Transform, string Text);

    private static List<Case> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Safety", "Data", "crisis-eval.tsv");
        return [.. File.ReadLines(path, Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(f => new Case(f[0], f[1], f[2], f[3], f[4]))];
    }

    [Fact]
    public void EvaluationSet_HasMoreTrapsThanCrisesAndCoversEveryCategoryAndLanguage()
    {
        var cases = Load();
        var crises = cases.Count(c => c.Expected != "continue");
        Assert.True(cases.Count >= 300, $"only {cases.Count} cases");
        Assert.True(cases.Count - crises >= crises, $"{cases.Count - crises} traps for {crises} crises");
        foreach (var category in new[] { "suicidal", "passive", "selfharm", "medical", "abuse", "harm-others" })
        {
            Assert.Contains(cases, c => c.Category == category);
        }

        foreach (var language in new[] { "en", "es", "fr", "pt", "de", "hi", "tl", "zh", "vi", "ko", "ar" })
        {
            Assert.Contains(cases, c => c.Language == language && c.Expected != "continue");
        }
    }

    [Fact]
    public void EvaluationSet_MeetsRecallAndFalseAlarmGates()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var detector = new CrisisDetector();
        var results = Load().Select(c => (Case: c, Got: detector.Assess(c.Text))).ToList();
        var report = new StringBuilder();
        var crises = results.Where(r => r.Case.Expected != "continue").ToList();
        var traps = results.Where(r => r.Case.Expected == "continue" && TrapTransforms.Contains(r.Case.Transform)).ToList();
        var ordinary = results.Where(r => r.Case.Expected == "continue" && !TrapTransforms.Contains(r.Case.Transform)).ToList();

        var recall = Rate(crises, r => r.Got.IsCrisis);
        var exact = Rate(crises, r => string.Equals(r.Got.Decision.ToString(), r.Case.Expected, StringComparison.OrdinalIgnoreCase));
        var trapAlarms = Rate(traps, r => r.Got.IsCrisis);
        var ordinaryAlarms = Rate(ordinary, r => r.Got.IsCrisis);
        Line(report, $"cases {results.Count}: crises {crises.Count}, traps {traps.Count}, ordinary {ordinary.Count}");
        Line(report, $"crisis recall {recall:P1} (exact decision {exact:P1}); false alarms: traps {trapAlarms:P1}, ordinary {ordinaryAlarms:P1}");

        Line(report, "recall by category:");
        var categoryRecall = crises.GroupBy(r => r.Case.Category).ToDictionary(g => g.Key, g => Rate([.. g], r => r.Got.IsCrisis));
        foreach (var (category, value) in categoryRecall.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            var count = crises.Count(r => r.Case.Category == category);
            Line(report, $"  {category,-12} {value:P1} of {count}");
        }

        Line(report, "recall by language / false alarms by language:");
        foreach (var group in results.GroupBy(r => r.Case.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var pos = group.Where(r => r.Case.Expected != "continue").ToList();
            var neg = group.Where(r => r.Case.Expected == "continue").ToList();
            var posRate = Rate(pos, r => r.Got.IsCrisis);
            var negRate = Rate(neg, r => r.Got.IsCrisis);
            Line(report, $"  {group.Key}: recall {posRate:P1} of {pos.Count}, false alarms {negRate:P1} of {neg.Count}");
        }

        Line(report, "by transform (crises: recall, traps: false alarms):");
        foreach (var group in results.GroupBy(r => r.Case.Transform).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var flagged = Rate([.. group], r => r.Got.IsCrisis);
            var total = group.Count();
            Line(report, $"  {group.Key,-14} {flagged:P1} flagged of {total}");
        }

        // Precision per detected decision: how often a flag of that kind was right.
        Line(report, "precision by detected decision:");
        foreach (var group in results.Where(r => r.Got.IsCrisis).GroupBy(r => r.Got.Decision))
        {
            var precision = Rate([.. group], r => r.Case.Expected != "continue");
            var total = group.Count();
            Line(report, $"  {group.Key,-9} {precision:P1} of {total}");
        }

        foreach (var miss in crises.Where(r => !r.Got.IsCrisis))
        {
            Line(report, $"MISS [{miss.Case.Category}/{miss.Case.Language}/{miss.Case.Transform}] {miss.Case.Text}");
        }

        foreach (var alarm in results.Where(r => r.Case.Expected == "continue" && r.Got.IsCrisis))
        {
            Line(report, $"FALSE ALARM [{alarm.Case.Transform}] {alarm.Got.RuleId}: {alarm.Case.Text}");
        }

        output.WriteLine(report.ToString());
        Assert.True(recall >= RecallGate, $"crisis recall {recall:P1} below {RecallGate:P0}");
        foreach (var (category, value) in categoryRecall)
        {
            Assert.True(value >= CategoryRecallGate, $"{category} recall {value:P1} below {CategoryRecallGate:P0}");
        }

        Assert.True(trapAlarms <= FalseAlarmGate, $"trap false alarms {trapAlarms:P1} above {FalseAlarmGate:P0}");
        Assert.True(ordinaryAlarms <= FalseAlarmGate, $"ordinary false alarms {ordinaryAlarms:P1} above {FalseAlarmGate:P0}");
    }

    private static double Rate<T>(List<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 1.0 : items.Count(predicate) / (double)items.Count;

    private static void Line(StringBuilder report, string text) => report.AppendLine(text);
}
