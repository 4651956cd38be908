"""Italian phrase lists."""

MET_IN_PERSON = (
    r"\b(?:piacere|lieto|lieta|felice|contento|contenta|bello)\s+(?:di\s+)?aver(?:ti|la|lo|vi)\s+"
    r"(?:conosciut[oaie]|incontrat[oaie]|vist[oaie])",
    r"\bè\s+stato\s+(?:un\s+(?:vero\s+)?piacere|bello|un\s+onore)\s+(?:conoscer|incontrar|"
    r"veder)(?:ti|la|vi)\b",
    r"\bci\s+siamo\s+(?:conosciut|incontrat|vist)[ie]\s+(?:a|al|alla|allo|ai|alle|in|durante|"
    r"ieri|all['’])",
)

NOT_MET = (
    r"\b(?:spero|speriamo)\s+di\s+(?:poter(?:ti|la)?\s+)?(?:conoscer|incontrar|veder)\w*",
    r"\bnon\s+vedo\s+l['’]ora\s+di\s+(?:conoscer|incontrar|veder)\w*",
    r"\bsarà\s+(?:un\s+piacere|bello)\s+(?:conoscer|incontrar)\w*",
    r"\bnon\s+ci\s+siamo\s+(?:mai|ancora)\s+(?:conosciut|incontrat|vist)[ie]\b",
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
