using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Portuguese core phrases (accents folded: "nao quero mais viver", "me matar").</summary>
internal static class PortugueseRules
{
    public static LanguageRules Build() => new()
    {
        Language = "pt",
        Stopwords = Words("sem mim mundo ficaria seria eu nao que de e o meu minha estou quero com voce muito isso tenho mais mas ele ela vida ja tou uma um pra vou hoje tomei voce em os as todos todas dias penso minha familia"),
        Negators = Words("nao nunca jamais nem"),
        NegationExempt = Words("aguento consigo sei"),
        ConditionOpeners = Words("se quando"),
        ClauseBreakers = Words("mas e porque porem"),
        FirstPersonSubjects = Words("eu"),
        ThirdPersonSubjects = Words("ele ela eles elas amigo amiga irma irmao mae pai filho filha namorado namorada marido esposa"),
        PastMarkers = Compile(@"\b(?:ha (?:\w+ )?(?:anos|meses)|quando eu era (?:crianca|adolescente|jovem)|antigamente|no passado|ja estou bem|agora estou bem|ano passado|costumava)\b"),
        RecentMarkers = Compile(@"\b(?:de novo|hoje|esta noite|ontem|agora mesmo|outra vez)\b"),
        MediaMarkers = Compile(@"\b(?:filme|serie|livro|romance|musica|personagem|artigo|redacao|estatisticas|taxas|prevencao|documentario)\b"),
        DistressCues = Compile(@"\b(?:nao aguento|sem esperanca|me traiu|me deixou|perdi (?:meu|o) emprego)\b"),
        Affirmations = Compile(@"^ (?:sim|as vezes|um pouco|talvez)\b"),
        Vetoes =
        [
            Compile(@"\b(?:esse|este|essa|esta|o|a) (?:transito|calor|trabalho|prova|chefe|fila|frio|dor|onibus|metro|aula|escola|faculdade|semana|segunda|reuniao|academia|treino|fome|saudade|professora?|materia|lição|licao|tarefa) (?:de \w+ )?(?:ainda )?(?:vai|ta|esta) me matar(?:ndo)?\b|\bme matar (?:kk+\w*|rs+|haha\w*|de rir)"),
            Compile(@"\bmorrendo de (?:fome|rir|saudade|saudades|vontade|sono|frio|calor|vergonha|medo|tedio)\b|\bmort[oa] de (?:cansaco|fome|rir|sono|vergonha)\b|\bto mort[oa]\b|\bmatar (?:o tempo|a saudade)\b|\bmorrer de (?:rir|vergonha|saudade)\b"),
        ],
        Concepts = Concepts.PortugueseConcepts.Build(),
        Rules =
        [
            Rule("pt.medical.overdose", Medical, MedicalEmergency, @"\btomei (?:\w+ )?(?:[1-9][0-9]+|dez|vinte|trinta|todos os|todas as|uma cartela|um monte de|muitos|muitas|uma caixa) (?:\w+ ){0,3}(?:comprimidos|remedios|pilulas|paracetamol)\b|\boverdose\b|\bnao consigo respirar\b|\bdor no peito\b", Negation | Past | Media),
            Rule("pt.suicidal.explicit", Escalate, SuicidalThoughts, @"\b(?:vou|quero|penso em) tomar (?:todos os|todas as|uma cartela de|um monte de|a caixa de) (?:\w+ )?(?:comprimidos|remedios|pilulas|calmantes)\b|\bme (?:jogar|atirar) (?:da|de uma|do|de um|na frente (?:do|de um)|pela) (?:ponte|predio|janela|telhado|trem|carro|onibus|penhasco)\b|\b(?:vou|quero) me enforcar\b|\b(?:eu )?quero morrer\b|\bvontade de morrer\b|\bquero me matar\b|\bvou me matar\b|\bme (?:matar|suicidar)\b|\bsuicid(?:io|ar)\b|\bacabar com (?:tudo|a minha vida|minha vida)\b|\btirar (?:a )?minha (?:propria )?vida\b|\besta e minha despedida\b|\badeus para sempre\b"),
            Rule("pt.passive.death-wish", Clarify, PassiveDeathWish, @"\b(?:nao vejo|sem|nao tem|nao ha) (?:mais )?(?:nenhum )?sentido (?:na|em|para|pra) (?:a )?(?:vida|viver|minha vida|continuar vivendo)\b|\b(?:cansad[oa]|exaust[oa]|farto|farta) de (?:viver|a vida|estar viv[oa]|existir)\b|\bnao quero (?:mais )?viver\b|\bnao quero mais estar aqui\b|\bseriam melhores sem mim\b|\b(?:ficaria|ficariam|seria|seriam|estaria|estariam|viveria|viveriam) (?:\w+ )?melhor(?:es)? sem mim\b|\bmelhor sem mim\b|\bsou um peso\b|\bnao tenho (?:motivo|razao) (?:para|pra) viver\b|\bnao aguento mais viver\b|\bqueria (?:estar mort[oa]|nao acordar)\b", Past | Media),
            Rule("pt.selfharm", Escalate, SelfHarm, @"\b(?:me cortar|me cortei|me corto|me machucar|me machuquei de proposito|me machuco|automutila\w*|me queimar)\b"),
            Rule("pt.harm-others", Escalate, HarmToOthers, @"\bvou (?:matar ele|matar ela|mata lo|mata la|machucar ele|machucar ela)\b|\bquero matar (?:ele|ela)\b", Negation | Past | Media),
            Rule("pt.abuse", Abuse, DangerAbuse, @"\bme (?:trancou|tranca|trancar|prendeu|prende) (?:em casa|no quarto|dentro|fora)\b|\b(?:ele|ela|meu marido|meu namorado|minha mulher) (?:me bate|me bateu|me agride|me agrediu|me ameaca|me ameacou|me estuprou|me enforcou|me empurrou)\b|\bme estupraram\b|\bfui estuprada?\b|\bameacou me matar\b|\bnao me deixa sair\b|\bmedo de voltar (?:para|pra) casa\b|\bviolencia domestica\b", Negation | Past | Media),
        ],
    };
}
