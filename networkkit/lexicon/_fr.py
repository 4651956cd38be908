"""French phrase lists."""

from networkkit.lexicon._shared import CLAUSE, CLAUSE_START, QUOTED, SENTENCE, WORD

_A = r"['’]"
_ADJ = (
    r"\b(?:ravie?s?|enchantée?s?|heureu(?:x|se)s?|contente?s?|plaisir|super|génial|sympa|"
    r"chouette|top|quel(?:le)?\s+coïncidence)"
)
#: A place ("au salon", "sur le stand"), "in person" or a past time ("hier").
_CUE = (
    rf"(?:au|aux|à|sur\s+(?:le|notre|votre|ton|son)\s+stand|lors|pendant|en\s+personne|"
    rf"en\s+vrai|de\s+vive\s+voix|hier|aujourd{_A}hui|ce\s+matin|ce\s+midi|ce\s+soir|"
    rf"cet\s+après-midi|la\s+semaine\s+dernière|le\s+mois\s+dernier|l{_A}an\s+dernier|"
    rf"dans\s+(?:vos|nos|tes|ses)\s+(?:bureaux|locaux)|(?:lundi|mardi|mercredi|jeudi|"
    rf"vendredi|samedi|dimanche))\b"
)
_OBJ = rf"(?:(?:vous|te|t{_A}|l{_A}|les)\s*)?"
_VERB = (
    r"(?:rencontrer|voir|croiser|revoir|faire\s+(?:votre|ta|sa)\s+connaissance|échanger|"
    r"discuter)"
)
_PAST = (
    r"(?:rencontrée?s?|vue?s?|croisée?s?|revue?s?|fait\s+(?:votre|ta|sa)\s+connaissance|"
    r"échangé|discuté)"
)

MET_IN_PERSON = (
    # past infinitive: "ravi de vous avoir rencontré"
    rf"{_ADJ}\s+(?:de\s+|d{_A}){_OBJ}avoir\s+(?:{WORD}\s+)?{_PAST}",
    # a greeting with a place, "in person" or a past time: "ravi de te croiser au salon"
    rf"{_ADJ}\s+(?:de\s+|d{_A}){_OBJ}{_VERB}(?:\s+enfin)?(?:\s+avec\s+(?:vous|toi))?\s+{_CUE}",
    # past tense: "c'était un plaisir de vous rencontrer"
    rf"(?:\bc{_A}était|\bce\s+fut|\bça\s+a\s+été|\bc{_A}a\s+été|\bj{_A}ai\s+été|"
    rf"\bj{_A}ai\s+eu\s+le)\s+(?:très\s+|vraiment\s+|super\s+)?(?:un\s+(?:vrai\s+|réel\s+|"
    rf"grand\s+)?plaisir|plaisir|ravie?|enchantée?|heureu(?:x|se)|contente?|super|génial|sympa|"
    rf"top|chouette)\s+(?:de\s+|d{_A}){_OBJ}{_VERB}",
    rf"\bj{_A}ai\s+(?:{WORD}\s+)?apprécié\s+(?:de\s+{_OBJ}{_VERB}|notre\s+(?:rencontre|échange|"
    rf"discussion))",
    rf"\bnous\s+nous\s+sommes\s+(?:{WORD}\s+)?(?:rencontrée?s|croisée?s|vue?s|parlé)",
    rf"\bon\s+s{_A}est\s+(?:{WORD}\s+)?(?:rencontrée?s?|croisée?s?|vue?s?|parlé)",
    r"\bnous\s+avons\s+(?:fait\s+connaissance|discuté|déjeuné|échangé)",
    r"\bon\s+a\s+(?:discuté|déjeuné|échangé|parlé)",
    rf"\bje\s+(?:vous|t{_A})\s*(?:ai\s+)?(?:rencontrée?|croisée?|vue?)\b",
    rf"\baprès\s+(?:t{_A}|vous\s+)avoir\s+(?:rencontrée?|croisée?|vue?)",
    rf"\bmerci\s+(?:encore\s+)?(?:pour|de|d{_A})\s+(?:(?:le|la|l{_A}|les|cette|votre|ton|ta|"
    rf"notre|ce)\s*)?(?:{WORD}\s+)?(?:café|déjeuner|dîner|soirée|visite|accueil|rendez-vous|"
    rf"rencontre)\b",
    rf"\bmerci\s+(?:encore\s+)?(?:pour|de)\s+(?:l{_A}|la\s+|le\s+|cette\s+|notre\s+|votre\s+|"
    rf"ce\s+)(?:{WORD}\s+)?(?:échange|discussion|conversation|temps)\b[^.!?\n]{{0,30}}?{_CUE}",
    rf"\bmerci\s+(?:d{_A}être|de\s+m{_A}avoir)\s+(?:{WORD}\s+)?(?:passée?s?|venue?s?|reçue?|"
    rf"accueillie?)\b",
    rf"\b(?:notre|cette)\s+(?:rencontre|échange|discussion|entrevue)\s+(?:{WORD}\s+)?(?:au|à|"
    rf"sur|lors|d{_A}hier|de\s+ce\s+matin|hier|pendant)\b",
    rf"\b(?:belle|super|chouette|excellente|bonne)\s+rencontre\s+{_CUE}",
)

_VIRTUAL = (
    r"\b(?:en\s+ligne|virtuel\w*|visio\w*|teams|zoom|skype|google\s+meet|vidéo\w*|"
    r"téléphon\w*|webinaire\w*|webinar\w*|en\s+live|en\s+direct|live|slack|linkedin|youtube|"
    r"par\s+e-?mail|par\s+mail|numérique)\b"
)

NOT_MET = (
    *QUOTED,
    rf"{CLAUSE_START}{CLAUSE}{_VIRTUAL}{CLAUSE}",
    # wishes, plans and conditions blank their clause: "ce serait un plaisir de …"
    rf"{CLAUSE_START}{CLAUSE}\b(?:serait|serais|serons|sera|aurait|aurais|aimerais|aimerait|"
    rf"voudrais|espère|espérant|espérais|hâte|au\s+plaisir|si|au\s+cas|pourr\w*|peut-être|"
    rf"voyons|essayons|ça\s+te\s+dit|ça\s+te\s+dirait|veux|faudrait)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}\b(?:demain|prochaine?|bientôt|à\s+venir)\b{CLAUSE}",
    rf"{CLAUSE_START}{CLAUSE}(?:\bne\b|\bn{_A}|\bjamais\b|\bpas\b){CLAUSE}",
    r"(?:^|(?<=[.!?\n,;:]))[^.!?\n,;:]*\?",
    rf"\b(?:dit|dis|disait|raconté)\b{SENTENCE}",
    rf"\bmon\s+\w+\s+(?:vous|t{_A})\s*a\s+(?:rencontrée?|vue?|croisée?)",
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
