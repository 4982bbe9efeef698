using System.Globalization;
using System.Text;

namespace TrustBot.Dialogs.Safety.Learned.Training;

/// <summary>
/// Leave-one-file-out cross-validation: for each training file, a model trained on all the others scores
/// it, the way a fresh batch written by new people would be scored. The thresholds are chosen on these
/// held-out scores, so that the false alarms the model adds to the rules stay within the options' budget.
/// </summary>
internal static class ScreenCrossValidation
{
    private const float Step = 0.01f;

    /// <summary>Leave one file (train/: one language) out.</summary>
    public static List<HeldOutResult> Run(IReadOnlyList<LabelledMessage> rows, IReadOnlyList<bool> rulesCrisis, ScreenTrainingOptions options) =>
        Run(rows, rulesCrisis, options, i => Fold(rows[i]));

    /// <summary>Five random folds over all rows: a new batch in a language and style the model has seen.</summary>
    public static List<HeldOutResult> RunRandom(IReadOnlyList<LabelledMessage> rows, IReadOnlyList<bool> rulesCrisis, ScreenTrainingOptions options)
    {
        var order = Enumerable.Range(0, rows.Count).ToArray();
        new Random(options.Seed).Shuffle(order);
        var fold = new string[rows.Count];
        for (var k = 0; k < order.Length; k++)
        {
            fold[order[k]] = "random/" + (k % 5).ToString(CultureInfo.InvariantCulture);
        }

        return Run(rows, rulesCrisis, options, i => fold[i]);
    }

    private static List<HeldOutResult> Run(IReadOnlyList<LabelledMessage> rows, IReadOnlyList<bool> rulesCrisis, ScreenTrainingOptions options, Func<int, string> foldOf)
    {
        var mask = (1 << options.Bits) - 1;
        var examples = rows.Select(r => ScreenTrainer.Featurize(r, mask, options.OutsiderWeight)).ToList();
        var results = new HeldOutResult?[rows.Count];
        foreach (var fold in Enumerable.Range(0, rows.Count).Select(foldOf).Distinct(StringComparer.Ordinal))
        {
            var train = new List<ScreenTrainer.Example>();
            for (var i = 0; i < rows.Count; i++)
            {
                if (foldOf(i) != fold)
                {
                    train.Add(examples[i]);
                }
            }

            var model = ScreenTrainer.Train(train, options, 1f, 1f, string.Empty);
            for (var i = 0; i < rows.Count; i++)
            {
                if (foldOf(i) == fold)
                {
                    results[i] = new HeldOutResult(rows[i], rulesCrisis[i], model.Predict(examples[i].Buckets.AsSpan()), TextNormalizer.Normalize(rows[i].Text).WordCount);
                }
            }
        }

        return [.. results.Select(r => r!)];
    }

    /// <summary>
    /// The two big files are folds of their own; the batches in train/ are held out per language, so
    /// every batch of a language is unseen together (a second German batch does not vouch for the first).
    /// </summary>
    public static string Fold(LabelledMessage row) =>
        row.Source is ScreenTrainingData.TeamFile or ScreenTrainingData.FreshFile ? row.Source : "train/" + row.Language;

    /// <summary>
    /// The lowest thresholds whose added false alarms (rules said continue, model flagged) on the outsiders'
    /// traps and ordinary messages stay within budget (the team's traps were written against the rules).
    /// </summary>
    public static (float Escalate, float Clarify) ChooseThresholds(IReadOnlyList<HeldOutResult> results, ScreenTrainingOptions options)
    {
        var calm = results.Where(r => r.Row.Outsider && !r.Row.IsCrisis).ToList();
        var clarify = Lowest(calm, 0.2f, options.MaxAddedFalseAlarms);
        var escalate = Lowest(calm, clarify, options.MaxAddedEscalations);
        return (escalate, clarify);
    }

    private static float Lowest(List<HeldOutResult> calm, float from, double budget)
    {
        for (var t = from; t < 1f; t += Step)
        {
            var added = calm.Count(r => !r.RulesCrisis && r.Words >= LearnedScreen.MinWordsToEscalate && r.Prediction.CrisisProbability >= t);
            if (added <= budget * calm.Count)
            {
                return MathF.Round(t, 2);
            }
        }

        return 1f;
    }

    public static string Report(string title, IReadOnlyList<HeldOutResult> results, float escalate, float clarify)
    {
        var report = new StringBuilder();
        Line(report, $"== {title}");
        Line(report, $"thresholds: clarify >= {clarify:F2}, escalate >= {escalate:F2} (crisis probability)");
        Line(report, $"held-out file       rows  | rules: recall   false alarms | rules + model: recall   false alarms");
        foreach (var fold in results.GroupBy(r => Fold(r.Row)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(report, fold.Key, [.. fold], escalate, clarify);
        }

        var outsiders = results.Where(r => r.Row.Outsider).ToList();
        Row(report, "outsiders (pooled)", outsiders, escalate, clarify);
        Row(report, "all (pooled)", [.. results], escalate, clarify);
        Group(report, "category (outsider files)", outsiders, r => r.Row.Class == ScreenClass.None ? "none" : ScreenClasses.Name(r.Row.Class), escalate, clarify);
        Group(report, "language (outsider files)", outsiders, r => r.Row.Language, escalate, clarify);
        Group(report, "voice (outsider files)", outsiders, r => r.Row.Voice, escalate, clarify);
        Row(report, "explicit (outsiders)", [.. outsiders.Where(r => r.Row.Explicit)], escalate, clarify);

        var raised = results.Where(r => r.Row.IsCrisis && !r.RulesCrisis && r.Flagged(escalate, clarify)).ToList();
        var rightKind = raised.Count(r => ScreenClasses.Category(r.Prediction.Class) == ScreenClasses.Category(r.Row.Class));
        Line(report, $"crises the model raised: {raised.Count}; its category right for {Percent(rightKind, raised.Count)}");
        return report.ToString();
    }

    private static void Group(StringBuilder report, string title, List<HeldOutResult> results, Func<HeldOutResult, string> key, float escalate, float clarify)
    {
        Line(report, $"by {title}:");
        foreach (var group in results.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Row(report, "  " + group.Key, [.. group], escalate, clarify);
        }
    }

    private static void Row(StringBuilder report, string name, List<HeldOutResult> rows, float escalate, float clarify)
    {
        var crises = rows.Where(r => r.Row.IsCrisis).ToList();
        var calm = rows.Where(r => !r.Row.IsCrisis).ToList();
        Line(report, $"{name,-18} {rows.Count,5}  | {Percent(crises.Count(r => r.RulesCrisis), crises.Count),14} {Percent(calm.Count(r => r.RulesCrisis), calm.Count),14} | {Percent(crises.Count(r => r.Flagged(escalate, clarify)), crises.Count),14} {Percent(calm.Count(r => r.Flagged(escalate, clarify)), calm.Count),14}");
    }

    private static string Percent(int hits, int total) =>
        total == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * hits / total:F1}% ({hits}/{total})");

    private static void Line(StringBuilder report, FormattableString text) => report.AppendLine(text.ToString(CultureInfo.InvariantCulture));
}
