"""Spanish phrase lists."""

from networkkit.lexicon._shared import CLAUSE, CLAUSE_START, QUOTED, SENTENCE, WORD

_ADJ = (
    r"\b(?:un\s+(?:verdadero\s+)?(?:placer|gusto|honor)|encantad[oa]s?|genial|"
    r"qué\s+(?:bueno|gusto|alegría|bien|casualidad)|me\s+alegra|content[oa]|feliz|"
    r"(?:muy\s+)?grato)"
)
_VERB = (
    r"(?:conocer(?:te|le|la|los|las|os)|ver(?:te|le|la|os)|saludar(?:te|le|la)|"
    r"volver\s+a\s+ver(?:te|le|la|os)|coincidir\s+contigo|encontrar(?:te|le|la)|"
    r"cruzarme\s+contigo|(?:charlar|hablar|conversar)\s+contigo)"
)
#: A place ("en la feria"), "in person" or a past time ("ayer").
_CUE = (
    r"(?:en|durante|al|tras|después|ayer|hoy|esta\s+mañana|anoche|"
    r"el\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|"
    r"la\s+semana\s+pasada|el\s+(?:mes|año)\s+pasado)\b"
)

MET_IN_PERSON = (
    # past infinitive: "encantado de haberte conocido"
    rf"{_ADJ}\s+(?:de\s+)?haber(?:te|le|la|los|las|os)?\s+(?:conocido|visto|encontrado|"
    rf"coincidido|hablado|saludado)\b",
    # a greeting with a place or a past time: "un placer conocerte en la feria"
    rf"{_ADJ}\s+(?:de\s+)?(?:por\s+fin\s+)?{_VERB}(?:\s+por\s+fin)?\s+{_CUE}",
    # past tense: "fue un placer conocerte", "me alegró verte"
    r"\b(?:fue|ha\s+sido)\s+(?:un\s+(?:verdadero\s+)?(?:placer|gusto|honor)|(?:muy\s+)?"
    rf"(?:agradable|bonito|bueno|genial|fantástico|increíble|estupendo))\s+{_VERB}",
    rf"\bme\s+(?:alegr[óé]|encantó|gustó|dio)\s+(?:mucho\s+)?(?:gusto\s+)?(?:de\s+)?{_VERB}",
    rf"\btuve\s+el\s+(?:placer|gusto|honor)\s+de\s+{_VERB}",
    r"\b(?:me\s+encantó|disfruté\s+(?:mucho\s+)?de)\s+nuestra\s+(?:charla|conversación)\b",
    r"\bnos\s+(?:conocimos|vimos|cruzamos|encontramos)\b",
    r"\bcoincidimos\b",
    r"\b(?:te|le|la|lo)\s+(?:conocí|vi)\b",
    r"\b(?:hablamos|charlamos|comimos\s+juntos)\s+(?:ayer\s+)?(?:en|durante|después)\b",
    r"\b(?:después\s+de|tras)\s+conocer(?:te|le|la)\s+(?:en|durante)\b",
    rf"\bnuestr[oa]\s+(?:encuentro|conversación|charla|reunión)\s+(?:{WORD}\s+)?(?:en|durante|"
    rf"de\s+ayer)\b",
    r"\b(?:gran|buen|el)\s+encuentro\s+(?:de\s+)?(?:ayer|en|hoy)\b",
    rf"\bgracias\s+por\s+(?:(?:el|la|tu|su)\s+)?(?:{WORD}\s+)?(?:café|comida|almuerzo|cena|"
    rf"velada|visita|recorrido|encuentro)\b",
    rf"\bgracias\s+por\s+(?:la|el|tu|su)\s+(?:{WORD}\s+)?(?:charla|conversación|reunión|tiempo|"
    rf"intercambio)\b[^.!?\n]{{0,30}}?{_CUE}",
    r"\bgracias\s+por\s+(?:recibirme|pasarte|acercarte|venir)\b",
)

_VIRTUAL = (
    r"\b(?:en\s+línea|online|virtual\w*|digital|teams|zoom|skype|google\s+meet|video\w*|"
    r"teléfono|telefónic\w*|llamada|webinar\w*|directo|streaming|slack|linkedin|youtube|"
    r"por\s+correo|internet)\b"
)

NOT_MET = (
    *QUOTED,
    rf"{CLAUSE_START}{CLAUSE}{_VIRTUAL}{CLAUSE}",
    # wishes, plans and conditions blank their clause: "será un placer conocerte"
    rf"{CLAUSE_START}{CLAUSE}\b(?:será|sería|serán|habría|hubiera|hubiese|me\s+encantaría|"
    rf"me\s+gustaría|me\s+alegraría|espero|esperaba|ojalá|deseando|tengo\s+(?:muchas\s+)?ganas|"
    rf"podemos|podríamos|quizás?|si|por\s+si|deberíamos|intentemos|avísame|quedo\s+a\s+la\s+"
    rf"espera|apetece)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:(?<!esta\s)mañana|próxim\w*|que\s+viene|pronto)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:no|nunca|jamás)\b{CLAUSE}",
    r"(?:^|(?<=[.!?\n,;:]))[^.!?\n,;:]*\?",
    rf"\b(?:dice|dijo|contó|cuenta|comentó)\b{SENTENCE}",
    r"\bmi\s+\w+\s+(?:te|le|la)\s+(?:conoció|vio)\b",
)

RECRUITER_TITLES = (
    r"\breclut(?:ador|adora|amiento)\b",
    r"\bselección\s+de\s+personal\b",
    r"\bcazatalentos\b",
    r"\bhead\s?hunter\b",
    r"\btalent\s+acquisition\b",
    r"\brecruiter\b",
)

JOB_OFFER = (
    r"\boferta\s+(?:de\s+(?:trabajo|empleo)|laboral)\b",
    r"\boportunidad\s+(?:laboral|profesional|de\s+trabajo)\b",
    r"\bvacante\b",
    r"\bpuesto\s+de\b",
    r"\bestamos\s+(?:buscando|contratando)\b",
    r"\bnuevo\s+(?:reto|desafío)\b",
    r"\babiert[oa]\s+a\s+(?:nuevas\s+)?(?:oportunidades|propuestas|ofertas)\b",
)

STOPWORDS = [
    "el",
    "los",
    "las",
    "y",
    "que",
    "en",
    "es",
    "para",
    "con",
    "por",
    "tu",
    "usted",
    "su",
    "muy",
    "estoy",
    "hola",
    "gracias",
    "pero",
    "como",
    "una",
    "del",
]
