using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Arabic core phrases, matched after alef/teh-marbuta/yeh folding and with short vowels removed.</summary>
internal static class ArabicRules
{
    public static LanguageRules Build() => new()
    {
        Language = "ar",
        // Arabizi (Arabic in Latin letters, digits for sounds) so its concepts run: "ana 3ayza", "khalas", "ma3".
        Stopwords = Words("ana 3ayza 3ayez bade badi khalas 5alas ma3 yalli hal wallah enta enti nafsi 7abibi mesh msh ya3ni kaman"),
        Negators = Words("لا ما مش لن لم مو ماني"),
        MediaMarkers = Compile(@"فيلم|مسلسل|روايه|كتاب|اغنيه|مقال|احصائيات"),
        Affirmations = Compile(@"^ (?:نعم|ايوه|اي|احيانا)"),
        Vetoes = [Compile(@"اموت من الضحك|ميت من التعب")],
        Concepts = Concepts.ArabicConcepts.Build(),
        Rules =
        [
            Rule("ar.medical.overdose", Medical, MedicalEmergency, @"(?:اخذت|بلعت) (?:كل|كثير من|علبه) (?:ال)?(?:حبوب|دواء|ادويه)|جرعه زائده|لا استطيع التنفس|ما اقدر اتنفس|الم في صدري", Media),
            Rule("ar.suicidal.explicit", Escalate, SuicidalThoughts, @"اريد ان اموت|ابغى اموت|بدي موت|نفسي اموت|انتحر|الانتحار|انتحار|اقتل نفسي|انهي حياتي", Negation | Media),
            Rule("ar.passive.death-wish", Clarify, PassiveDeathWish, @"لا اريد ان اعيش|ما ابغى اعيش|مش عايز اعيش|افضل بدوني|ليتني مت", Media),
            Rule("ar.selfharm", Escalate, SelfHarm, @"اؤذي نفسي|اوذي نفسي|اجرح نفسي|جرحت نفسي", Media),
            Rule("ar.abuse", Abuse, DangerAbuse, @"(?:زوجي|هو) (?:يضربني|ضربني)|يضربني|ضربني|هددني بالقتل|خايفه ارجع البيت|خائفه من العوده الى البيت|عنف اسري", Media),
        ],
    };
}
