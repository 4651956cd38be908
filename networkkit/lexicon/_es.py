"""Spanish phrase lists."""

MET_IN_PERSON = (
    r"\b(?:fue|ha\s+sido|era)?\s*un\s+(?:placer|gusto)\s+(?:conocer(?:te|le|la|los|lo)|verte)\b",
    r"\bencantad[oa]s?\s+de\s+haber(?:te|le|la|los)\s+(?:conocido|visto)\b",
    r"\bme\s+alegró\s+(?:mucho\s+)?(?:conocer(?:te|le|la)|verte)\b",
    r"\bnos\s+(?:conocimos|vimos)\s+(?:en|durante|ayer|el|la)\b",
)

NOT_MET = (
    r"\b(?:será|sería|seria|sera)\s+un\s+(?:placer|gusto)\s+(?:conocer\w*|verte)",
    r"\bespero\s+(?:poder\s+)?(?:conocer\w*|verte)",
    r"\bme\s+encantaría\s+(?:conocer\w*|verte)",
    r"\b(?:no|aún\s+no|todavía\s+no)\s+nos\s+(?:conocemos|hemos\s+conocido|conocimos)\b",
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
