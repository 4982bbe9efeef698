using System.Globalization;
using System.Text;
using TrustBot.Dialogs.Safety;
using Xunit.Abstractions;

namespace TrustBot.Tests.Safety;

/// <summary>
/// The fresh batches (Data/fresh-dev.tsv: written by someone who never saw the rules, scored first-look
/// before any change, tuning data since) must stay at the issue's targets: crisis recall >= 90 % overall,
/// >= 85 % per category and language, every explicit statement caught, false alarms <= 3 % on traps and
/// ordinary messages. A crisis counts as caught when the decision is anything but continue.
/// </summary>
public sealed class FreshBatchEvaluationTests(ITestOutputHelper output)
{
    private sealed record Case(bool Crisis, string Category, string Language, string Voice, bool Explicit, string Text);

    private static List<Case> Load() =>
    [
        .. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Data", "fresh-dev.tsv"), Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 6))
            .Select(f => new Case(f[0] == "crisis", f[1], f[2], f[3], f[4] == "yes", f[5])),
    ];

    [Fact]
    public void FreshBatches_MeetTheIssueTargets()
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var detector = new CrisisDetector();
        var results = Load().Select(c => (Case: c, Got: detector.Assess(c.Text))).ToList();
        var crises = results.Where(r => r.Case.Crisis).ToList();
        var calm = results.Where(r => !r.Case.Crisis).ToList();
        var report = new StringBuilder();
        foreach (var (c, got) in results.Where(r => r.Case.Crisis != r.Got.IsCrisis))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{(c.Crisis ? "MISS" : "FALSE ALARM")} [{c.Category}/{c.Language}/{c.Voice}] {got.Decision} {got.RuleId}: {c.Text}");
        }

        output.WriteLine(report.ToString());
        Assert.True(results.Count >= 500, $"only {results.Count} fresh cases");
        Assert.True(Rate(crises) >= 0.90, $"crisis recall {Rate(crises):P1}");
        Assert.All(crises.Where(r => r.Case.Explicit), r => Assert.True(r.Got.IsCrisis, $"explicit missed: {r.Case.Text}"));
        foreach (var group in crises.GroupBy(r => r.Case.Category).Concat(crises.GroupBy(r => r.Case.Language)))
        {
            Assert.True(Rate([.. group]) >= 0.85, $"{group.Key} recall {Rate([.. group]):P1}");
        }

        var alarms = calm.Count(r => r.Got.IsCrisis) / (double)calm.Count;
        Assert.True(alarms <= 0.03, $"false alarms {alarms:P1}");
    }

    private static double Rate(List<(Case Case, SafetyAssessment Got)> items) => items.Count(r => r.Got.IsCrisis) / (double)items.Count;
}
