namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>German concept words (umlauts folded, sharp s as "ss").</summary>
internal static class GermanConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "de",
        @"\b(?:nicht|nie|niemals|kein|keine|keinen|nich|nix)\b",
        @"\b(?:ich|ick)\b",
        @"\b(?:er|sie|mein (?:freund|bruder|vater|sohn|mann)|meine (?:freundin|schwester|mutter|tochter|frau))\b",
        @" , | (?:aber|weil|denn|dann|jetzt|naja) ",
        20,
        (Concept.Ending, @"\b(?:sterben|mich umbringen|mich umzubringen|mich umzubrigen|selbstmord|suizid\w*|mich toten|mein leben beenden|(?:dass )?alles aufhort|alles beenden|nicht mehr (?:leben|aufwachen|da sein)|nie mehr aufwachen|fur immer verschwinden|(?:von der|von einer) brucke springen|mich vor (?:den|einen) zug)\b"),
        (Concept.Wish, @"\b(?:will nur noch|mochte|wunschte|wunsche mir|ich wurde gern|denk\w* (?:dran|daran|an)|wenn ich doch)\b"),
        (Concept.Intent, @"\b(?:ich will|ich werde|ich hab vor|ich habe vor|entschieden)\b"),
        (Concept.Imminence, @"\b(?:heute(?: nacht| abend)?|jetzt|gleich|morgen|dieses wochenende|bald)\b"),
        (Concept.Means, @"\b(?:tabletten|pillen|medikamente|klinge|rasierklinge|messer|seil|strick|brucke|waffe|pistole|schlaftabletten)\b"),
        (Concept.Plan, @"\b(?:(?:hab|habe) (?:schon )?(?:geguckt|nachgeschaut|gegoogelt|recherchiert) wie (?:viele|viel)|wie viele tabletten man braucht|einen plan)\b"),
        (Concept.Farewell, @"\b(?:(?:meinen|meine|mein) (?:hund|katze|kater|sachen) (?:zu|an) (?:\w+ ){1,2}(?:gebracht|gegeben|verschenkt)|briefe? (?:an|fur) (?:alle|meine|meinen)|abschiedsbrief\w*|letzte nachricht)\b"),
        (Concept.Parting, @"\b(?:danke fur alles|machts gut|macht es gut|lebt wohl|lebwohl|tschuss an alle)\b"),
        (Concept.Decision, @"\b(?:entscheidung ist gefallen|(?:hab|habe) mich entschieden|es ist entschieden|mein entschluss steht)\b"),
        (Concept.Burden, @"\b(?:(?:alle|jeder|meine familie) (?:waren|ware) ohne mich (?:\w+ )?(?:besser dran|glucklicher)|ohne mich (?:\w+ )?besser dran|ich bin (?:nur )?eine last)\b"),
        (Concept.Overdose, @"\b(?:die ganze packung|eine ganze packung|alle (?:meine )?(?:tabletten|pillen))\b|\b(?:zu tief geschnitten|hort (?:nicht|nich) auf zu bluten|blutet (?:stark|ununterbrochen))\b"),
        (Concept.Ingested, @"\b(?:geschluckt|eingeworfen)\b"),
        (Concept.Symptom, @"\b(?:total schlecht|mir ist (?:so |total )?(?:schlecht|ubel|schwindlig)|schwindlig|schwindelig|erbrechen|blut\w*)\b"),
        (Concept.SelfHarm, @"\b(?:mich (?:wieder )?(?:geritzt|ritzen|geschnitten|verletzt|verletzen)|ritz\w*|selbstverletz\w*|svv)\b"),
        (Concept.Urge, @"\b(?:ruckfall|ruckfallig)\b"),
        (Concept.Body, @"\b(?:arme?|handgelenke?|oberschenkel|beine?)\b"),
        (Concept.AbuseActor, @"\b(?:mein (?:mann|freund|ex|vater|stiefvater|chef|partner)|meine (?:frau|freundin|mutter)|er|sie)\b"),
        (Concept.AbuseThreat, @"\b(?:bringt (?:er|sie) mich um|(?:wird|will) mich umbringen|droht\w*|wenn ich (?:ihn|sie) verlasse\b.{0,30}\b(?:umbringen|um|toten))\b"),
        (Concept.AbuseControl, @"\b(?:(?:hat|nimmt|behalt|versteckt) (?:meinen|meine|mein) (?:pass|ausweis|ec karte|karte|geld|papiere|lohn)|ich darf nicht (?:allein )?(?:raus|weg|arbeiten)|sperrt mich ein|lasst mich nicht (?:raus|gehen))\b"),
        (Concept.Fear, @"\b(?:ich hab angst|ich habe angst|angst vor ihm|angst vor ihr)\b"),
        (Concept.HarmOther, @"\b(?:stech\w* (?:ihn|sie) ab|(?:ihn|sie|ihr) (?:umbringen|abstechen|richtig wehzutun|wehzutun|weh tun|verletzen)|das messer (?:hab|habe) ich dabei|mit (?:dem|einem) messer zu (?:ihm|ihr))\b"),
        (Concept.Past, @"\b(?:vor (?:\w+ )?jahren|fruher|damals|letztes jahr)\b"),
        (Concept.Recovery, @"\b(?:(?:geht es|gehts|geht s) mir (?:\w+ )?besser|dank (?:der )?therapie|mit therapie)\b"),
        (Concept.Present, @"\b(?:wieder|jetzt|heute nacht)\b"),
        (Concept.Media, @"\b(?:film|serie|buch|roman|lied|figur|artikel|doku)\b"),
        (Concept.Hyperbole, @"\b(?:haha\w*|lol|xd)\b"));
}
