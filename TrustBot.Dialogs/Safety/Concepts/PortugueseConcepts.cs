namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Portuguese concept words (accents folded: "nao", "to", "ha").</summary>
internal static class PortugueseConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "pt",
        @"\b(?:nao|n|nunca|jamais|nem)\b",
        @"\b(?:eu)\b",
        @"\b(?:ele|ela|eles|elas|meu (?:amigo|irmao|pai|filho|namorado|marido)|minha (?:amiga|irma|mae|filha|namorada|mulher))\b",
        @" , | (?:mas|porque|porem|agora) ",
        18,
        (Concept.Ending, @"\b(?:morrer|me matar|matar me|me suicidar|suicidar me|tirar (?:a )?minha (?:propria )?vida|acabar com (?:tudo|a minha vida|minha vida)|(?:que |q )?tudo (?:isso )?(?:acabe|acabasse|termine|terminasse)|(?:nao|n) acordar mais|nunca mais acordar|sumir (?:para|pra) sempre|deixar de existir|atirar me|me atirar|me jogar|pular da ponte|me enforcar)\b"),
        (Concept.Wish, @"\b(?:queria|qria|quero que|gostaria|tomara|quem me dera|penso em|pensando em|a pensar em)\b"),
        (Concept.Intent, @"\b(?:vou|quero|decidi|estou a pensar em|to pensando em|ja sei a hora|ja sei onde)\b"),
        (Concept.Imminence, @"\b(?:hoje(?: a noite)?|esta noite|agora|amanha|logo)\b"),
        (Concept.Means, @"\b(?:comprimidos|remedios|pilulas|faca|lamina|gilete|corda|ponte|arma|veneno)\b"),
        (Concept.Farewell, @"\b(?:(?:dei|entreguei|deixei) (?:o |a )?(?:meu|minha|meus) (?:gato|gata|cachorro|cao|cadela|coisas|roupas)|(?:deixei|escrevi) uma (?:carta|nota|mensagem) (?:pra|para|a)|carta (?:pra|para) (?:minha|meu)|ultima mensagem)\b"),
        (Concept.Parting, @"\b(?:obrigad[ao] por tudo|cuidem se|adeus|tchau gente|tchau a todos|amo voces)\b"),
        (Concept.Decision, @"\b(?:ja decidi|tomei a decisao|esta decidido|decisao tomada)\b"),
        (Concept.Burden, @"\b(?:(?:todos|todo mundo|minha familia) (?:ficariam|estariam|viveriam|seriam) (?:melhor(?:es)?|mais felizes) sem mim|sou um peso|sou um fardo)\b"),
        (Concept.Overdose, @"\b(?:tomei|engoli) (?:a caixa inteira|a cartela inteira|todos os|todas as|a caixa toda|o frasco|\d+) |\bcortei (?:muito )?(?:fundo|profundo) demais|\bcortei muito fundo|\b(?:nao|n) para de sangrar|\bsangrando (?:muito|mto|demais)\b"),
        (Concept.Symptom, @"\b(?:enjoad[ao]|tont[ao]|zonz[ao]|vomit\w*|sangr\w*|passando mal)\b"),
        (Concept.SelfHarm, @"\b(?:me cortei|me cortar|me corto|cortei (?:o |meu |meus |os )?(?:braco|bracos|pulso|pulsos|coxa|coxas)|me machuquei de proposito|automutil\w*)\b"),
        (Concept.Urge, @"\b(?:recai|recaida|tive uma recaida)\b"),
        (Concept.Body, @"\b(?:bracos?|pulsos?|coxas?|pernas?)\b"),
        (Concept.AbuseActor, @"\b(?:meu (?:marido|namorado|ex|pai|padrasto|chefe|companheiro)|minha (?:mulher|namorada|mae|esposa)|ele|ela)\b"),
        (Concept.AbuseThreat, @"\b(?:se eu (?:for embora|sair|largar|deixar)\b.{0,30}\b(?:me mata|vai me matar)|ele me mata|vai me matar|ameac\w*|mata as criancas)\b"),
        (Concept.AbuseControl, @"\b(?:(?:ficou com|pegou|guarda|esconde|tomou) (?:o |a )?(?:meu|minha|meus) (?:rg|documentos?|passaporte|cartao|dinheiro|salario|identidade)|(?:nao|n) (?:me )?deixa (?:eu )?(?:ver|sair|falar|trabalhar)|me tranca|nao posso sair sozinha)\b"),
        (Concept.Fear, @"\b(?:tenho medo|to com medo|estou com medo|apavorad[ao])\b"),
        (Concept.HarmOther, @"\b(?:vou atras (?:dele|dela)|com a faca|levo a faca|vontade de (?:machucar|matar|bater em)|(?:machucar|matar) (?:a amante|aquela)|vou (?:matar|furar|esfaquear) (?:ele|ela))\b"),
        (Concept.Past, @"\b(?:ha (?:\w+ )?(?:anos|meses)|quando eu era|ano passado)\b"),
        (Concept.Recovery, @"\b(?:(?:to|tou|estou|ja estou|ja to) (?:bem |muito )?melhor|com (?:a )?terapia|ja superei)\b"),
        (Concept.Present, @"\b(?:de novo|outra vez|agora)\b"),
        (Concept.Media, @"\b(?:filme|serie|livro|novela|musica|personagem|artigo|documentario)\b"),
        (Concept.Hyperbole, @"\b(?:kkk+|haha\w*|rs+|lol)\b"));
}
