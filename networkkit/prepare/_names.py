"""Finding known people's names in free text, in one pass whatever the number of names.

Every known name goes into one Aho–Corasick automaton (``pyahocorasick``), built once, over a
*folded* form of the text: case-folded, accents removed (``José Núñez`` and ``Jose Nunez`` are
one name), every apostrophe ``’ ʼ ‘`` read as ``'`` and every dash as ``-``. Folding keeps the
text's length, so a match is replaced at the same place in the original.

- A full name (``Ana Ruiz``, ``Ana María Ruiz``, ``Anne-Marie O’Brien``) is replaced wherever
  it stands as whole words.
- A first or last name alone, and each part of a hyphenated name, is replaced only in a
  person context, so ``Marisol Cloud Solutions K.K.`` and ``will`` stay as they are: it must be
  capitalised and not open a company's name, or follow a greeting or title (``Hi``, ``Dr``,
  ``Frau``), or stand next to another known name, or carry an honorific (``さん``).
- A two-letter name (``Li``, ``Ng``) needs a greeting or title before it, or another known
  name beside it.

A name that belongs to one known person always becomes that person's pseudonym, so one
person reads as one pseudonym everywhere; a first name shared by several people becomes a
pseudonym of its own.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable

import ahocorasick

__all__ = ["NameMatcher", "fold", "fold_name"]

_APOSTROPHES = "\u2019\u2018\u02bc\u02bb\u0060\u00b4\u2032\uff07"


class _Folder(dict):
    """``str.translate`` table folding one character into exactly one (cached)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        cat = unicodedata.category(ch)
        if ch in _APOSTROPHES:
            out = "'"
        elif cat == "Pd" or ch == "\u2212":
            out = "-"
        elif cat in {"Zs", "Zl", "Zp"} or ch in "\t\n\r\x0b\x0c":
            out = " "
        else:
            base = "".join(
                c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)
            )
            out = ch
            for candidate in (base.casefold(), base.lower(), ch.casefold(), ch.lower()):
                if len(candidate) == 1:
                    out = candidate
                    break
        self[code] = out
        return out


_FOLD = _Folder()


def fold(text: str) -> str:
    """Fold ``text`` for matching, one character for one: case, accents, apostrophes, dashes.

    Examples
    --------
    >>> fold("José  O’Brien–Núñez")
    "jose  o'brien-nunez"
    """
    return text.translate(_FOLD)


def fold_name(name: str) -> str:
    """Fold a name and collapse its spaces: the form two spellings of one name share."""
    return " ".join(fold(name).split())


#: Letters of cased scripts: a name must not run into one of them ("Ana" is not in "Banana"),
#: while Japanese or Chinese text may run straight into a name ("Samさん").
_CASED = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0370-\u03FF\u0400-\u04FF]")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_TITLE = re.compile(
    r"(?:^|[^\w'])(?:hi|hello|hey|dear|dearest|thanks|thank you|cheers|regards|mr|mrs|ms|miss"
    r"|mx|dr|prof|sir|madam|herr|frau|hallo|liebe|lieber|bonjour|salut|cher|chere|m|mme|mlle"
    r"|hola|querido|querida|estimado|estimada|sr|sra|srta|don|dona|ciao|caro|cara|gentile|sig"
    r"|hej|hoi|beste|dag|cc|@)[.,:;!]{0,2} {1,3}$"
)
_HONORIFIC = re.compile(r"(?:さん|様|さま|くん|ちゃん|氏|先生|-san|-sama|-kun|'s\b|,)")
_COMPANY_WORDS = frozenset(
    [
        "Inc",
        "Ltd",
        "LLC",
        "LLP",
        "PLC",
        "GmbH",
        "AG",
        "SA",
        "SAS",
        "SARL",
        "SRL",
        "SpA",
        "BV",
        "NV",
        "AB",
        "AS",
        "Oy",
        "KK",
        "K.K.",
        "Co",
        "Co.",
        "Corp",
        "Company",
        "Corporation",
        "Group",
        "Holding",
        "Holdings",
        "Partners",
        "Solutions",
        "Consulting",
        "Consultants",
        "Lab",
        "Labs",
        "Technologies",
        "Technology",
        "Tech",
        "Cloud",
        "Data",
        "Systems",
        "Software",
        "Analytics",
        "Ventures",
        "Capital",
        "Media",
        "Studio",
        "Studios",
        "Digital",
        "Bank",
        "Foods",
        "Health",
        "University",
        "Institute",
        "Associates",
    ]
)
#: A company's name goes on after a name with up to three capitalised words and a company
#: word (``Marisol Cloud Solutions K.K.``, ``Threlkeld & Partners``): then it is no person.
_COMPANY_WORD = "|".join(map(re.escape, sorted(_COMPANY_WORDS, key=len, reverse=True)))
_COMPANY = re.compile(
    r"(?: {1,3}(?:&|and|und|et|y)?\s{0,3}[A-Z0-9][\w&.'-]{0,30}){0,3}? {0,3}[,&]? {0,3}"
    rf"(?:{_COMPANY_WORD}|&)(?![\w-])"
)


