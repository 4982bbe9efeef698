namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Which context checks a rule's match must pass before it counts.</summary>
[Flags]
internal enum RuleGuards
{
    None = 0,

    /// <summary>A negator just before the match ("I would never hurt myself") cancels it.</summary>
    Negation = 1,

    /// <summary>A past or recovery marker in the sentence without a recent one ("used to", "years clean") turns it into history.</summary>
    Past = 2,

    /// <summary>A third-person subject before the match ("my friend wants to die") makes it a helper case.</summary>
    Subject = 4,

    /// <summary>Media, study or fiction in the same clause ("an essay on suicide rates") cancels it.</summary>
    Media = 8,

    /// <summary>Alone the rule only clarifies; after recent distress in the conversation it escalates (means, methods, bridges).</summary>
    EscalatesAfterDistress = 16,

    /// <summary>The rule describes someone else at risk; it never escalates but flags helper resources.</summary>
    ThirdPartyRule = 32,

    /// <summary>The usual checks for a first-person statement about oneself.</summary>
    Self = Negation | Past | Subject | Media,
}
