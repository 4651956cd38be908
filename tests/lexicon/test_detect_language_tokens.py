"""detect_language counts stopwords on one Arrow tokenisation; it must count exactly what the
per-language look-around patterns (the first implementation) count."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from networkkit import lexicon
from networkkit.lexicon import STOPWORDS


def _reference(texts: list[str], *, min_hits: int = 2, min_kana: int = 3) -> list[str]:
    """The pattern-per-language detector, written out: one regex count per language."""
    s = pd.Series(texts, dtype=object)
    langs = [lang for lang, words in STOPWORDS.items() if words]
    scores = np.column_stack(
        [
            s.str.count(
                re.compile(
                    r"(?<!\w)(?:" + "|".join(map(re.escape, STOPWORDS[lang])) + r")(?!\w)",
                    re.IGNORECASE,
                )
            ).to_numpy()
            for lang in langs
        ]
    )
    out = np.where(scores.max(axis=1) >= min_hits, np.asarray(langs)[scores.argmax(axis=1)], "und")
    kana = s.str.count(r"[\u3040-\u30ff]").to_numpy()
    return list(np.where(kana >= min_kana, "ja", out))


_WORDS = sorted({w for words in STOPWORDS.values() for w in words})
# realistic pieces: stopwords in any case, letters that glue onto them (ä, é, ø, digits, _),
# apostrophes (I'm, it's), punctuation, newlines, kana and CJK
_PIECES = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.upper),
    st.sampled_from(_WORDS).map(str.title),
    st.sampled_from(["ä", "é", "ø", "ß", "_", "1", "x", "'", "'s", "’", "-", ".", ",", "!"]),
    st.sampled_from([" ", "  ", "\n", "\t", "\u00a0"]),
    st.sampled_from(["です", "ありがとう", "カタ", "你好", "Grüße", "Hälsningar", "naïve"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_PIECES, max_size=25).map("".join), min_size=1, max_size=12))
def test_token_counts_equal_the_pattern_counts(texts):
    assert lexicon.detect_language(pd.Series(texts)).tolist() == _reference(texts)


def test_glued_words_and_apostrophes_by_hand():
    texts = [
        "I'm sure the team and you will like it",  # en: i'm, the, and, you, will, it
        "Ich bin für die Stelle und nicht für das Geld",  # de
        "undie dasund für_die für1die",  # glued: no stopword is a whole token here
        "it's the",  # it + the: 2 (the apostrophe ends "it")
        "",
    ]
    got = lexicon.detect_language(texts).tolist()
    assert got == _reference(texts)
    assert got == ["en", "de", "und", "en", "und"]
