namespace TrustBot.Dialogs.Safety;

/// <summary>The kind of risk a rule recognised; <see cref="None"/> when nothing fired.</summary>
public enum CrisisCategory
{
    None = 0,
    SuicidalThoughts = 1,
    PassiveDeathWish = 2,
    SelfHarm = 3,
    MedicalEmergency = 4,
    DangerAbuse = 5,
    HarmToOthers = 6,
}
