"""Patterns every language shares: quoted text is someone else's words, never evidence."""

#: Text between quotation marks (straight, curly, guillemets, German and Japanese quotes):
#: "the template says “Great meeting you at …”" quotes a phrase, it does not say it.
QUOTED = (
    r'"[^"\n]{1,300}"',
    r"“[^”\n]{1,300}”",
    r"„[^“”\n]{1,300}[“”]",
    r"«[^»\n]{1,300}»",
    r"「[^」\n]{1,300}」",
    r"『[^』\n]{1,300}』",
)

#: Where a clause starts: the text's start or just after punctuation that ends one.
CLAUSE_START = r"(?:^|(?<=[.!?\n,;:—–]))"

#: The rest of a clause (no clause-ending punctuation).
CLAUSE = r"[^.!?\n,;:—–]*"

#: The rest of a sentence.
SENTENCE = r"[^.!?\n。！？]*"

#: One word, hyphenated or with an apostrophe ("Networking-Abend", "l'équipe").
WORD = r"[\w'’-]+"
