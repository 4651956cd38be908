"""German phrase lists."""

MET_IN_PERSON = (
    r"\b(?:schön|toll|nett|prima|super|gut|froh|freut\s+mich|erfreulich),?\s+(?:sie|dich|euch)\s+"
    r"(?:\w+\s+){0,4}?(?:kennengelernt|getroffen|gesehen)\s+zu\s+haben\b",
    r"\b(?:hat|hatte)\s+mich\s+(?:sehr\s+|wirklich\s+)?gefreut,?\s+(?:sie|dich|euch)\s+"
    r"(?:\w+\s+){0,4}?(?:kennenzulernen|zu\s+treffen|zu\s+sehen)\b",
    r"\b(?:es\s+)?war\s+(?:sehr\s+|wirklich\s+)?(?:schön|toll|nett|eine\s+freude|"
    r"ein\s+vergnügen),?\s+(?:sie|dich|euch)\s+(?:\w+\s+){0,4}?(?:kennenzulernen|zu\s+treffen|"
    r"zu\s+sehen)\b",
    r"\bwir\s+haben\s+uns\s+(?:\w+\s+){0,5}?(?:kennengelernt|getroffen|gesehen)\b",
)

NOT_MET = (
    r"\bwir\s+haben\s+uns\s+(?:\w+\s+){0,3}?(?:nicht|nie)\s+(?:\w+\s+){0,3}?(?:kennengelernt|"
    r"getroffen|gesehen)\b",
    r"\b(?:würde|wäre|freue)\s+(?:mich\s+)?(?:sehr\s+)?(?:freuen|schön|toll|darauf),?\s+"
    r"(?:sie|dich|euch)\s+(?:\w+\s+){0,4}?(?:kennenzulernen|zu\s+treffen|zu\s+sehen)\b",
    r"\bhoffe,?\s+(?:sie|dich|euch)\s+(?:\w+\s+){0,4}?(?:kennenzulernen|zu\s+treffen|zu\s+sehen)\b",
)

RECRUITER_TITLES = (
    r"\brecruit(?:er|erin|ing|ment)\b",
    r"\bpersonalberat(?:er|erin|ung)\b",
    r"\bpersonalvermittl(?:er|erin|ung)\b",
    r"\bhead\s?hunter(?:in)?\b",
    r"\btalent\s+acquisition\b",
)

JOB_OFFER = (
    r"\b(?:stellenangebot|jobangebot|karrierechance|wechselbereit\w*)\b",
    r"\b(?:spannende|interessante|offene|neue)\s+(?:position|stelle|rolle|herausforderung)\b",
    r"\bposition\s+als\b",
    r"\bwir\s+suchen\s+(?:eine|einen|ein|aktuell|derzeit)\b",
    r"\boffen\s+für\s+(?:neue|eine\s+neue)\s+(?:herausforderung|position|stelle|möglichkeiten)",
)

STOPWORDS = [
    "der",
    "die",
    "das",
    "und",
    "ich",
    "sie",
    "nicht",
    "mit",
    "für",
    "ist",
    "ein",
    "eine",
    "zu",
    "auf",
    "wir",
    "ihr",
    "ihnen",
    "gerne",
    "bei",
    "grüße",
    "viele",
    "haben",
    "auch",
]
