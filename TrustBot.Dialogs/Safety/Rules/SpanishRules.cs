using static TrustBot.Dialogs.Safety.CrisisCategory;
using static TrustBot.Dialogs.Safety.CrisisDecision;
using static TrustBot.Dialogs.Safety.Rules.RuleBuilder;
using static TrustBot.Dialogs.Safety.Rules.RuleGuards;

namespace TrustBot.Dialogs.Safety.Rules;

/// <summary>Spanish core phrases (accents folded: "quiero morir", "suicidarme", "me pega").</summary>
internal static class SpanishRules
{
    public static LanguageRules Build() => new()
    {
        Language = "es",
        Stopwords = Words("voy vas va estoy esta el la que de y no me quiero estoy yo mi por con muy es ya mas pero porque esta tengo para nada todo siento ganas vida novio novia esposo manana hoy soy otra vez mis tu su lo le se te un una los las del al con sin como cuando pareja marido"),
        Negators = Words("no nunca jamas ni tampoco"),
        NegationExempt = Words("puedo aguanto se"),
        ConditionOpeners = Words("si cuando"),
        ClauseBreakers = Words("pero aunque y porque sino"),
        FirstPersonSubjects = Words("yo"),
        ThirdPersonSubjects = Words("el ella ellos ellas amigo amiga hermano hermana madre padre mama papa hijo hija novio novia esposo esposa"),
        PastMarkers = Compile(@"\b(?:antes|hace (?:\w+ )?(?:anos|meses)|cuando era (?:nino|nina|joven|adolescente|chico|chica)|de (?:nino|nina|joven|adolescente)|en el pasado|ya no lo hago|ya estoy bien|ahora estoy bien|el ano pasado|solia)\b"),
        RecentMarkers = Compile(@"\b(?:otra vez|de nuevo|hoy|esta noche|anoche|ahora mismo|ayer)\b"),
        MediaMarkers = Compile(@"\b(?:pelicula|serie|libro|novela|cancion|personaje|articulo|ensayo|estadisticas|tasas|prevencion|documental)\b"),
        DistressCues = Compile(@"\b(?:no aguanto|no puedo mas|sin esperanza|me dejo|me engano|perdi (?:mi|el) trabajo|estoy destrozad[oa]|me siento vaci[oa]|sol[oa] y)\b"),
        Affirmations = Compile(@"^ (?:si|claro|a veces|un poco|tal vez|quizas)\b"),
        Vetoes =
        [
            Compile(@"\bme muero (?:de|por) (?:hambre|risa|ganas|sueno|frio|calor|verguenza|aburrimiento|envidia|celos)\b|\bme muero por (?:verte|ver|ir|saber|conocer)\b|\bmuert[oa] de (?:risa|cansancio|hambre|sueno|miedo|verguenza)\b|\bme mata (?:el|la|este|esta|esto|mi)\b|\bmatar el tiempo\b"),
        ],
        Concepts = Concepts.SpanishConcepts.Build(),
        Rules =
        [
            Rule("es.medical.overdose", Medical, MedicalEmergency, @"\b(?:me tome|tome|trague|me trague|he tomado) (?:\w+ )?(?:[1-9][0-9]+|diez|veinte|treinta|todas (?:las|mis)|un frasco de|una caja de|muchas) (?:\w+ )?(?:pastillas|pildoras|tabletas|comprimidos|paracetamol|medicamentos)\b|\bsobredosis\b|\bno puedo respirar\b|\bdolor (?:en el|de) pecho\b", Negation | Past | Media),
            Rule("es.suicidal.explicit", Escalate, SuicidalThoughts, @"\b(?:me )?quiero (?:morir|morirme|matarme|suicidarme|desaparecer para siempre|dejar de existir)\b|\bme quiero (?:morir|matar|suicidar)\b|\bme voy a (?:matar|suicidar|quitar la vida)\b|\bvoy a (?:matarme|suicidarme|quitarme la vida)\b|\b(?:matarme|suicidarme|quitarme la vida)\b|\bganas de (?:morir|morirme|matarme|suicidarme|desaparecer para siempre)\b|\bpienso en (?:suicidarme|matarme|morir|la muerte|el suicidio)\b|\bsuicid(?:io|a|arme)\b|\b(?:acabar|terminar|termino|acabo) con (?:todo|mi vida)\b|\bme las (?:voy a tomar|tomo|trago) todas\b|\b(?:me )?(?:tomo|tomare|voy a tomar|tomarme|trago|tragarme|me voy a tomar) todas (?:las|mis) (?:pastillas|pildoras|tabletas|medicinas)\b|\b(?:tomarme|tragarme) todas (?:las|mis) (?:pastillas|pildoras|tabletas)\b|\b(?:me voy a|voy a|quiero|pienso|estoy pensando en) (?:tirar(?:me)?|lanzar(?:me)?|aventar(?:me)?) (?:de|del|desde|por) (?:un |el |la |una )?(?:puente|edificio|techo|azotea|balcon|ventana|acantilado)\b|\btirarme (?:del|de un|desde|por la|a las vias)\b|\b(?:me voy a|voy a|quiero) (?:ahorcar(?:me)?|colgar(?:me)?)\b|\bquitar(?:me)? la vida\b|\bme mato\b(?! (?:trabajando|estudiando|de|por|a|con))|\besta es mi despedida\b|\badios para siempre\b"),
            Rule("es.passive.death-wish", Clarify, PassiveDeathWish, @"\b(?:estaria|estarian|seria|serian|viviria|vivirian|quedarian|estarias|estaran|seran) (?:\w+ )?mejor sin mi\b|\b(?:no (?:le )?encuentro|no le veo|no tiene|sin) (?:ningun )?sentido (?:a |en )?(?:seguir )?(?:la |mi )?(?:vida|vivir|viviendo)\b|\bno tiene (?:ningun )?sentido (?:seguir )?(?:vivir|viviendo|la vida|mi vida|estar viv[oa])\b|\bla vida no tiene sentido\b|\bojala (?:ya )?no (?:despertar\w*|amanecer\w*|volver a despertar\w*)\b|\bmi vida no (?:vale nada|tiene valor|sirve para nada)\b|\b(?:ya )?no quiero (?:vivir|seguir viviendo|seguir|despertar|existir|estar aqui)\b|\b(?:todos )?estarian mejor sin mi\b|\bno (?:tengo|hay) (?:razon|motivo|razones) para vivir\b|\bojala (?:estuviera muert[oa]|no despertar|no hubiera nacido)\b|\bno puedo seguir (?:asi|viviendo)?\b|\bsoy una carga\b|\b(?:cansad[oa]|harto|harta|agotad[oa]) de (?:vivir|la vida|estar viv[oa]|existir)\b|\b(?:quisiera|quiero|ojala|desearia|me gustaria) (?:ya )?no (?:volver a )?despertar(?:me)?\b|\b(?:quisiera|quiero|ojala) dormir(?:me)? (?:y no despertar|para siempre)\b|\bno aguanto mas (?:la vida|vivir)\b", Past | Media),
            Rule("es.selfharm", Escalate, SelfHarm, @"\b(?:me estoy cortando|me sigo cortando|me he estado cortando|me corto|me corte|cortarme|me he cortado|hacerme dano|me hago dano|me hice dano|me lastimo|lastimarme|autolesion\w*|me quemo|quemarme)\b"),
            Rule("es.harm-others", Escalate, HarmToOthers, @"\b(?:voy a|quiero) (?:matarlo|matarla|matarlos|matar a (?:mi|ese|esa)|hacerle dano|lastimarlo|lastimarla)\b|\blo voy a matar\b|\bla voy a matar\b", Negation | Past | Media),
            Rule("es.abuse", Abuse, DangerAbuse, @"\bme (?:pega|pego|golpea|golpeo|amenaza|amenazo|empuja|empujo|ahorca|ahorco|violo|viola|abusa|abuso|maltrata|maltrato|encierra|encerro)\b|\bme violaron\b|\bno me deja (?:salir|irme|ver a|hablar)\b|\btengo miedo de (?:volver a casa|el|ella|mi (?:esposo|pareja|novio|novia|marido))\b|\b(?:violencia domestica|violencia de genero|maltrato)\b|\bamenazo con matarme\b|\bmiedo (?:de )?que (?:me )?(?:mate|pegue|haga dano|lastime|golpee)\b|\bdice que me va a matar\b", Negation | Past | Media),
        ],
    };
}
