"""German phrase lists."""

from networkkit.lexicon._shared import CLAUSE, CLAUSE_START, QUOTED, SENTENCE, WORD

_ADJ = (
    r"\b(?:schön|toll|nett|prima|super|gut|froh|wunderbar|fantastisch|klasse|großartig|"
    r"freut\s+mich|freue\s+mich|zufall)"
)
_INF = r"(?:kennenzulernen|zu\s+treffen|zu\s+sehen|wiederzusehen|zu\s+machen)"
_PART = r"(?:kennengelernt|getroffen|gesehen|wiedergesehen|gemacht)"
#: A place ("auf der Messe", "am Stand"), "in person" or a past time ("gestern").
_CUE = (
    r"(?:auf|am|beim|bei|im|in\s+(?!kontakt)\w+|an\s+der|an\s+unserem|nach\s+dem|während|"
    r"persönlich|live|in\s+echt|gestern|heute|vorhin|letzte\w*|"
    r"(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag))\b"
)

MET_IN_PERSON = (
    # perfect infinitive, always past: "schön, Sie kennengelernt zu haben"
    rf"{_ADJ}(?:\s+sehr)?,?\s+(?:{WORD}\s+){{0,8}}?{_PART}\s+zu\s+haben\b",
    # a greeting with a place or a past time: "schön, dich gestern kennenzulernen"
    rf"{_ADJ},?\s+(?:{WORD}\s+){{0,5}}?{_CUE}(?:\s+\w+){{0,5}}?\s+{_INF}\b",
    rf"{_ADJ},?\s+(?:{WORD}\s+){{0,3}}?{_INF}\s+{_CUE}",
    # past tense: "es war schön, Sie kennenzulernen", "hat mich gefreut, …"
    r"\b(?:es\s+war|war\s+es|war)\s+(?:mir\s+)?(?:sehr\s+|wirklich\s+|echt\s+)?(?:schön|toll|nett|"
    rf"super|fantastisch|großartig|klasse|eine\s+freude|ein\s+vergnügen|eine\s+ehre),?\s+"
    rf"(?:{WORD}\s+){{0,5}}?{_INF}",
    r"\b(?:hat|hatte)\s+(?:es\s+)?(?:mich\s+)?(?:sehr\s+|wirklich\s+)?(?:gefreut|spaß\s+gemacht),?"
    rf"\s+(?:{WORD}\s+){{0,5}}?{_INF}",
    rf"\bhatte\s+(?:das|die)\s+(?:vergnügen|freude|ehre),?\s+(?:{WORD}\s+){{0,5}}?{_INF}",
    rf"\bwir\s+haben\s+uns\s+(?:{WORD}\s+){{0,8}}?(?:kennengelernt|getroffen|gesehen|unterhalten|"
    r"wiedergesehen)\b",
    rf"\bwir\s+sind\s+uns\s+(?:{WORD}\s+){{0,6}}?begegnet\b",
    r"\bwir\s+(?:trafen|sahen)\s+uns\b",
    rf"\b(?:dass|als|seit|nachdem)\s+wir\s+uns\s+(?:{WORD}\s+){{0,6}}?(?:kennengelernt|getroffen|"
    r"gesehen|begegnet|unterhalten)\b",
    rf"\bwir\s+haben\s+(?:{WORD}\s+){{0,5}}?gesprochen\b",
    r"\bwir\s+waren\s+zusammen\s+(?:beim|auf|im|in|am)\b",
    rf"\b(?:ich|nachdem\s+ich)\s+(?:habe\s+)?(?:sie|dich|euch)\s+(?:{WORD}\s+){{0,6}}?"
    r"(?:kennengelernt|getroffen|gesehen)\b",
    rf"\b(?:danke|dank|vielen\s+dank)\s+(?:für|fürs)\s+(?:{WORD}\s+){{0,2}}?(?:kaffee|mittagessen|"
    r"abendessen|essen|abend|besuch|führung|treffen|kennenlernen|bürotour)\b",
    rf"\b(?:danke|dank|vielen\s+dank)\s+für\s+(?:{WORD}\s+){{0,2}}?(?:gespräch|austausch|zeit)\b"
    rf"[^.!?\n]{{0,30}}?{_CUE}",
    rf"\b(?:danke|dank),?\s+dass\s+(?:du|sie|ihr)\s+(?:{WORD}\s+){{0,9}}?(?:vorbeigeschaut|"
    r"vorbeigekommen|hallo\s+gesagt|empfangen|wart|genommen)\b",
    r"\b(?:schönes|nettes|tolles)\s+kennenlernen\b",
    rf"\bunser\w*\s+(?:{WORD}\s+)?(?:treffen|gespräch|kennenlernen)\s+(?:auf|am|beim|im|in|"
    r"gestern)\b",
)

_VIRTUAL = (
    r"\b(?:online|virtuell\w*|digital\w*|teams|zoom|skype|google\s+meet|video\w*|telefon\w*|"
    r"telefoniert|webinar\w*|livestream\w*|slack|linkedin|youtube|per\s+e-?mail)\b"
)

NOT_MET = (
    *QUOTED,
    rf"{CLAUSE_START}{CLAUSE}{_VIRTUAL}{CLAUSE}",
    # wishes, plans and conditions blank their clause: "es wäre schön, …"
    rf"{CLAUSE_START}{CLAUSE}\b(?:wäre|würde|würden|hätte|hätten|möchte|könnte|könnten|können|"
    rf"werde|wird|werden|hoffe|hoffentlich|freue\s+mich\s+(?:auf|darauf|schon)|wenn|falls|ob|"
    rf"lass\s+uns|wollen|sollten|gerne|lust|vielleicht|bis)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:(?<!heute\s)morgen|übermorgen|nächste\w*|kommende\w*|bald|"
    rf"demnächst)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:glaube|denke)\s+nicht\b{SENTENCE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:nicht|nie|kein\w*)\b{CLAUSE}",
    r"(?:^|(?<=[.!?\n,;:]))[^.!?\n,;:]*\?",
    rf"\b(?:sagte|sagt|erzählt\w*|meinte|berichtete)\b{SENTENCE}",
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
