namespace TrustBot.Dialogs.Safety.Concepts;

/// <summary>Spanish concept words (accents folded, no apostrophes).</summary>
internal static class SpanishConcepts
{
    public static ConceptLexicon Build() => ForeignConcepts.Build(
        "es",
        @"\b(?:no|nunca|jamas|ni|tampoco)\b",
        @"\b(?:yo)\b",
        @"\b(?:ella|ellos|ellas|mi (?:amig[oa]|herman[oa]|mama|papa|madre|padre|hij[oa]|novi[oa]|espos[oa]|pareja|prim[oa]))\b",
        @" , | (?:pero|aunque|porque|sino|luego|ahora) ",
        18,
        (Concept.Ending, @"\b(?:morir(?:me)?|matarme|me mato|suicidarme|me suicido|quitarme la vida|acabar con (?:mi vida|todo)|(?:que |q )?todo (?:se )?(?:acabe|termine)|desaparecer para siempre|no (?:despertar|volver a despertar|despertarme)|dejar de existir|tirarme (?:del|de un|de la|al|a las)|colgarme|ahorcarme|cortarme las venas)\b"),
        (Concept.Wish, @"\b(?:ojala|quisiera|desearia|me gustaria|quiero que|kiero q|quiero q|kiero que|pienso en|a veces pienso|ganas de)\b"),
        (Concept.Intent, @"\b(?:voy a|quiero|kiero|pienso|planeo|decidi|tengo que|necesito)\b"),
        (Concept.Imminence, @"\b(?:hoy|esta noche|ahora|ahorita|manana|este fin de semana|pronto)\b"),
        (Concept.Means, @"\b(?:pastillas?|cuchillo|navaja|cuchilla|soga|cuerda|pistola|arma|puente|veneno|cloro|clonazepam|medicamentos|medicinas|somniferos)\b"),
        (Concept.AtHand, @"\b(?:aqui conmigo|en la mano|ya tengo (?:las|el|la))\b"),
        (Concept.Farewell, @"\b(?:(?:le )?(?:regale|di|deje|entregue|done) (?:mi|mis|a mi) (?:perro|perrita|gato|gata|mascota|cosas|ropa)|(?:deje|escribi|dejare) una? (?:carta|nota)|(?:carta|nota) (?:para|a) (?:mi|mis)|me despido|ultimo mensaje)\b"),
        (Concept.Parting, @"\b(?:gracias por todo|cuidense|los quiero a todos|adios(?: a todos)?|hasta siempre)\b"),
        (Concept.Decision, @"\b(?:(?:ya )?(?:tome|he tomado) (?:la|una|mi) decision|ya lo decidi|ya decidi|esta decidido|lo tengo decidido)\b"),
        (Concept.Burden, @"\b(?:(?:todos|todo el mundo|mi familia) (?:estarian|estaria|estaran|vivirian|serian) (?:mas felices|mejor) sin mi|soy una carga|sin mi (?:estarian|estan) mejor)\b"),
        (Concept.Overdose, @"\b(?:me tome|tome|me trague|trague) (?:toda la caja|todas las|todo el frasco|el frasco|la caja entera|una caja entera|un monton de|\d+) |\b(?:me corte|corte) (?:muy |demasiado )?(?:profundo|hondo)|\bno (?:para|deja) de sangrar\b|\bsangr\w+ (?:mucho|sin parar)\b"),
        (Concept.Symptom, @"\b(?:mareo|maread[ao]|me siento (?:rara|raro|mal|mareada|mareado)|vomit\w*|sangr\w*|no puedo respirar)\b"),
        (Concept.SelfHarm, @"\b(?:me (?:volvi a |vuelvo a )?(?:corte|cortar|corto|lastime|lastimo|queme)|cortarme|autolesion\w*|hacerme dano)\b"),
        (Concept.Urge, @"\b(?:recai|recaida|volvi a recaer|ganas de cortarme)\b"),
        (Concept.Body, @"\b(?:brazos?|piernas?|muslos?|munecas?)\b"),
        (Concept.AbuseActor, @"\b(?:mi (?:esposo|marido|pareja|novio|novia|esposa|ex|padre|papa|padrastro|suegra|jefe)|me dijo|me dice|dijo que|dice que)\b"),
        (Concept.AbuseThreat, @"\b(?:si (?:lo |la |le )?(?:dejo|dejara|me voy|me separo|pido el divorcio|denuncio|hablo)\b.{0,30}\b(?:me mata|me matara|me va a matar|me quita)|me amenaza\w*|amenazo con|(?:me va a|me quiere) matar|(?:publicar|subir|mandar) mis fotos)\b"),
        (Concept.AbuseControl, @"\b(?:(?:tiene|guarda|se quedo con|me quito|esconde) (?:mi|mis) (?:pasaporte|documentos|papeles|tarjeta|dinero|sueldo|dni|identificacion|medicinas)|no me deja (?:salir|ver|hablar|trabajar|ir)|me encierra|me encerro|no puedo salir sol[ao])\b"),
        (Concept.Danger, @"\b(?:tiene (?:una )?pistola|tiene (?:un )?arma)\b"),
        (Concept.Fear, @"\b(?:tengo miedo|me da miedo|estoy aterrad[ao])\b"),
        (Concept.HarmOther, @"\b(?:(?:lo|la) (?:voy a |quiero )?(?:matar|apunalar|lastimar)|voy (?:pa|para|a) su casa|(?:tengo|llevo) (?:el|un|la) (?:cuchillo|pistola|arma|navaja)|(?:quiero|tengo ganas de) (?:lastimar|hacerle dano|hacer sufrir|matar) (?:a )?(?:la|el|esa|ese|su)|lo mato|la mato|ya tengo con que)\b"),
        (Concept.Past, @"\b(?:hace (?:\w+ )?(?:anos|meses)|antes|el ano pasado|cuando (?:era|tenia))\b"),
        (Concept.Recovery, @"\b(?:(?:estoy|me siento) (?:mucho |muchisimo )?mejor|con (?:la )?terapia|ya estoy bien|ya lo supere)\b"),
        (Concept.Present, @"\b(?:otra vez|de nuevo|ahora|anoche)\b"),
        (Concept.Media, @"\b(?:pelicula|serie|libro|novela|cancion|personaje|articulo|documental)\b"),
        (Concept.Hyperbole, @"\b(?:jaja\w*|jeje\w*|lol|xd)\b"));
}
