"""Norwegian (bokmål) phrase lists."""

from networkkit.lexicon._shared import CLAUSE, CLAUSE_START, QUOTED, SENTENCE

_ADJ = (
    r"\b(?:kjempe|super|utrolig\s+|veldig\s+|så\s+)?(?:hyggelig|fint|godt|kjekt|koselig|artig|"
    r"gøy|morsomt|trivelig|stas|flott|spennende|en\s+(?:glede|fornøyelse))"
)
_VERB = (
    r"(?:møte|treffe|se|hilse\s+på|prate\s+med|snakke\s+med|bli\s+kjent\s+med|støte\s+på|"
    r"møtes|treffes)"
)
#: A place ("på messa"), "in person" or a past time ("i går").
_CUE = (
    r"(?:på|under|etter|over|i\s+går|i\s+dag|i\s+morges|i\s+kveld|i\s+helgen|i\s+fjor|"
    r"ansikt\s+til\s+ansikt|fysisk|personlig|i\s+virkeligheten|forrige|sist|"
    r"(?:man|tirs|ons|tors|fre|lør|søn)dag|i\s+\w+)\b"
)

MET_IN_PERSON = (
    rf"{_ADJ}\s+å\s+(?:endelig\s+)?{_VERB}(?:\s+\w+){{0,3}}?(?:\s+igjen)?\s+{_CUE}",
    rf"\b(?:det\s+)?var\s+{_ADJ}\s+å\s+(?:endelig\s+)?{_VERB}\b",
    rf"{_ADJ}\s+å\s+ha\s+(?:møtt|truffet|sett|hilst\s+på|blitt\s+kjent)\b",
    r"\btakk\s+for\s+(?:sist|i\s+går|i\s+kveld)\b",
    r"\bvi\s+(?:møttes|traff\s+hverandre|møtte\s+hverandre|hilste\s+på\s+hverandre|ble\s+kjent|"
    r"snakket\s+sammen|pratet\s+sammen)\b",
    r"\bjeg\s+(?:møtte|traff)\s+deg\b",
    r"\bfikk\s+(?:vi\s+)?(?:møtes|treffes|hilst)\b",
    r"\btakk\s+for\s+(?:en\s+|et\s+)?(?:\w+\s+)?(?:kaffen|kaffe|lunsjen|lunsj|middagen|middag|"
    r"kvelden|kveld|omvisningen|visningen|besøket|turen)\b",
    rf"\btakk\s+for\s+(?:en\s+|et\s+)?(?:\w+\s+)?(?:praten|prat|samtalen|samtale|møtet)\s+"
    rf"(?:\w+\s+)?{_CUE}",
    r"\btakk\s+for\s+at\s+(?:du|dere|jeg)\s+(?:\w+\s+){0,5}?(?:møte\s+meg|møtte\s+meg|"
    r"kom\s+(?:innom|bort|forbi)|tok\s+imot|stilte\s+opp|besøke|hilste)\b",
)

_VIRTUAL = (
    r"\b(?:digital\w*|virtuel\w*|online|nettmøte\w*|nettgruppe\w*|nettet|på\s+nett|teams|zoom|"
    r"skype|google\s+meet|video\w*|telefon\w*|webinar\w*|direktesending\w*|livestream\w*|"
    r"e-post\w*|slack|linkedin|youtube)\b"
)

NOT_MET = (
    *QUOTED,
    rf"{CLAUSE_START}{CLAUSE}{_VIRTUAL}{CLAUSE}",
    # plans, hopes and conditions blank their clause: "Det blir hyggelig å møte deg"
    rf"{CLAUSE_START}{CLAUSE}\b(?:blir|vil|ville|skal|hadde|kunne|kan|kanskje|håper|håpet|"
    rf"forhåpentligvis|ser\s+frem|gleder\s+meg|hvis|om\s+vi|dersom|skulle|burde|la\s+oss|"
    rf"gjerne)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:i\s+morgen|neste|kommende|snart|senere)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:ikke|aldri)\b{CLAUSE}",
    r"(?:^|(?<=[.!?\n,;:]))[^.!?\n,;:]*\?",
    rf"\b(?:sa|sier|fortalte|forteller)\b{SENTENCE}",
    r"\bmin\s+(?:traff|møtte|så)\s+deg\b",
)

RECRUITER_TITLES = (
    r"\brekrutter(?:er|ing\w*)\b",
    r"\brekrutteringsrådgiver\b",
    r"\bhodejeger\b",
    r"\btalentrekrutterer\b",
)

JOB_OFFER = (
    r"\b(?:ledig|ny|spennende)\s+stilling\b",
    r"\bjobbmulighet(?:er)?\b",
    r"\bspennende\s+(?:mulighet|rolle|jobb)\b",
    r"\bvi\s+(?:søker|ansetter)\b",
    r"\båpen\s+for\s+(?:nye\s+)?(?:muligheter|utfordringer|jobb)\b",
    r"\bny\s+utfordring\b",
)

STOPWORDS = [
    "og",
    "jeg",
    "du",
    "er",
    "ikke",
    "det",
    "et",
    "på",
    "med",
    "til",
    "som",
    "har",
    "vi",
    "deg",
    "meg",
    "å",
    "kan",
    "hvis",
    "hei",
    "takk",
    "veldig",
    "jobb",
    "hvordan",
    "også",
    "eller",
    "min",
    "din",
]
