using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>French core phrases (accents folded, apostrophes joined: "jai envie de mourir", "il ma frappee").</summary>
internal static class FrenchRules
{
    public static LanguageRules Build() => new()
    {
        Language = "fr",
        Stopwords = Words("je le la les et est pas ne mon ma suis veux tout avec moi jai il elle mais plus des du une un cest qui envie vie sais quoi bon ca rien jamais"),
        Negators = Words("ne pas jamais aucune aucun ni sans"),
        NegationExempt = Words("sais peux"),
        ConditionOpeners = Words("si quand"),
        ClauseBreakers = Words("mais et car pourtant parce"),
        FirstPersonSubjects = Words("je jai moi"),
        ThirdPersonSubjects = Words("il elle ils elles ami amie soeur frere mere pere fils fille copain copine mari femme"),
        PastMarkers = Compile(@"\b(?:il y a (?:\w+ )?(?:ans|mois)|quand jetais (?:petit|petite|ado|adolescent|adolescente|jeune)|avant|dans le passe|je vais mieux maintenant|ca va mieux maintenant|lannee derniere|autrefois)\b"),
        RecentMarkers = Compile(@"\b(?:encore|ce soir|aujourdhui|hier soir|maintenant|a nouveau|de nouveau)\b"),
        MediaMarkers = Compile(@"\b(?:film|serie|livre|roman|chanson|personnage|article|essai|dissertation|statistiques|taux|prevention|documentaire|expose)\b"),
        DistressCues = Compile(@"\b(?:je nen peux plus|plus la force|desespere|il ma quitte|elle ma quitte|trompe|jai perdu mon (?:travail|emploi))\b"),
        Affirmations = Compile(@"^ (?:oui|ouais|parfois|un peu|peut etre)\b"),
        Vetoes =
        [
            Compile(@"\bmort(?:e)? de (?:rire|fatigue|faim|peur|honte)\b|\bje meurs (?:de|denvie) (?:faim|soif|envie|rire|chaud|froid|impatience)\b|\bje meurs denvie\b|\bca me tue\b|\btuer le temps\b|\bmourir de (?:honte|rire|faim|ennui)\b"),
        ],
        Concepts = Concepts.FrenchConcepts.Build(),
        Rules =
        [
            Rule("fr.medical.overdose", Medical, MedicalEmergency, @"\b(?:jai pris|jai avale|pris|avale) (?:\w+ )?(?:[1-9][0-9]+|dix|vingt|trente|toute la boite|toute la plaquette|tous mes|toutes mes|beaucoup de) (?:\w+ )?(?:cachets|comprimes|medicaments|pilules|doliprane|paracetamol)\b|\b(?:surdose|overdose)\b|\bje (?:narrive|ne peux) (?:pas|plus) (?:a )?respirer\b|\bdouleur (?:a la|dans la) poitrine\b|\bmal a la poitrine\b", Negation | Past | Media),
            Rule("fr.suicidal.explicit", Escalate, SuicidalThoughts, @"\b(?:je vais|je veux|jai envie de) (?:prendre|avaler) (?:toutes? (?:mes|les)|tous (?:mes|les)|la boite de|le flacon de|la plaquette de) (?:\w+ )?(?:pilules|comprimes|cachets|medicaments|somniferes)\b|\b(?:je vais|je veux|jai envie de|je pense a) (?:me )?(?:sauter|me jeter|jeter) (?:du|dun|depuis|de la|par la|sous (?:le|un)) (?:haut (?:du|dun|de la) )?(?:pont|immeuble|toit|fenetre|balcon|falaise|train|metro)\b|\b(?:je vais|je veux|jai envie de) me (?:pendre|noyer|tirer une balle|jeter sous)\b|\bje veux (?:mourir|me tuer|me suicider|en finir|disparaitre pour toujours)\b|\benvie de (?:mourir|me tuer|me suicider|en finir|disparaitre pour toujours|ne plus exister)\b|\bje vais (?:me tuer|me suicider|en finir)\b|\bme (?:suicider|tuer|foutre en lair)\b|\bmettre fin a (?:mes jours|ma vie)\b|\ben finir avec (?:la vie|tout)\b|\bsuicide\b|\bcest un adieu\b|\badieu pour toujours\b"),
            Rule("fr.passive.death-wish", Clarify, PassiveDeathWish, @"\ba quoi bon (?:vivre|continuer|exister|me lever)\b|\bla vie na (?:plus )?(?:aucun )?sens\b|\bje ne veux plus vivre\b|\bplus envie de vivre\b|\bje veux plus vivre\b|\bje ne veux plus me reveiller\b|\b(?:fatigue|fatiguee|epuise|epuisee|las|lasse|marre) (?:de|d) (?:vivre|la vie|exister|etre en vie)\b|\b(?:jaimerais|je voudrais|je veux|jespere|je prefererais|je souhaite) ne (?:plus|pas|jamais) (?:me )?(?:reveiller|exister|etre la|vivre)\b|\bne plus (?:jamais )?me reveiller\b|\bils seraient mieux sans moi\b|\btout le monde serait mieux sans moi\b|\bmieux sans moi\b|\bje suis un fardeau\b|\b(?:pas|plus|aucune) (?:de )?raisons? de vivre\b|\bje ne peux plus continuer\b", Past | Media),
            Rule("fr.selfharm", Escalate, SelfHarm, @"\bje me suis (?:encore|de nouveau|a nouveau|re) ?(?:coupee?|scarifiee?|brulee?|fait du mal)\b|\b(?:je me scarifie|je me suis scarifiee?|me scarifier|je me coupe|je me suis coupee? (?:expres|les bras|les poignets)|me faire du mal|je me fais du mal|automutilation)\b"),
            Rule("fr.harm-others", Escalate, HarmToOthers, @"\bje vais (?:le tuer|la tuer|les tuer|lui faire du mal)\b|\bje veux (?:le tuer|la tuer)\b", Negation | Past | Media),
            Rule("fr.abuse", Abuse, DangerAbuse, @"\b(?:il|elle|mon mari|mon copain|ma femme) (?:me frappe|ma frappee?|me bat|ma battue?|me menace|ma menacee?|ma violee?|ma etranglee?|me viole)\b|\b(?:il|elle|mon (?:mari|copain|ex|pere|beau pere|compagnon|conjoint|fiance)|ma (?:femme|copine|mere|compagne))\b(?: \w+){0,8}? (?:me frappe|me bat|menferme|me menace|me cogne|me gifle|metrangle|ma frappee?|ma battue?|ma enfermee?)\b|\bmenace de me tuer\b|\bpeur (?:quil|quelle|qu il|qu elle) (?:ne )?(?:me )?(?:tue|frappe|fasse du mal)\b|\bme (?:force|forcait|forcer) a (?:coucher|faire l amour|avoir des relations)\b|\bma forcee? a (?:coucher|faire l amour)\b|\bpeur de rentrer (?:chez moi|a la maison)\b|\bil ne me laisse pas sortir\b|\bviolences? conjugales?\b|\bjai ete violee?\b", Negation | Past | Media),
        ],
    };
}
