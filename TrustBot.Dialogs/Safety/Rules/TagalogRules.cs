using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Tagalog / Taglish core phrases ("gusto ko nang mamatay", "magpapakamatay ako").</summary>
internal static class TagalogRules
{
    public static LanguageRules Build() => new()
    {
        Language = "tl",
        Stopwords = Words("ako ko na ang nang gusto hindi ng sa ayoko mo siya ka naman lang talaga kasi ba po yung ito"),
        Negators = Words("hindi di wag huwag"),
        ClauseBreakers = Words("pero at kasi"),
        MediaMarkers = Compile(@"\b(?:pelikula|teleserye|libro|kanta|artikulo|sanaysay)\b"),
        Affirmations = Compile(@"^ (?:oo|opo|minsan|medyo|siguro)\b"),
        Vetoes = [Compile(@"\b(?:mamatay|patay) (?:sa|na) (?:kakatawa|tawa|gutom|inggit)\b|\bpapatayin ako ni (?:mama|papa|nanay|tatay|mommy|daddy|mami|papi|ate|kuya|lola)\b(?=.{0,40}\b(?:pag|kapag|kung|pagka) (?:nalaman|malaman|makita|nakita)\b)")],
        Concepts = Concepts.TagalogConcepts.Build(),
        Rules =
        [
            Rule("tl.medical.overdose", Medical, MedicalEmergency, @"\b(?:uminom|ininom) (?:ako )?(?:ng )?(?:maraming|lahat ng|[1-9][0-9]+) (?:na )?(?:gamot|tableta|pills)\b|\bhindi (?:ako )?makahinga\b", Past | Media),
            Rule("tl.suicidal.explicit", Escalate, SuicidalThoughts, @"\bgusto (?:ko )?(?:\w+ ){0,2}mamatay\b|\bgusto kong mamatay\b|\bmawala (?:na )?(?:sa mundo|sa mundong ito|nang tuluyan|na lang)\b|\bmagpapakamatay\b|\bmagpakamatay\b|\bpapatayin ko (?:na )?(?:ang )?sarili ko\b|\bpatayin ang sarili\b|\b(?:tapusin|wakasan) (?:ko )?(?:na )?(?:ang )?buhay ko\b", Negation | Media),
            Rule("tl.passive.death-wish", Clarify, PassiveDeathWish, @"\bayoko (?:na )?(?:nang |ng )?mabuhay\b|\bpagod na (?:ako )?(?:sa buhay|mabuhay|sa pagmamabuhay)\b|\bmas (?:mabuti|okay) (?:sila|kayo) kung wala (?:na )?ako\b", Past | Media),
            Rule("tl.selfharm", Escalate, SelfHarm, @"\b(?:saktan|sinasaktan|sinaktan) (?:ko )?(?:ang )?sarili ko\b|\bnaglalaslas\b|\blaslas\b"),
            Rule("tl.abuse", Abuse, DangerAbuse, @"\b(?:sinasaktan|sinaktan|binubugbog|binugbog|sinampal|sinasampal) (?:niya |nya )?ako\b|\btakot (?:akong |ako )?umuwi\b|\bpapatayin (?:daw )?(?:niya |nya )?ako\b", Past | Media),
        ],
    };
}
