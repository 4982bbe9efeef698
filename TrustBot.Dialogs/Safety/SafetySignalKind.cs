namespace TrustBot.Dialogs.Safety;

/// <summary>Signals a dialog raises for the safety layer to act on after the step.</summary>
public enum SafetySignalKind
{
    /// <summary>An intensity of 8 or more.</summary>
    HighIntensity,

    /// <summary>Three check-ins in a row getting worse.</summary>
    Worsening,

    /// <summary>A "trust trigger" that reads as monitoring, isolation or threats: the abuse flow, not a trust exercise.</summary>
    ControllingBehaviour,
}
