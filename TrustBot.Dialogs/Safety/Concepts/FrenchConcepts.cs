namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>French concept words (accents folded, apostrophes dropped: "jaimerais", "sarrete").</summary>
internal static class FrenchConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "fr",
        @"\b(?:ne|pas|jamais|rien|ni)\b",
        @"\b(?:je|j|jme|jai|moi)\b",
        @"\b(?:il|elle|ils|elles|mon (?:ami|frere|pere|fils|copain|mari)|ma (?:soeur|mere|fille|copine|femme|amie))\b",
        @" , | (?:mais|parce que|car|puis|maintenant) ",
        20,
        (Concept.Ending, @"\b(?:mourir|me tuer|me suicider|en finir|mettre fin a (?:mes jours|ma vie)|(?:que )?tout (?:s)?arrete|(?:que )?tout (?:se )?termine|ne (?:pas|plus) me reveiller|ne jamais me reveiller|disparaitre pour toujours|(?:veux|peux) plus vivre|me jeter (?:du|sous|d un|par)|me pendre|sauter (?:du|d un) (?:pont|toit))\b"),
        (Concept.Wish, @"\b(?:jaimerais|je voudrais|jvoudrais|je veux que|jveux que|jespere|si seulement|je pense a|jpense a|envie de)\b"),
        (Concept.Intent, @"\b(?:je vais|jvais|je veux|jveux|jai decide de|je compte)\b"),
        (Concept.Imminence, @"\b(?:ce soir|aujourdhui|maintenant|demain|cette nuit|ce week end|bientot|tout de suite)\b"),
        (Concept.Means, @"\b(?:cachets|comprimes|medicaments|pilules|lame|couteau|corde|pont|arme|fusil|somniferes)\b"),
        (Concept.Farewell, @"\b(?:(?:jai )?donne (?:mon|ma|mes) (?:chat|chien|chienne|affaires|animal)|(?:jai )?(?:ecrit|laisse) (?:une|des) (?:lettres?|mots?) (?:pour|a)|(?:lettre|mot) (?:pour|a) (?:mes|mon|ma)|mes adieux|dernier message)\b"),
        (Concept.Parting, @"\b(?:merci pour tout|prenez soin de vous|prends soin de toi|adieu|je vous aime tous|au revoir tout le monde)\b"),
        (Concept.Decision, @"\b(?:cest decide|jai pris (?:ma|la) decision|ma decision est prise|jai decide)\b"),
        (Concept.Burden, @"\b(?:(?:tout le monde|ils|ma famille) (?:serai(?:en)?t|seront|iraient|vivrai(?:en)?t) mieux sans moi|mieux sans moi|je suis un fardeau|un poids pour (?:tout le monde|eux|ma famille))\b"),
        (Concept.Overdose, @"\b(?:pris|avale) (?:toute (?:la|une) (?:boite|plaquette)|tous mes|toutes mes|tous les|toutes les|une boite entiere|la boite entiere) |\b(?:coupe|coupee) trop profond|\barrete pas de saigner|\bsaigne (?:beaucoup|sans arret)\b"),
        (Concept.Symptom, @"\b(?:vertiges?|la tete qui tourne|nausee|vomi\w*|saign\w*)\b"),
        (Concept.SelfHarm, @"\b(?:(?:je )?me (?:suis )?(?:coupe|coupee|scarifie|scarifiee|mutile|brule)|jme (?:suis )?(?:coupe|scarifie)|me faire du mal|scarif\w*|automutil\w*)\b"),
        (Concept.Urge, @"\b(?:rechute|rechuter)\b"),
        (Concept.Body, @"\b(?:bras|poignets?|cuisses?|jambes?)\b"),
        (Concept.AbuseActor, @"\b(?:mon (?:mari|copain|ex|pere|beau pere|patron|conjoint)|ma (?:femme|copine|mere)|il|elle|ma dit|il dit)\b"),
        (Concept.AbuseThreat, @"\b(?:(?:allait|va|veut) me tuer|me tuera|si je (?:pars|le quitte|men vais)\b.{0,40}\btuer|menace\w* de|publier mes photos)\b"),
        (Concept.AbuseControl, @"\b(?:(?:garde|prend|a pris|cache|confisque) (?:ma|mes|mon) (?:carte bancaire|papiers|passeport|carte|argent|salaire)|(?:verifie|fouille) mon (?:tel|telephone|portable) (?:chaque|tous)|menferme|ne me laisse pas (?:sortir|voir|partir)|je (?:ne )?peux pas sortir seule?)\b"),
        (Concept.Fear, @"\b(?:jai peur|je suis terrifiee?|peur de (?:lui|rentrer))\b"),
        (Concept.HarmOther, @"\b(?:(?:lui|le|la) (?:defoncer|tuer|planter|buter|faire souffrir|faire du mal)|envie de (?:la|le|lui) (?:faire souffrir|tuer|frapper|faire du mal)|jai pris (?:la|le|un|une) (?:batte|couteau|arme|flingue)|je lattends en bas de chez)\b"),
        (Concept.Past, @"\b(?:il y a (?:\w+ )?(?:ans|mois)|autrefois|quand jetais|lannee derniere)\b"),
        (Concept.Recovery, @"\b(?:je vais (?:beaucoup |bien )?mieux|ca va (?:beaucoup )?mieux|grace a (?:la )?therapie|avec la therapie)\b"),
        (Concept.Present, @"\b(?:encore|maintenant|de nouveau|a nouveau)\b"),
        (Concept.Media, @"\b(?:film|serie|livre|roman|chanson|personnage|article|documentaire)\b"),
        (Concept.Hyperbole, @"\b(?:mdr|ptdr|lol|xd)\b"));
}