def _cased_at(text: str, pos: int) -> bool:
    return 0 <= pos < len(text) and _CASED.match(text, pos) is not None


class NameMatcher:
    """Replace known people's names in text by their pseudonyms, in one automaton pass.

    Parameters
    ----------
    people : iterable of str
        Every known person's full name (duplicates and spelling variants are fine).
    pseudonym : callable
        Name → pseudonym (e.g. :meth:`networkkit.prepare.Pseudonymizer.name`); called with
        the person's name as given, or with a token shared by several people.
    not_people : iterable of str
        Folded names that are not people (``linkedin member``); never replaced.
    """

    def __init__(
        self,
        people: Iterable[str],
        pseudonym: Callable[[str], str],
        *,
        not_people: Iterable[str] = (),
    ) -> None:
        skip = {fold_name(n) for n in not_people}
        fulls: dict[str, str] = {}
        owners: dict[str, set[str]] = defaultdict(set)
        for raw in people:
            if raw is None or not isinstance(raw, str):
                continue
            name = fold_name(raw)
            if len(name) < 2 or name in skip or not any(c.isalpha() for c in name):
                continue
            words = [w for w in name.split(" ") if any(c.isalpha() for c in w)]
            if not words:
                continue
            person = fulls.setdefault(name, raw)
            if len(words) >= 2:
                fulls.setdefault(f"{words[0]} {words[-1]}", person)
            for word in words:
                for part in {word, *word.split("-")}:
                    part = part.strip("'-.")
                    if len(part) >= 2 and any(c.isalpha() for c in part):
                        owners[part].add(fold_name(person))
        self._pseudonym = pseudonym
        self._singles = set(owners)
        automaton = ahocorasick.Automaton()
        by_folded = {fold_name(v): v for v in fulls.values()}
        for key, person in fulls.items():
            if " " in key:
                automaton.add_word(key, (len(key), "full", pseudonym(person)))
        for key, who in owners.items():
            if len(who) == 1:
                (only,) = who
                value = pseudonym(by_folded.get(only, only))
            else:
                value = pseudonym(key)
            automaton.add_word(key, (len(key), "single", value))
        self._empty = len(automaton) == 0
        if not self._empty:
            automaton.make_automaton()
        self._automaton = automaton

    def _in_person_context(self, text: str, folded: str, start: int, end: int) -> bool:
        before = folded[max(0, start - 24) : start]
        if _TITLE.search(before) or _HONORIFIC.match(text, end):
            return True
        words = folded[max(0, start - 40) : start].split()
        if words and not folded[start - 1 : start].isalpha() and words[-1] in self._singles:
            return True  # "Li" after a known first name, "Wei Li"
        following = _WORD.match(folded, end + 1) if folded[end : end + 1] == " " else None
        if following is not None and following.group().strip("'-") in self._singles:
            return True
        if end - start <= 2:
            return False  # a two-letter name needs a title, a greeting or a known name by it
        first = text[start]
        if first.isalpha() and not first.isupper():
            return False  # "will", "grace": a lower-case word is not a name here
        return _COMPANY.match(text, end) is None

    def replace(self, text: str) -> str:
        """Return ``text`` with every known name, in context, replaced by its pseudonym."""
        if self._empty or not text:
            return text
        folded = fold(text)
        found = []
        for last, (length, kind, value) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if _cased_at(folded, start - 1) or _cased_at(folded, end):
                continue
            found.append((start, -length, end, kind, value))
        if not found:
            return text
        found.sort()
        parts, pos = [], 0
        for start, _neg, end, kind, value in found:
            if start < pos:
                continue
            if kind == "single" and not self._in_person_context(text, folded, start, end):
                continue
            parts.append(text[pos:start])
            parts.append(value)
            pos = end
        parts.append(text[pos:])
        return "".join(parts)
