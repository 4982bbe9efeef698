using System.Globalization;

namespace TrustBot.Dialogs.Safety.Learned.Training;

/// <summary>
/// Hyper-parameters of the offline training (FTRL-proximal, the usual optimiser for hashed logistic
/// regression: per-coordinate learning rates, L1 keeps the weight file sparse). Fixed seed, so a rebuild
/// reproduces the shipped weights.
/// </summary>
internal sealed record ScreenTrainingOptions
{
    public int Bits { get; init; } = 18;

    public int Epochs { get; init; } = 8;

    public int Seed { get; init; } = 8;

    public double Alpha { get; init; } = 2.0;

    public double Beta { get; init; } = 1.0;

    public double L1 { get; init; } = 0.02;

    public double L2 { get; init; } = 0.5;

    /// <summary>Rows written by outsiders weigh more than the team's own evaluation set.</summary>
    public double OutsiderWeight { get; init; } = 2.0;

    /// <summary>Most false alarms the model may add on top of the rules, on held-out traps and ordinary messages.</summary>
    public double MaxAddedFalseAlarms { get; init; } = 0.015;

    /// <summary>Most false alarms the model's confident band (escalate rather than ask) may add.</summary>
    public double MaxAddedEscalations { get; init; } = 0.005;

    public string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"bits={Bits} epochs={Epochs} seed={Seed} alpha={Alpha} beta={Beta} l1={L1} l2={L2} outsider={OutsiderWeight} fa={MaxAddedFalseAlarms} esc={MaxAddedEscalations}");
}
