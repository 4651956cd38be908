"""Phrase lists per language, and the vectorised matchers built on them.

Languages (ISO 639-1 codes): ``en`` English, ``ja`` Japanese, ``nl`` Dutch, ``it`` Italian,
``nb`` Norwegian (bokmål), ``de`` German, ``fr`` French, ``es`` Spanish. Each language lives in
its own small module (``_en.py`` …) holding five lists of regular expressions (Python ``re``
syntax, matched case-insensitively):

``MET_IN_PERSON``
    Evidence that two people met in person, **in the past**: a greeting with a place, "in
    person" or a past time ("great to meet you at the fair yesterday", "leuk je gisteren te
    ontmoeten"), a past tense ("it was a pleasure to meet you", "お会いできて…"), a shared
    past meeting ("we met at …") or thanks for a visit or a coffee ("takk for sist"). A bare
    greeting ("nice to meet you"), a hope ("hope to meet you") or a plan ("looking forward to
    meeting you") is not evidence.
``NOT_MET``
    Future, hypothetical, virtual, negated, questioned, reported or quoted meetings ("would be
    great to meet you", "on Zoom", "we have never met", "did we meet at …?", "my colleague met
    you", "まだお会いできていません"). A language's spans (often its whole clause) are blanked
    out *before* that language's ``MET_IN_PERSON`` patterns are searched, so "It would be great
    meeting you" is not evidence.
``RECRUITER_TITLES``
    Job titles of recruiters, sourcers and headhunters.
``JOB_OFFER``
    Phrases of a job offer or a recruiter's approach ("exciting opportunity", "vacature",
    "Stellenangebot", "求人").
``STOPWORDS``
    Frequent function words used by :func:`detect_language` (Japanese is told by its script).

To add a language, add a module with the five names and list it in :data:`LANGUAGES`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from types import ModuleType

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from networkkit.lexicon import _de, _en, _es, _fr, _it, _ja, _nb, _nl

__all__ = [
    "JOB_OFFER",
    "LANGUAGES",
    "MET_IN_PERSON",
    "NOT_MET",
    "RECRUITER_TITLES",
    "STOPWORDS",
    "compile_patterns",
    "detect_language",
    "has_job_offer_phrase",
    "is_recruiter_title",
    "met_in_person_candidates",
    "met_in_person_evidence",
]

_MODULES: dict[str, ModuleType] = {
    "en": _en,
    "ja": _ja,
    "nl": _nl,
    "it": _it,
    "nb": _nb,
    "de": _de,
    "fr": _fr,
    "es": _es,
}

#: Supported languages, ISO 639-1 codes, in tie-break order for :func:`detect_language`.
LANGUAGES: tuple[str, ...] = tuple(_MODULES)

MET_IN_PERSON: dict[str, tuple[str, ...]] = {k: m.MET_IN_PERSON for k, m in _MODULES.items()}
NOT_MET: dict[str, tuple[str, ...]] = {k: m.NOT_MET for k, m in _MODULES.items()}
RECRUITER_TITLES: dict[str, tuple[str, ...]] = {k: m.RECRUITER_TITLES for k, m in _MODULES.items()}
JOB_OFFER: dict[str, tuple[str, ...]] = {k: m.JOB_OFFER for k, m in _MODULES.items()}
STOPWORDS: dict[str, tuple[str, ...]] = {k: tuple(m.STOPWORDS) for k, m in _MODULES.items()}

_KINDS = {
    "met_in_person": MET_IN_PERSON,
    "not_met": NOT_MET,
    "recruiter_titles": RECRUITER_TITLES,
    "job_offer": JOB_OFFER,
}

#: Hiragana and katakana: Japanese text has them, Chinese text does not.
_KANA = r"[\u3040-\u30ff]"


def _languages(languages: Iterable[str] | None) -> tuple[str, ...]:
    if languages is None:
        return LANGUAGES
    chosen = tuple(languages)
    unknown = sorted(set(chosen) - set(LANGUAGES))
    if unknown:
        raise ValueError(f"unknown language code(s) {unknown}; choose from {list(LANGUAGES)}")
    return chosen


@cache
def _compiled(kind: str, languages: tuple[str, ...]) -> re.Pattern[str]:
    patterns = [p for lang in languages for p in _KINDS[kind][lang]]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.DOTALL)


def _loosen(pattern: str) -> str:
    r"""Rewrite a Python pattern as a looser RE2 one that matches at least the same texts.

    Word boundaries and look-arounds are dropped and bounded repeats (``{0,5}``) become
    unbounded ones (fewer constraints, and an automaton RE2 runs fast). RE2's classes are
    ASCII-only, so ``\w`` and a class of word characters (``[\w'-]``) become "not a space",
    ``\s`` also covers Unicode spaces, and inside a negated class (``[^\w]``) they become the
    Unicode classes they stand for.
    """
    p = re.sub(r"\(\?<?[!=][^()]*\)", "", pattern)
    p = p.replace(r"\b", "")
    # bounded repeats become unbounded: RE2's automaton for one alternation of many
    # "{0,5}" word gaps is too large for its fast (DFA) mode, and "*" matches more anyway
    p = re.sub(r"\{0,\d+\}", "*", p)
    p = re.sub(r"\{[1-9]\d*,\d+\}", "+", p)
    # odd parts are bracketed classes, even parts the text around them
    parts = re.split(r"(\[\^?\]?(?:\\.|[^\]\\])*\])", p)
    for i, part in enumerate(parts):
        if i % 2 and not part.startswith("[^") and r"\w" in part:
            # a class of word characters ([\w'-]): "not a space", a far smaller automaton
            parts[i] = r"[^\s\p{Z}]"
        elif i % 2:
            parts[i] = part.replace(r"\w", r"\p{L}\p{N}_").replace(r"\s", r"\s\p{Z}")
        else:
            parts[i] = part.replace(r"\s", r"[\s\p{Z}]").replace(r"\w", r"[^\s\p{Z}]")
    return "".join(parts)


@cache
def _prefilters(kind: str, languages: tuple[str, ...]) -> tuple[str, ...]:
    """Build one RE2 prefilter per language.

    RE2 runs each as a small fast automaton, whereas the alternation of all languages'
    patterns outgrows its fast (DFA) mode and runs about 100 times slower.
    """
    return tuple(
        "|".join(f"(?:{_loosen(p)})" for p in _KINDS[kind][lang])
        for lang in languages
        if _KINDS[kind][lang]
    )


@cache
def _prefilter(kind: str, languages: tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in _prefilters(kind, languages))


def _match(s: pd.Series, kind: str, languages: tuple[str, ...]) -> np.ndarray:
    """Boolean mask of ``kind`` matches: pyarrow's RE2 prefilters, Python ``re`` to confirm."""
    out = np.zeros(len(s), dtype=bool)
    if s.empty:
        return out
    arr = pa.array(s.to_numpy(), type=pa.string())
    maybe = np.zeros(len(s), dtype=bool)
    for prefilter in _prefilters(kind, languages):
        hit = pc.match_substring_regex(arr, prefilter, ignore_case=True)
        maybe |= hit.to_numpy(zero_copy_only=False)
    if maybe.any():
        sub = s[maybe]
        out[maybe] = sub.str.contains(_compiled(kind, languages), regex=True).to_numpy(dtype=bool)
    return out


def compile_patterns(kind: str, *, languages: Iterable[str] | None = None) -> re.Pattern[str]:
    """Return one compiled, case-insensitive regular expression for a kind of phrase.

    Parameters
    ----------
    kind : {"met_in_person", "not_met", "recruiter_titles", "job_offer"}
        Which list.
    languages : iterable of str, optional
        Language codes to include; all of :data:`LANGUAGES` by default.

    Returns
    -------
    re.Pattern
        The alternation of every pattern of those languages.
    """
    if kind not in _KINDS:
        raise ValueError(f"unknown phrase kind {kind!r}; choose from {sorted(_KINDS)}")
    return _compiled(kind, _languages(languages))


def _texts(texts: pd.Series | Iterable[str | None]) -> pd.Series:
    """Object-dtype text with "" for missing values, so that Python's ``re`` does the matching."""
    s = texts if isinstance(texts, pd.Series) else pd.Series(list(texts), dtype=object)
    return s.astype(object).where(s.notna(), "").astype(str)


def met_in_person_candidates(
    texts: pd.Series | Iterable[str | None], *, languages: Iterable[str] | None = None
) -> pd.Series:
    """Tell which texts hold a ``MET_IN_PERSON`` phrase *before* negatives are considered.

    A cheap first pass (an RE2 keyword filter, then the positive patterns) for callers that
    want to run :func:`met_in_person_evidence` on few texts only. Every text with evidence is
    a candidate; not every candidate has evidence ("it would be great meeting you").

    Parameters
    ----------
    texts : pandas.Series or iterable of str
        Invitation notes or message bodies.
    languages : iterable of str, optional
        Language codes to search; all by default.

    Returns
    -------
    pandas.Series
        Boolean (numpy ``bool``), aligned with ``texts``.
    """
    s = _texts(texts)
    return pd.Series(_match(s, "met_in_person", _languages(languages)), index=s.index)


def met_in_person_evidence(
    texts: pd.Series | Iterable[str | None],
    *,
    languages: Iterable[str] | None = None,
    context: int = 40,
) -> pd.Series:
    """Find evidence of a past in-person meeting in each text.

    ``NOT_MET`` spans (plans, hopes, virtual or negated meetings) are blanked out first, then
    the first ``MET_IN_PERSON`` match is returned with up to ``context`` characters either side,
    cut at word boundaries; a cut side is marked with "…".

    Parameters
    ----------
    texts : pandas.Series or iterable of str
        Invitation notes or message bodies; missing values never match.
    languages : iterable of str, optional
        Language codes to search; all by default.
    context : int, default 40
        Characters kept either side of the match in the snippet.

    Returns
    -------
    pandas.Series
        String dtype, aligned with ``texts``: the evidence snippet (whitespace collapsed), or NA.

    Examples
    --------
    >>> met_in_person_evidence(["Great meeting you at the fair!", "Nice to meet you"]).tolist()
    ['Great meeting you at the fair!', <NA>]
    """
    langs = _languages(languages)
    s = _texts(texts)
    out = pd.Series(pd.NA, index=s.index, dtype="string")
    if s.empty:
        return out
    # only texts with a candidate phrase need the negatives blanked (then a second look)
    s = s[met_in_person_candidates(s, languages=langs).to_numpy()]
    if s.empty:
        return out
    # each language's negatives guard its own positives only: a Dutch "morgen" (tomorrow) must
    # not blank a German "heute Morgen", nor a Norwegian "ikke" a Danish-looking name
    for lang in langs:
        todo = s[out[s.index].isna().to_numpy() & _match(s, "met_in_person", (lang,))]
        if todo.empty:
            continue
        found = _evidence(todo, lang, int(context))
        found = found[found.notna()]
        out[found.index] = found.astype("string")
    return out


def _evidence(s: pd.Series, lang: str, context: int) -> pd.Series:
    """Return the first ``MET_IN_PERSON`` match of ``lang`` with context, negatives blanked.

    The context before and after the match is cut at a word boundary, and a cut says so
    with "…".
    """
    s = s.str.replace(_compiled("not_met", (lang,)), " ", regex=True)
    met = _compiled("met_in_person", (lang,)).pattern
    # ^(.*?)(match)(after)(rest): the lazy prefix makes this one left-to-right search per
    # text; the context after the match ends at a word boundary
    n = max(context, 0)
    parts = s.str.extract(
        re.compile(rf"^(.*?)((?:{met}))(.{{0,{n}}}(?=\s|$)|)(.*)$", re.IGNORECASE | re.DOTALL)
    )
    before = parts[0].fillna("")
    cut = before.str.len() > n
    # a prefix longer than the context loses its first, partial word and says so
    kept = before.str.slice(-n) if n > 0 else before.str.slice(0, 0)
    kept = kept.where(~cut, "…" + kept.str.replace(r"^\S*\s*", "", regex=True))
    after = parts[2].fillna("")
    after = after.where(parts[3].fillna("").str.strip() == "", after.str.rstrip() + "…")
    found = (kept + parts[1] + after).where(parts[1].notna())
    return found.str.replace(r"\s+", " ", regex=True).str.strip()


def is_recruiter_title(
    titles: pd.Series | Iterable[str | None], *, languages: Iterable[str] | None = None
) -> pd.Series:
    """Tell whether each job title is a recruiter's (recruiter, sourcer, headhunter, …).

    Parameters
    ----------
    titles : pandas.Series or iterable of str
        Job titles (e.g. ``connections.position``); missing values are False.
    languages : iterable of str, optional
        Language codes to search; all by default.

    Returns
    -------
    pandas.Series
        Boolean (numpy ``bool``), aligned with ``titles``.
    """
    s = _texts(titles)
    return pd.Series(_match(s, "recruiter_titles", _languages(languages)), index=s.index)


def has_job_offer_phrase(
    texts: pd.Series | Iterable[str | None], *, languages: Iterable[str] | None = None
) -> pd.Series:
    """Tell whether each text holds a job-offer phrase ("exciting opportunity", "vacature", …).

    Parameters
    ----------
    texts : pandas.Series or iterable of str
        Message bodies or subjects; missing values are False.
    languages : iterable of str, optional
        Language codes to search; all by default.

    Returns
    -------
    pandas.Series
        Boolean (numpy ``bool``), aligned with ``texts``.
    """
    s = _texts(texts)
    return pd.Series(_match(s, "job_offer", _languages(languages)), index=s.index)


#: ``_KANA`` in RE2's syntax.
_KANA_RE2 = r"[\x{3040}-\x{30ff}]"
#: Python's ``\w`` in RE2's Unicode classes: letters, numbers and the underscore.
_NOT_WORD_RE2 = r"[^\p{L}\p{N}_]+"


@cache
def _stopword_sets() -> dict[str, tuple[pa.Array, re.Pattern[str] | None]]:
    r"""Per language: its one-word stopwords (an Arrow set) and a pattern for the others.

    A one-word stopword is a whole ``\w+`` token, so counting its matches equals counting the
    tokens it is equal to (case folded); the rest (``i'm``) are counted with their pattern.
    """
    out = {}
    for lang, words in STOPWORDS.items():
        if not words:
            continue
        simple = sorted({w.lower() for w in words if re.fullmatch(r"\w+", w)})
        other = [w for w in words if not re.fullmatch(r"\w+", w)]
        pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, other)) + r")(?!\w)", re.I)
            if other
            else None
        )
        out[lang] = (pa.array(simple, type=pa.string()), pattern)
    return out


