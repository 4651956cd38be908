"""Dutch phrase lists."""

from networkkit.lexicon._shared import CLAUSE, CLAUSE_START, QUOTED, SENTENCE

_ADJ = (
    r"(?:leuk|fijn|prettig|goed|aangenaam|gezellig|mooi|top|geweldig|fantastisch|tof|"
    r"een\s+(?:genoegen|plezier|eer))"
)
#: A place ("op de beurs", "bij de stand"), "in person" or a past time ("gisteren").
_CUE = (
    r"(?:op|bij|tijdens|in\s+het\s+echt|in\s+levende\s+lijve|persoonlijk|live|gisteren|"
    r"gisteravond|gistermiddag|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|afgelopen|"
    r"vorige|vorig|eerder|(?:maan|dins|woens|donder|vrij|zater|zon)dag|"
    r"in\s+(?!de\s|het\s|dit\s|deze\s|een\s|contact)\w+)\b"
)
_INF = r"(?:ontmoeten|spreken|zien|treffen|leren\s+kennen|komen|lopen|maken)"
_PART = r"(?:ontmoet|gezien|gesproken|getroffen|kennisgemaakt|leren\s+kennen|tegengekomen)"

MET_IN_PERSON = (
    # perfect infinitive, always past: "leuk je ontmoet te hebben", "fijn je te hebben gesproken"
    rf"\b{_ADJ}\s+(?:om\s+)?(?:\w+\s+){{0,5}}?(?:{_PART}\s+te\s+hebben|te\s+hebben\s+{_PART}|"
    r"kennis\s+te\s+hebben\s+gemaakt)\b",
    # a greeting with a place or a past time: "Leuk je gisteren te ontmoeten"
    rf"\b{_ADJ}\s+(?:om\s+)?(?:\w+\s+){{0,4}}?{_CUE}(?:\s+\w+){{0,4}}?\s+te\s+{_INF}\b",
    rf"\b{_ADJ}\s+(?:om\s+)?(?:\w+\s+){{0,4}}?te\s+{_INF}\b(?:\s+\w+){{0,2}}?\s+{_CUE}",
    # "het was leuk je te ontmoeten": past
    r"\b(?:het\s+)?was\s+(?:me\s+)?(?:erg\s+|heel\s+|echt\s+|super\s+)?(?:een\s+)?(?:leuk|fijn|"
    r"prettig|gezellig|goed|genoegen|plezier|eer)\s+(?:om\s+)?(?:\w+\s+){0,4}?te\s+"
    r"(?:ontmoeten|zien|spreken|treffen|leren\s+kennen)\b",
    r"\bwas\s+(?:erg\s+|heel\s+|super\s+)?gezellig\s+(?:gisteren|gisteravond|vandaag|op|bij|"
    r"tijdens)\b",
    r"\b(?:we|wij)\s+(?:hebben|zijn)\s+elkaar\s+(?:\w+\s+){0,8}?"
    r"(?:ontmoet|gezien|gesproken|getroffen|tegengekomen|leren\s+kennen)\b",
    r"\b(?:we|wij)\s+(?:ontmoetten|spraken|zagen|troffen)\s+elkaar\b",
    r"\b(?:dat|toen|sinds|nadat)\s+(?:we|wij)\s+elkaar\s+(?:\w+\s+){0,5}?(?:ontmoet|gezien|"
    r"gesproken|getroffen|zagen|spraken|troffen|ontmoetten|konden\s+(?:spreken|zien))\b",
    r"\b(?:dat|toen|sinds|nadat)\s+(?:we|wij)\s+kennis\s+(?:hebben\s+gemaakt|maakten)\b",
    r"\bik\s+(?:heb|had)\s+(?:je|jou|u)\s+(?:\w+\s+){0,4}?(?:ontmoet|gesproken)\b",
    r"\bik\s+(?:ontmoette|sprak|zag)\s+(?:je|jou|u)\s+(?:gisteren\s+|vorige\s+week\s+)?"
    r"(?:op|bij|tijdens|gisteren|vorige)\b",
    r"\bik\s+(?:je|jou|u)\s+(?:\w+\s+){0,4}?(?:ontmoette|sprak)\b",
    r"\b(?:bedankt|dank(?:\s+je(?:\s+wel)?|\s+u(?:\s+wel)?)?)\s+voor\s+(?:het|de|je|jouw|uw|"
    r"ons|onze)\s+(?:\w+\s+)?(?:koffie|lunch|avond|bezoek|komst|rondleiding|borrel|diner|"
    r"ontbijt)\b",
    rf"\b(?:bedankt|dank(?:\s+je(?:\s+wel)?|\s+u(?:\s+wel)?)?)\s+voor\s+(?:het|de|je|jouw|uw|"
    rf"ons|onze)\s+(?:\w+\s+)?(?:gesprek|tijd|kennismaking)\s+(?:\w+\s+){{0,2}}?{_CUE}",
    r"\bdat\s+(?:je|u|jullie)\s+(?:\w+\s+){0,3}?(?:langs\s*kwam(?:en)?|hallo\s+kwam\s+zeggen|"
    r"kwam\s+(?:langs|kijken))\b",
    rf"\b(?:leuke|fijne|prettige|goede)\s+kennismaking\s+{_CUE}",
    r"\bons\s+(?:\w+\s+)?(?:gesprek|kennismaking|ontmoeting)\s+(?:op|bij|tijdens|gisteren|"
    r"vanochtend)\b",
)

_VIRTUAL = (
    r"\b(?:online|virtueel|digitaal|teams|zoom|skype|google\s+meet|video\w*|telefo\w*|"
    r"webinar\w*|livestream\w*|slack|linkedin|youtube|(?:via|per)\s+(?:e-?)?mail|ge-?maild)\b"
)

NOT_MET = (
    *QUOTED,
    rf"{CLAUSE_START}{CLAUSE}{_VIRTUAL}{CLAUSE}",
    # plans, wishes, hopes and conditions blank their whole clause
    rf"{CLAUSE_START}{CLAUSE}\b(?:zou|zouden|zal|zullen|wil|wilt|lijkt\s+me|hoop|hoopte|hopelijk|"
    rf"verheug\w*|kijk\w*\s+(?:er\s*)?(?:naar\s+)?uit|uitkijken|geweest|graag|als|indien|mocht|"
    rf"wanneer|kunnen|zullen)\b{CLAUSE}",
    # a future time: "leuk je morgen te ontmoeten"
    rf"{CLAUSE_START}{CLAUSE}\b(?:morgen|overmorgen|volgende|komende|binnenkort|straks)\b{CLAUSE}",
    # negations: "we hebben elkaar nog niet ontmoet"
    rf"{CLAUSE_START}{CLAUSE}\b(?:niet|nooit|geen)\b{CLAUSE}",
    # questions: "Hebben we elkaar al eens ontmoet?"
    r"(?:^|(?<=[.!?\n,;:]))[^.!?\n,;:]*\?",
    # hearsay: "mijn collega zei dat …", "Anne vertelde dat ze je …"
    rf"\b(?:zei|zegt|vertelde|vertelt)\b{SENTENCE}",
    rf"\b(?:mijn|onze|haar|zijn)\s+\w+\s+(?:heeft|had|zag|sprak|ontmoette)\b{CLAUSE}",
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
