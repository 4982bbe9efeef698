namespace TrustBot.Dialogs.Feelings;

/// <summary>Mood Meter quadrant: energy (arousal) by pleasantness (valence). Labels are words, never colour alone.</summary>
public enum MoodQuadrant
{
    /// <summary>Unpleasant and high energy (anxious, angry, jealous).</summary>
    HighEnergyUnpleasant,

    /// <summary>Unpleasant and low energy (sad, lonely, tired).</summary>
    LowEnergyUnpleasant,

    /// <summary>Pleasant and high energy (happy, excited, hopeful).</summary>
    HighEnergyPleasant,

    /// <summary>Pleasant and low energy (calm, safe, relieved).</summary>
    LowEnergyPleasant,
}
