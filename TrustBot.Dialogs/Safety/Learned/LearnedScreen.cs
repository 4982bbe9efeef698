namespace TrustBot.Dialogs.Safety.Learned;

/// <summary>
/// The learned signal next to the rules: a small linear model (<see cref="ScreenModel"/>) trained offline
/// on the project's labelled messages and shipped inside the assembly. It can only raise a verdict the
/// rules left at continue: a high crisis probability opens the crisis flow of the model's class, a middle
/// one asks the kind direct question. Read once per process; immutable and safe to share.
/// </summary>
public sealed class LearnedScreen
{
    /// <summary>Name of the embedded weight file (written by <c>TrustBot.Benchmarks -- train-screen</c>).</summary>
    public const string ResourceName = "TrustBot.Dialogs.Safety.Learned.screen-model.bin";

    /// <summary>
    /// Short messages are the rules' job: one or two soft words ("tonight's the night", "9", "hurt") are where
    /// a bag of features guesses most, so the model opens a flow from 6 words and asks its question from 8.
    /// </summary>
    internal const int MinWordsToEscalate = 6;

    internal const int MinWordsToAsk = 8;

    private readonly ScreenModel _model;

    internal LearnedScreen(ScreenModel model) => _model = model;

    internal ScreenModel Model => _model;

    /// <summary>Reads the weights shipped in this assembly.</summary>
    public static LearnedScreen LoadEmbedded()
    {
        using var stream = typeof(LearnedScreen).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The crisis-screen weights ({ResourceName}) are missing from the assembly.");
        return new LearnedScreen(ScreenModel.Read(stream));
    }

    /// <summary>The model's reading of a message on its own (for tools and tests; the detector calls <see cref="Raise"/>).</summary>
    public ScreenPrediction Predict(string? text) => _model.Predict(TextNormalizer.Normalize(text));

    /// <summary>The rules' verdict, raised when the rules said continue and the model reads a crisis.</summary>
    internal SafetyAssessment Raise(NormalizedText text, SafetyAssessment rules)
    {
        if (rules.Decision != CrisisDecision.Continue)
        {
            return rules;
        }

        if (text.WordCount < MinWordsToEscalate)
        {
            return rules;
        }

        var prediction = _model.Predict(text);
        return Verdict(prediction, text.WordCount, _model.EscalateThreshold, _model.ClarifyThreshold, rules);
    }

    /// <summary>What a prediction means at the given thresholds; the rules' flags (past, third party) are kept.</summary>
    internal static SafetyAssessment Verdict(ScreenPrediction prediction, int words, float escalateThreshold, float clarifyThreshold, SafetyAssessment rules)
    {
        if (!Raises(prediction.CrisisProbability, words, escalateThreshold, clarifyThreshold))
        {
            return rules;
        }

        var confident = prediction.CrisisProbability >= escalateThreshold;
        var decision = ScreenClasses.Decision(prediction.Class, confident);
        var id = "learned." + ScreenClasses.Name(prediction.Class) + (confident ? string.Empty : ".unsure");
        return rules with { Decision = decision, Category = ScreenClasses.Category(prediction.Class), RuleId = id };
    }

    /// <summary>Whether a crisis probability on a message of this many words raises a continue.</summary>
    internal static bool Raises(float probability, int words, float escalateThreshold, float clarifyThreshold) =>
        (probability >= escalateThreshold && words >= MinWordsToEscalate) || (probability >= clarifyThreshold && words >= MinWordsToAsk);
}
