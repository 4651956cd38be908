"""French phrase lists."""

MET_IN_PERSON = (
    r"\b(?:ravie?s?|enchantée?s?|heureuse|heureux|contente?s?|plaisir)\s+(?:de\s+)?"
    r"(?:vous|t['’])\s*avoir\s+(?:rencontrée?s?|vue?s?|croisée?s?)",
    r"(?:\bc['’]était|\bce\s+fut|\bc['’]a\s+été|\bj['’]ai\s+été)\s+(?:un\s+(?:vrai\s+)?plaisir|"
    r"ravie?|enchantée?|super|génial|sympa)\s+de\s+(?:vous|te|t['’])\s*(?:rencontrer|voir|croiser)",
    r"\bnous\s+nous\s+sommes\s+(?:rencontrée?s|croisée?s|vus|vues)\b",
    r"\bon\s+s['’]est\s+(?:rencontrée?s?|croisée?s?|vus)\b",
)

NOT_MET = (
    r"(?:\bj['’]ai\s+hâte|\bau\s+plaisir|\bserait\s+un\s+plaisir|\bespérant|\bj['’]espère)\s+"
    r"(?:de\s+)?(?:vous|te)\s+(?:rencontrer|voir)",
    r"\bne\s+nous\s+sommes\s+(?:jamais|pas\s+encore|pas)\s+(?:rencontrée?s|croisée?s|vus)\b",
)

RECRUITER_TITLES = (
    r"\brecrut(?:eur|euse|ement)\b",
    r"\bchargée?\s+de\s+recrutement\b",
    r"\bchasseu(?:r|se)\s+de\s+têtes\b",
    r"\btalent\s+acquisition\b",
    r"\brecruiter\b",
)

JOB_OFFER = (
    r"\boffre\s+d['’]emploi\b",
    r"\bopportunité\s+(?:professionnelle|de\s+poste|de\s+carrière)\b",
    r"\bun\s+poste\s+de\b",
    r"\b(?:nous\s+recrutons|je\s+recrute|nous\s+recherchons)\b",
    r"\bnouveau\s+(?:défi|challenge|poste)\b",
    r"\bouverte?\s+à\s+(?:de\s+nouvelles|une\s+nouvelle)\s+(?:opportunités?|offres?)\b",
)

STOPWORDS = [
    "le",
    "les",
    "et",
    "je",
    "vous",
    "des",
    "une",
    "est",
    "pour",
    "avec",
    "que",
    "pas",
    "nous",
    "votre",
    "au",
    "sur",
    "dans",
    "bonjour",
    "merci",
    "être",
    "très",
    "mon",
]
