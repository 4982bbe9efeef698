using System.Text;
using TrustBot.Dialogs.Safety;
using Xunit.Abstractions;

namespace TrustBot.Tests.Safety;

/// <summary>
/// Applies each robustness transform (research.md 2.5) mechanically to every plain English crisis and
/// trap in the evaluation set, so the detector is checked on thousands of variants nobody hand-tuned:
/// each family must keep at least 90 % of the untransformed recall and add no false alarms.
/// </summary>
public sealed class CrisisTransformTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> KeyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "kill", "die", "suicide", "suicidal", "myself", "cut", "pills", "overdose", "hurt", "end", "life", "dead", "hit", "raped", "threatened",
    };

    private static readonly Dictionary<string, Func<string, string>> Transforms = new(StringComparer.Ordinal)
    {
        ["lowercase-nopunct"] = t => new string([.. t.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c == '\'')]),
        ["allcaps"] = t => t.ToUpperInvariant(),
        ["leet"] = t => MapKeyWords(t, w => new string([.. w.Select(c => c switch { 'a' => '4', 'e' => '3', 'i' => '1', 'o' => '0', _ => c })])),
        ["spaced"] = t => MapKeyWords(t, w => string.Join(' ', w.ToCharArray()), firstOnly: true),
        ["stretched"] = t => MapKeyWords(t, w => w.Insert(w.Length / 2, new string(w[w.Length / 2], 3))),
        ["typo"] = t => MapKeyWords(t, w => w.Length >= 6 ? w.Remove(2, 1) : w),
        ["emoji"] = t => t + " 😔",
        ["buried"] = t => "So today was long and we had pasta for dinner. " + t + ". Anyway the weather should be better tomorrow and I might go for a walk.",
    };

    [Fact]
    public void EveryTransformFamily_KeepsRecallAndAddsNoFalseAlarms()
    {
        var detector = new CrisisDetector();
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Data", "crisis-eval.tsv"), Encoding.UTF8)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(f => f[2] == "en")
            .ToList();
        var crises = rows.Where(f => f[0] != "continue" && f[3] == "plain").Select(f => f[4]).ToList();
        var traps = rows.Where(f => f[0] == "continue").Select(f => f[4]).ToList();
        var baseline = crises.Count(t => detector.Assess(t).IsCrisis) / (double)crises.Count;
        var baselineAlarms = traps.Count(t => detector.Assess(t).IsCrisis);

        var failures = new List<string>();
        foreach (var (name, transform) in Transforms)
        {
            var recall = crises.Count(t => detector.Assess(transform(t)).IsCrisis) / (double)crises.Count;
            var alarms = traps.Count(t => detector.Assess(transform(t)).IsCrisis);
            output.WriteLine($"{name,-18} recall {recall:P1} (baseline {baseline:P1}), false alarms {alarms} of {traps.Count} (baseline {baselineAlarms})");
            if (recall < 0.9 * baseline)
            {
                failures.Add($"{name} recall {recall:P1}");
            }

            if (alarms > baselineAlarms + (traps.Count / 100))
            {
                failures.Add($"{name} false alarms {alarms}");
            }
        }

        Assert.Empty(failures);
    }

    private static string MapKeyWords(string text, Func<string, string> map, bool firstOnly = false)
    {
        var done = false;
        return string.Join(' ', text.Split(' ').Select(word =>
        {
            var core = word.Trim('.', ',', '!', '?');
            if (done || !KeyWords.Contains(core))
            {
                return word;
            }

            done = firstOnly;
            return word.Replace(core, map(core.ToLowerInvariant()), StringComparison.Ordinal);
        }));
    }
}
