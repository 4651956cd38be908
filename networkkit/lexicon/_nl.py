"""Dutch phrase lists."""

MET_IN_PERSON = (
    r"\b(?:leuk|fijn|prettig|goed|aangenaam)\s+(?:om\s+)?(?:je|jou|u)\s+(?:\w+\s+){0,3}?"
    r"(?:ontmoet|gezien)\s+te\s+hebben\b",
    r"\b(?:we|wij)\s+(?:hebben\s+elkaar\s+(?:\w+\s+){0,3}?ontmoet|ontmoetten\s+elkaar)\b",
    r"\bwas\s+(?:erg\s+|heel\s+)?(?:leuk|fijn|prettig)\s+(?:om\s+)?(?:je|jou|u)\s+"
    r"(?:\w+\s+){0,3}?te\s+(?:ontmoeten|zien)\b",
)

NOT_MET = (
    r"\b(?:kijk|keek)\s+(?:er\s+)?(?:naar\s+)?uit\s+(?:om\s+)?(?:je|jou|u)\s+(?:\w+\s+){0,3}?"
    r"te\s+ontmoeten\b",
    r"\bhoop\s+(?:je|jou|u)\s+(?:\w+\s+){0,3}?te\s+(?:ontmoeten|zien)\b",
    r"\b(?:nog\s+niet|nooit|niet)\s+(?:\w+\s+){0,2}?ontmoet\b",
)

RECRUITER_TITLES = (
    r"\brecruit(?:er|ment|ing)\b",
    r"\bwerving\b",
    r"\bintercedent\b",
    r"\btalent\s+(?:acquisition|partner)\b",
)

JOB_OFFER = (
    r"\bvacature\w*\b",
    r"\bnieuwe\s+(?:uitdaging|baan|functie|rol)\b",
    r"\b(?:open\s*staan|openstaat)\s+voor\s+(?:een\s+)?(?:nieuwe\s+)?(?:uitdaging|baan|"
    r"functie|kansen|mogelijkheden)\b",
    r"\b(?:we|wij)\s+zoeken\s+(?:een|naar)\b",
    r"\b(?:mooie|interessante)\s+(?:functie|kans|baan|rol)\b",
)

STOPWORDS = [
    "de",
    "het",
    "een",
    "en",
    "je",
    "jij",
    "ik",
    "niet",
    "met",
    "voor",
    "van",
    "dat",
    "zijn",
    "wij",
    "jouw",
    "graag",
    "ook",
    "naar",
    "bij",
    "heb",
    "hoi",
    "groet",
    "ben",
    "wat",
]
