namespace TrustBot.Dialogs.Safety.Learned;

/// <summary>The learned screen's output classes: no crisis, or the kind of crisis (the training TSVs' category column).</summary>
public enum ScreenClass
{
    None = 0,
    Suicidal = 1,
    Passive = 2,
    Goodbye = 3,
    SelfHarm = 4,
    Medical = 5,
    Abuse = 6,
    HarmOthers = 7,
}
