"""Italian phrase lists."""

from networkkit.lexicon._shared import CLAUSE, CLAUSE_START, QUOTED, SENTENCE, WORD

_A = r"['’]"
_ADJ = (
    r"\b(?:piacere|che\s+piacere|bello|che\s+bello|bellissimo|liet[oa]|felice|felicissim[oa]|"
    r"content[oa]|onorat[oa]|che\s+coincidenza|mi\s+ha\s+fatto\s+(?:molto\s+)?piacere)"
)
_VERB = (
    r"(?:conoscer(?:ti|la|lo|vi|ci)|incontrar(?:ti|la|lo|vi|ci)|veder(?:ti|la|lo|vi|ci)|"
    r"riveder(?:ti|la|lo|vi)|(?:parlare|chiacchierare)\s+con\s+te|"
    r"fare\s+la\s+(?:tua|sua|vostra)\s+conoscenza|salutar(?:ti|la))"
)
#: A place ("alla fiera"), "in person" or a past time ("ieri").
_CUE = (
    rf"(?:a|al|alla|allo|ai|alle|all{_A}|in|durante|dopo|di\s+persona|dal\s+vivo|ieri|oggi|"
    rf"stamattina|stasera|la\s+settimana\s+scorsa|il\s+mese\s+scorso|l{_A}anno\s+scorso|"
    rf"(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica))\b"
)

MET_IN_PERSON = (
    # past infinitive: "piacere di averti conosciuto"
    rf"{_ADJ}\s+(?:di\s+)?aver(?:ti|la|lo|vi|ci)?\s+(?:{WORD}\s+)?(?:conosciut[oaie]|"
    rf"incontrat[oaie]|vist[oaie]|rivist[oaie]|fatto\s+la\s+(?:tua|sua|vostra)\s+conoscenza)",
    # a greeting with a place or a past time: "bello vederti alla conferenza"
    rf"{_ADJ}\s+(?:di\s+)?{_VERB}(?:\s+finalmente)?\s+{_CUE}",
    # past tense: "è stato un piacere conoscerti", "mi ha fatto piacere …"
    rf"\b(?:è|e{_A})\s+stato\s+(?:un\s+(?:vero\s+)?(?:piacere|onore)|(?:molto\s+)?(?:bello|"
    rf"fantastico|bellissimo))\s+{_VERB}",
    rf"\bmi\s+ha\s+fatto\s+(?:molto\s+)?piacere\s+{_VERB}",
    rf"\bho\s+avuto\s+il\s+(?:piacere|onore)\s+di\s+{_VERB}",
    r"\bci\s+siamo\s+(?:\w+\s+)?(?:conosciut|incontrat|vist|incrociat)[ie]\b",
    rf"\b(?:ti|l{_A}|la|lo|vi)\s*ho\s+(?:\w+\s+)?(?:conosciut[oa]|incontrat[oa]|vist[oa])\b",
    r"\babbiamo\s+(?:\w+\s+)?(?:parlato|chiacchierato|pranzato|cenato)\b",
    r"\bdopo\s+aver(?:ti|la|lo)\s+(?:conosciut|incontrat)",
    rf"\bcome\s+d{_A}accordo\s+(?:alla|al|allo|all{_A}|in)\b",
    rf"\bgrazie\s+(?:ancora\s+)?(?:per|della|del|dello|dell{_A})\s+(?:(?:il|la|lo|l{_A}|i|le)\s*)?"
    rf"(?:{WORD}\s+)?(?:caffè|pranzo|cena|serata|visita|tour|incontro|aperitivo)\b",
    rf"\bgrazie\s+(?:ancora\s+)?per\s+(?:il|la|lo|l{_A})\s*(?:{WORD}\s+)?(?:chiacchierata|"
    rf"conversazione|tempo|confronto|scambio)\b[^.!?\n]{{0,30}}?{_CUE}",
    r"\bgrazie\s+per\s+(?:essere\s+(?:passat|venut)[oaie]|avermi\s+(?:incontrat|accolt|"
    r"ricevut)[oa])",
)

_VIRTUAL = (
    r"\b(?:online|virtual\w*|digitale|teams|zoom|skype|google\s+meet|video\w*|telefon\w*|"
    r"chiamata|webinar\w*|diretta|streaming|slack|linkedin|youtube|(?:via|per)\s+e-?mail|chattato)\b"
)

NOT_MET = (
    *QUOTED,
    rf"{CLAUSE_START}{CLAUSE}{_VIRTUAL}{CLAUSE}",
    # wishes, plans and conditions blank their clause: "sarà un piacere conoscerti"
    rf"{CLAUSE_START}{CLAUSE}\b(?:spero|speravo|speriamo|sarà|sarebbe|mi\s+piacerebbe|"
    rf"mi\s+farebbe|mi\s+sarebbe|vorrei|vorremmo|vogliamo|possiamo|potremmo|ti\s+va|"
    rf"ti\s+andrebbe|se|nel\s+caso|magari|dovremmo|proviamo|fammi\s+sapere|"
    rf"non\s+vedo\s+l{_A}ora)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:domani|prossim\w*|presto)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:non|mai)\b{CLAUSE}",
    r"(?:^|(?<=[.!?\n,;:]))[^.!?\n,;:]*\?",
    rf"\b(?:dice|detto|racconta|raccontato)\b{SENTENCE}",
    rf"\bil\s+mio\s+\w+\s+(?:ti|l{_A}|la)\s*ha\s+(?:conosciut|incontrat|vist)[oa]\b",
)

RECRUITER_TITLES = (
    r"\bselezionat(?:ore|rice)\b",
    r"\bricerca\s+e\s+selezione\b",
    r"\bhead\s?hunter\b",
    r"\brecruit(?:er|ing|ment)\b",
    r"\btalent\s+acquisition\b",
)

JOB_OFFER = (
    r"\bopportunità\s+(?:di\s+lavoro|lavorativa|professionale)\b",
    r"\bposizione\s+(?:aperta|di|come)\b",
    r"\bofferta\s+di\s+lavoro\b",
    r"\bstiamo\s+(?:cercando|selezionando|assumendo)\b",
    r"\bnuove?\s+(?:opportunità|sfida|sfide)\b",
)

STOPWORDS = [
    "il",
    "di",
    "che",
    "e",
    "non",
    "sono",
    "mi",
    "ti",
    "ho",
    "gli",
    "della",
    "del",
    "questo",
    "molto",
    "sei",
    "ciao",
    "grazie",
    "anche",
    "per",
    "come",
    "lavoro",
    "buongiorno",
]
