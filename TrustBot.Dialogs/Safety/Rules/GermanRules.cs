using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>German core phrases (umlauts folded: "mochte sterben", "schlagt mich", ß -> ss).</summary>
internal static class GermanRules
{
    public static LanguageRules Build() => new()
    {
        Language = "de",
        Stopwords = Words("ich nicht und der die das mein meine ist bin mich mir will ein eine es er sie aber mehr habe kann so auch was wie nur leben"),
        Negators = Words("nicht nie niemals kein keine keinen nimmer"),
        NegationExempt = Words("mehr"),
        ConditionOpeners = Words("wenn falls"),
        ClauseBreakers = Words("aber und weil obwohl doch sondern"),
        FirstPersonSubjects = Words("ich"),
        ThirdPersonSubjects = Words("er sie freund freundin schwester bruder mutter vater sohn tochter mann"),
        PastMarkers = Compile(@"\b(?:fruher|vor (?:\w+ )?jahren|als jugendliche[rn]?|als kind|damals|letztes jahr|mir geht es (?:jetzt )?(?:wieder )?gut|jetzt geht es mir (?:wieder )?gut)\b"),
        RecentMarkers = Compile(@"\b(?:wieder|heute|heute nacht|gestern|jetzt gerade|gerade)\b"),
        MediaMarkers = Compile(@"\b(?:film|serie|buch|roman|lied|figur|artikel|aufsatz|hausarbeit|statistik|statistiken|raten|pravention|dokumentation)\b"),
        DistressCues = Compile(@"\b(?:ich kann nicht mehr|hoffnungslos|verlassen|betrogen|job verloren)\b"),
        Affirmations = Compile(@"^ (?:ja|manchmal|ein bisschen|vielleicht|schon)\b"),
        Vetoes =
        [
            Compile(@"\bich sterbe vor (?:hunger|lachen|langeweile|durst|neugier|hitze)\b|\btodmude\b|\bdas bringt mich (?:noch )?um\b|\bzeit totschlagen\b"),
        ],
        Concepts = Concepts.GermanConcepts.Build(),
        Rules =
        [
            Rule("de.medical.overdose", Medical, MedicalEmergency, @"\b(?:[1-9][0-9]+|zehn|zwanzig|dreissig|alle|eine ganze packung|viele) (?:\w+ )?(?:tabletten|pillen|schlaftabletten|paracetamol) (?:genommen|geschluckt)\b|\buberdosis\b|\b(?:kann nicht (?:mehr )?atmen|bekomme keine luft|kriege keine luft)\b|\bkeine luft mehr\b|\bbrustschmerzen\b|\bschmerzen in der brust\b", Negation | Past | Media),
            Rule("de.suicidal.explicit", Escalate, SuicidalThoughts, @"\bich (?:will|mochte|werde|wurde gern|wurde lieber) (?:(?!nicht |nie |kein)\w+ ){0,3}sterben\b|\bich will tot sein\b|\bmich (?:(?!nicht |nie |niemals )\w+ ){0,3}(?:umbringen|umzubringen|toten|zu toten)\b|\bbringe? mich (?:(?!nicht |nie |niemals )\w+ ){0,2}um\b|\bmir das leben nehmen\b|\bselbstmord\b|\bsuizid\w*\b|\bmein leben beenden\b|\balles beenden\b|\bdas ist mein abschied\b|\b(?:tabletten|pillen|schlaftabletten) (?:gesammelt|gehortet|gespart|zusammengespart)\b|\b(?:ein seil|eine waffe|tabletten|schlaftabletten) (?:besorgt|gekauft|gesammelt|bereitgelegt)\b"),
            Rule("de.passive.death-wish", Clarify, PassiveDeathWish, @"\b(?:mude|lebensmude|erschopft|satt) (?:zu leben|vom leben|des lebens)\b|\bich bin lebensmude\b|\bkeinen sinn (?:mehr )?(?:im|in meinem|zu) leben\b|\b(?:das|mein) leben hat (?:keinen sinn|keinen zweck) mehr\b|\b(?:ich )?will nicht mehr leben\b|\bmochte nicht mehr leben\b|\bnicht mehr aufwachen\b|\bbesser (?:dran |daran )?ohne mich\b|\bich bin eine last\b|\bkeinen grund (?:mehr )?zu leben\b|\bich kann nicht mehr weiterleben\b", Past | Media),
            Rule("de.selfharm", Escalate, SelfHarm, @"\b(?:ich ritze mich|mich ritzen|geritzt|ich schneide mich|mich selbst verletzen|ich verletze mich|selbstverletzung)\b"),
            Rule("de.harm-others", Escalate, HarmToOthers, @"\bich (?:bringe|bring) (?:ihn|sie) um\b|\bich will (?:ihn|sie) umbringen\b|\bich werde (?:ihn|sie) (?:umbringen|verletzen)\b", Negation | Past | Media),
            Rule("de.abuse", Abuse, DangerAbuse, @"\b(?:er|sie|mein \w+|meine \w+) (?:hat mich (?:\w+ ){0,3}(?:geschlagen|gewurgt|vergewaltigt|bedroht|getreten|verletzt|gestossen|verprugelt)|(?:schlagt|wurgt|tritt|bedroht|verprugelt) mich)\b|\b(?:er|sie|mein mann|mein freund|meine frau) (?:schlagt mich|hat mich geschlagen|bedroht mich|hat mich bedroht|hat mich vergewaltigt|wurgt mich|hat mich gewurgt)\b|\bdroht (?:mich|mir) (?:umzubringen|zu toten)\b|\blasst mich nicht (?:gehen|raus|weg)\b|\bangst nach hause zu gehen\b|\bhausliche gewalt\b|\bangst vor (?:meinem|meiner) (?:mann|freund|partner|partnerin|frau|freundin|vater|stiefvater|ex)\b|\bich wurde vergewaltigt\b", Negation | Past | Media),
        ],
    };
}
