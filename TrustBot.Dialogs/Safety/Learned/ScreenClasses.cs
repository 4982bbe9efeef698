namespace TrustBot.Dialogs.Safety.Learned;

/// <summary>Names of the classes in the training files and what each one means for the conversation.</summary>
internal static class ScreenClasses
{
    public const int Count = 8;

    /// <summary>The class of a training row's category column (both file formats); null for an unknown category.</summary>
    public static ScreenClass? FromCategory(string category) => category switch
    {
        "none" or "trap" or "ordinary" => ScreenClass.None,
        "suicidal" => ScreenClass.Suicidal,
        "passive" => ScreenClass.Passive,
        "goodbye" => ScreenClass.Goodbye,
        "selfharm" => ScreenClass.SelfHarm,
        "medical" => ScreenClass.Medical,
        "abuse" => ScreenClass.Abuse,
        "harm-others" => ScreenClass.HarmOthers,
        _ => null,
    };

    public static string Name(ScreenClass screenClass) => screenClass switch
    {
        ScreenClass.Suicidal => "suicidal",
        ScreenClass.Passive => "passive",
        ScreenClass.Goodbye => "goodbye",
        ScreenClass.SelfHarm => "selfharm",
        ScreenClass.Medical => "medical",
        ScreenClass.Abuse => "abuse",
        ScreenClass.HarmOthers => "harm-others",
        _ => "none",
    };

    public static CrisisCategory Category(ScreenClass screenClass) => screenClass switch
    {
        ScreenClass.Suicidal or ScreenClass.Goodbye => CrisisCategory.SuicidalThoughts,
        ScreenClass.Passive => CrisisCategory.PassiveDeathWish,
        ScreenClass.SelfHarm => CrisisCategory.SelfHarm,
        ScreenClass.Medical => CrisisCategory.MedicalEmergency,
        ScreenClass.Abuse => CrisisCategory.DangerAbuse,
        ScreenClass.HarmOthers => CrisisCategory.HarmToOthers,
        _ => CrisisCategory.None,
    };

    /// <summary>
    /// The flow a confident reading opens. A passive wish is always asked about (safety.md); abuse opens
    /// the abuse flow even when less sure, since its first step is the gentle "is it safe to talk?".
    /// </summary>
    public static CrisisDecision Decision(ScreenClass screenClass, bool confident) => screenClass switch
    {
        ScreenClass.None => CrisisDecision.Continue,
        ScreenClass.Abuse => CrisisDecision.Abuse,
        ScreenClass.Passive => CrisisDecision.Clarify,
        ScreenClass.Medical when confident => CrisisDecision.Medical,
        _ when confident => CrisisDecision.Escalate,
        _ => CrisisDecision.Clarify,
    };
}
