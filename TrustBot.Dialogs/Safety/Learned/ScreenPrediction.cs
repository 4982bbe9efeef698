namespace TrustBot.Dialogs.Safety.Learned;

/// <summary>The model's reading of one message: how likely it is a crisis, and which kind it most resembles.</summary>
/// <param name="CrisisProbability">One minus the probability of <see cref="ScreenClass.None"/>.</param>
/// <param name="Class">The most probable crisis class (never <see cref="ScreenClass.None"/>).</param>
public readonly record struct ScreenPrediction(float CrisisProbability, ScreenClass Class);
