namespace TrustBot.Dialogs.Safety.Learned.Training;

/// <summary>A row scored by a model that never saw its file, next to the rules' verdict on it.</summary>
internal sealed record HeldOutResult(LabelledMessage Row, bool RulesCrisis, ScreenPrediction Prediction)
{
    public bool Flagged(float clarifyThreshold) => RulesCrisis || Prediction.CrisisProbability >= clarifyThreshold;
}
