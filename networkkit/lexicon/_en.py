"""English phrase lists."""

MET_IN_PERSON = (
    r"\b(?:great|nice|good|lovely|wonderful|fantastic|awesome|pleasure|a\s+pleasure|glad)\s+"
    r"(?:meeting|seeing)\s+you\b",
    r"\b(?:it\s+)?was\s+(?:really\s+|so\s+)?(?:great|nice|good|lovely|wonderful|a\s+pleasure|"
    r"a\s+real\s+pleasure)\s+(?:to\s+meet|meeting|to\s+see|seeing)\s+you\b",
    r"\b(?:great|nice|good|glad|happy|pleased|lovely)\s+to\s+have\s+met\b",
    r"\b(?:really\s+)?enjoyed\s+meeting\s+you\b",
    r"\b(?:we|i)\s+met\s+(?:at|during|in|last|yesterday|earlier|on)\b",
    r"\bmet\s+you\s+(?:at|during|in|last|yesterday|today|earlier|on)\b",
    r"\bglad\s+we\s+(?:met|got\s+to\s+meet)\b",
    r"\bthanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+meeting\s+(?:with\s+)?me\b",
)

NOT_MET = (
    r"\b(?:would|will|'d|could|might)\s+(?:be|have\s+been)\s+(?:great|nice|good|lovely|"
    r"a\s+pleasure)\s+(?:to\s+meet|meeting)\s+you\b",
    r"\b(?:great|nice|good|lovely)\s+(?:meeting|seeing)\s+you\s+(?:virtually|online|"
    r"on\s+(?:zoom|teams|the\s+(?:phone|call))|over\s+(?:zoom|teams|the\s+phone|video))\b",
    r"\blook(?:ing)?\s+forward\s+to\s+(?:meeting|seeing)\s+you\b",
    r"\bhope\s+to\s+(?:meet|see)\s+you\b",
    r"\b(?:have\s+not|haven't|never|not\s+yet)\s+met\b",
)

RECRUITER_TITLES = (
    r"\brecruit(?:er|ing|ment)\b",
    r"\btalent\s+(?:acquisition|partner|scout|sourcer|sourcing)\b",
    r"\bsourc(?:er|ing\s+specialist)\b",
    r"\bhead\s?hunter\b",
    r"\bexecutive\s+search\b",
    r"\bstaffing\b",
)

JOB_OFFER = (
    r"\b(?:job|career|exciting|new|great)\s+opportunit(?:y|ies)\b",
    r"\bopen\s+(?:position|role|vacancy)\b",
    r"\b(?:we\s+are|we're|i\s+am|i'm)\s+(?:currently\s+)?(?:hiring|recruiting)\b",
    r"\brecruiting\s+for\b",
    r"\bopen\s+to\s+(?:new\s+|a\s+new\s+)?(?:opportunities|roles?|positions?|offers?)\b",
    r"\byour\s+profile\s+(?:caught|stood|matches|is\s+a\s+(?:great|good|strong)\s+(?:fit|match))",
    r"\binterested\s+in\s+(?:a\s+|the\s+|this\s+)?(?:new\s+)?(?:role|position|job)\b",
    r"\b(?:compensation|salary)\s+(?:package|range|of)\b",
)

STOPWORDS = [
    "the",
    "and",
    "you",
    "to",
    "of",
    "is",
    "for",
    "with",
    "that",
    "are",
    "your",
    "have",
    "this",
    "be",
    "would",
    "will",
    "at",
    "i'm",
    "it",
    "we",
    "about",
    "our",
    "can",
    "my",
    "if",
    "as",
    "on",
]