def detect_language(
    texts: pd.Series | Iterable[str | None], *, min_hits: int = 2, min_kana: int = 3
) -> pd.Series:
    """Guess each text's language from its script and its function words.

    Japanese is recognised by its script (at least ``min_kana`` hiragana or katakana
    characters). Every other language scores one point per occurrence of one of its
    :data:`STOPWORDS`; the highest score wins (ties go to the earlier language in
    :data:`LANGUAGES`) when it reaches ``min_hits``, else the text is ``"und"``
    (undetermined). Short texts ("Hi!") are usually undetermined: that is honest.

    Parameters
    ----------
    texts : pandas.Series or iterable of str
        Message bodies.
    min_hits : int, default 2
        Fewest function-word hits needed to name a language.
    min_kana : int, default 3
        Fewest kana characters for Japanese.

    Returns
    -------
    pandas.Series
        String dtype, aligned with ``texts``: a code of :data:`LANGUAGES` or ``"und"``.

    Examples
    --------
    >>> detect_language(["Hei, takk for sist og lykke til", "お会いできて嬉しかったです"]).tolist()
    ['nb', 'ja']
    """
    s = _texts(texts)
    if s.empty:
        return pd.Series([], index=s.index, dtype="string")
    # one tokenisation in Arrow (Unicode classes), then one set lookup per language
    arr = pa.array(s.to_numpy(), type=pa.string())
    tokens = pc.split_pattern_regex(pc.utf8_lower(arr), _NOT_WORD_RE2)
    flat = pc.list_flatten(tokens)
    row = pc.list_parent_indices(tokens).to_numpy()
    sets = _stopword_sets()
    scores = np.zeros((len(s), len(sets)), dtype=np.int64)
    for j, (words, pattern) in enumerate(sets.values()):
        hit = pc.is_in(flat, value_set=words).to_numpy(zero_copy_only=False)
        scores[:, j] = np.bincount(row[hit], minlength=len(s))
        if pattern is not None:
            scores[:, j] += s.str.count(pattern).to_numpy()
    best = scores.argmax(axis=1)
    top = scores.max(axis=1)
    names = np.asarray(list(sets), dtype=object)[best]
    out = np.where(top >= min_hits, names, "und")
    kana = pc.count_substring_regex(arr, _KANA_RE2).to_numpy(zero_copy_only=False)
    out = np.where(kana >= min_kana, "ja", out)
    return pd.Series(out, index=s.index, dtype="string")
