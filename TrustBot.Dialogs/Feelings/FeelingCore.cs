namespace TrustBot.Dialogs.Feelings;

/// <summary>The first-level feelings offered as buttons (a Willcox-style wheel adapted to trust work).</summary>
public enum FeelingCore
{
    Sad,
    Scared,
    Angry,
    Hurt,
    Lonely,
    Calm,
    Happy,
    Hopeful,
}
