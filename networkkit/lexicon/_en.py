"""English phrase lists."""

from networkkit.lexicon._shared import CLAUSE, CLAUSE_START, QUOTED, SENTENCE

#: Adjectives of a warm greeting ("great", "a pleasure", "such a treat").
_ADJ = (
    r"(?:great|nice|good|lovely|wonderful|fantastic|awesome|brilliant|pleasure|a\s+pleasure|"
    r"a\s+real\s+pleasure|glad|delighted|treat|a\s+treat|such\s+a\s+(?:treat|pleasure))"
)
#: What places a greeting in the past and in person: a place ("at the fair"), "in person",
#: or a past time ("yesterday", "last week", "on Friday"). Future times ("next week") and
#: virtual meetings are blanked out by ``NOT_MET`` before this is searched.
_CUE = (
    r"(?:at|in\s+person|face(?:\s|-)to(?:\s|-)face|in\s+real\s+life|irl|yesterday|today|earlier|"
    r"tonight|last\s+(?:night|week(?:end)?|month|year|time|\w+day)|"
    r"this\s+(?:morning|afternoon|evening|week(?:end)?)|"
    r"over\s+(?:lunch|coffee|dinner|breakfast|drinks|a\s+coffee)|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
)
_FILLER = r"(?:\s+(?:again|all|both|too|briefly|properly|finally|there))?"

MET_IN_PERSON = (
    rf"\b{_ADJ}\s+(?:meeting|seeing)\s+you\b",
    rf"\b{_ADJ}\s+to\s+(?:finally\s+)?(?:meet|see)\s+you\b{_FILLER}(?:\s+|,\s*){_CUE}",
    rf"\b{_ADJ}\s+(?:to\s+)?(?:chat(?:ting)?|talk(?:ing)?|catch(?:ing)?\s+up|meet(?:ing)?\s+up|"
    rf"bump(?:ing)?\s+into\s+you|run(?:ning)?\s+into\s+you)(?:\s+(?:with|to)\s+you)?{_FILLER}"
    rf"(?:\s+|,\s*){_CUE}",
    r"\b(?:it\s+)?was\s+(?:really\s+|so\s+|very\s+)?(?:great|nice|good|lovely|wonderful|"
    r"a\s+pleasure|a\s+real\s+pleasure|fun)\s+(?:to\s+meet|meeting|to\s+see|seeing|"
    r"catching\s+up\s+with|talking\s+(?:to|with)|chatting\s+with)\s+(?:you|everyone)\b",
    rf"\b(?:{_ADJ}|happy|pleased)\s+to\s+have\s+met\b",
    r"\b(?:really\s+)?(?:enjoyed|loved)\s+(?:meeting|seeing)\s+you\b",
    rf"\b(?:enjoyed|loved)\s+(?:our|the)\s+(?:talk|chat|conversation)\s+(?:by\s+the|{_CUE})",
    r"\bthanks?(?:\s+you)?\s+(?:\w+\s+){0,2}?for\s+showing\s+(?:me|us)\s+(?:around|round)\b",
    r"\b(?:got|get)\s+to\s+meet\s+(?:you\s+)?(?:in\s+person|face(?:\s|-)to(?:\s|-)face)",
    r"\bput\s+a\s+face\s+to\s+(?:the|a|your)\s+name\b",
    r"\b(?:we|i|you\s+and\s+i)\s+met\s+(?:\w+\s+){0,2}?(?:at|during|in|last|yesterday|earlier|"
    r"on|briefly)\b",
    r"\bmet\s+you\s+(?:at|during|in|last|yesterday|today|earlier|on)\b",
    r"\bafter\s+meeting\s+you\s+(?:at|in|during)\b",
    r"\bglad\s+we\s+(?:finally\s+)?(?:met|got\s+to\s+meet)\b",
    r"\bthanks?(?:\s+you)?\s+(?:\w+\s+){0,3}?for\s+(?:taking\s+the\s+time\s+to\s+)?"
    r"meet(?:ing)?\s+(?:with\s+)?me\b",
    rf"\bthanks?(?:\s+you)?\s+(?:again\s+|so\s+much\s+)?for\s+(?:the\s+|our\s+|your\s+)?"
    rf"(?:great\s+|lovely\s+|nice\s+|good\s+)?(?:chat|conversation|talk|coffee|lunch|dinner|"
    rf"drinks?|breakfast|time)\b(?:\s+and\s+the\s+\w+)?\s+{_CUE}",
    r"\bthanks?(?:\s+you)?\s+(?:\w+\s+){0,2}?for\s+(?:coming|stopping|dropping|swinging)\s+"
    r"(?:by|over|to|in)\b",
    r"\bthanks?(?:\s+you)?\s+(?:\w+\s+){0,2}?for\s+saying\s+(?:hi|hello)\b",
    r"\bfollowing\s+up\s+(?:on|from)\s+our\s+(?:chat|conversation|talk|meeting)\s+"
    r"(?:at|during|in\s+person|yesterday|over)\b",
)

#: Ways to meet that are not in person.
_VIRTUAL = (
    r"\b(?:virtual(?:ly)?|online|zoom|skype|webex|google\s+meet|(?:on|via|over|ms|microsoft)"
    r"\s+teams|video\w*|webinars?|webcasts?|live\s*streams?|phone|(?:the|a|our|your|video|"
    r"phone|zoom|teams)\s+call|e-?meet|remote(?:ly)?|slack|email|e-mail)\b"
)

NOT_MET = (
    *QUOTED,
    # a clause that names a virtual channel: "Great to meet you over video yesterday"
    rf"{CLAUSE_START}{CLAUSE}{_VIRTUAL}{CLAUSE}",
    # plans, hopes, conditions: "would be great to meet you", "I'd love to meet you"
    r"\b(?:would|could|should|might|will|shall|'d|'ll|won't|going\s+to)\b(?:\s+\w+){0,4}?\s+"
    rf"(?:to\s+)?(?:meet|meeting|see|seeing)\s+you\b{CLAUSE}",
    r"\blook(?:ing)?\s+forward\s+to\s+(?:meeting|seeing)\s+you\b",
    r"\bhop(?:e|ing)\s+to\s+(?:meet|see)\s+you\b" + CLAUSE,
    # a future time after the greeting: "Great to meet you at the conference next week"
    r"\b(?:meet|meeting|see|seeing)\s+you\b[^.!?\n,;]{0,60}?\b(?:next|tomorrow|soon|upcoming|"
    r"later\s+(?:today|this))\b",
    r"\b(?:have\s+not|haven't|never|not\s+yet)\s+met\b",
    # questions and doubts: "Did we meet at …?", "Not sure if we met at the fair"
    rf"\b(?:did|have|had|do|haven't|didn't)\s+we\s+(?:\w+\s+)?(?:meet|met|see|seen)\b{SENTENCE}",
    rf"\b(?:not\s+sure|wondering|i\s+wonder)\s+(?:if|whether)\b{SENTENCE}",
    # hearsay: someone else met them
    rf"\b(?:said|says|told\s+me|tells\s+me|mentioned)\b{SENTENCE}",
    r"\b(?:my|our|his|her|their)\s+(?:\w+\s+){0,2}?(?:met|saw)\s+you\b",
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
