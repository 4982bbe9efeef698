namespace TrustBot.Dialogs.Safety.Learned.Training;

/// <summary>A row scored by a model that never saw its file, next to the rules' verdict on it.</summary>
internal sealed record HeldOutResult(LabelledMessage Row, bool RulesCrisis, ScreenPrediction Prediction, int Words)
{
    /// <summary>The combined verdict: the rules', raised by the model as the detector raises it.</summary>
    public bool Flagged(float escalateThreshold, float clarifyThreshold) =>
        RulesCrisis || LearnedScreen.Raises(Prediction.CrisisProbability, Words, escalateThreshold, clarifyThreshold);
}
