"""Norwegian (bokmål) phrase lists."""

MET_IN_PERSON = (
    r"\b(?:hyggelig|fint|godt|kjekt|koselig|artig)\s+å\s+(?:møte|treffe|hilse\s+på)\s+deg\b",
    r"\btakk\s+for\s+sist\b",
    r"\b(?:vi|jeg)\s+(?:møttes|traff\s+hverandre|møtte\s+deg|traff\s+deg)\b",
    r"\b(?:var|har\s+vært)\s+(?:veldig\s+)?(?:hyggelig|fint|godt|kjekt)\s+å\s+(?:møte|treffe)\b",
)

NOT_MET = (
    r"\b(?:blir|vil\s+være|ville\s+vært|hadde\s+vært|bli)\s+(?:veldig\s+)?(?:hyggelig|fint|godt|"
    r"kjekt)\s+å\s+(?:møte|treffe)\s+deg\b",
    r"\b(?:håper|ønsker)\s+(?:å\s+)?(?:kunne\s+)?(?:møte|treffe)\s+deg\b",
    r"\b(?:ser\s+frem\s+til|gleder\s+meg\s+til)\s+å\s+(?:møte|treffe)\s+deg\b",
    r"\b(?:har|hadde)\s+(?:ikke|aldri)\s+(?:møttes|møtt|truffet)\b",
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
