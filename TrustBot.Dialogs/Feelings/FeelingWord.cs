namespace TrustBot.Dialogs.Feelings;

/// <summary>
/// One feeling word the person can pick or type. Valence and arousal run from -1 to 1 so charts can
/// place the word on the Mood Meter; <see cref="GoEmotion"/> maps it to the nearest GoEmotions label so
/// a classifier can be evaluated against public data.
/// </summary>
/// <param name="Id">Stable lower-case id, stored in check-ins (never rename without a migration).</param>
/// <param name="Title">Button text and the word used in messages.</param>
/// <param name="Core">The first-level feeling this word belongs to.</param>
/// <param name="Valence">-1 unpleasant to 1 pleasant.</param>
/// <param name="Arousal">-1 low energy to 1 high energy.</param>
/// <param name="GoEmotion">Nearest GoEmotions label (Demszky et al. 2020).</param>
public sealed record FeelingWord(string Id, string Title, FeelingCore Core, double Valence, double Arousal, string GoEmotion)
{
    /// <summary>The Mood Meter quadrant; zero arousal counts as low energy.</summary>
    public MoodQuadrant Quadrant => (Valence >= 0, Arousal > 0) switch
    {
        (true, true) => MoodQuadrant.HighEnergyPleasant,
        (true, false) => MoodQuadrant.LowEnergyPleasant,
        (false, true) => MoodQuadrant.HighEnergyUnpleasant,
        (false, false) => MoodQuadrant.LowEnergyUnpleasant,
    };

    /// <summary>True for unpleasant words (used to pick actions and to word encouragement).</summary>
    public bool IsUnpleasant => Valence < 0;
}
