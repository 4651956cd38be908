"""The contact prefilter (Arrow's RE2) keeps every cell the scrubber would change.

The scrubber runs in Python only on the cells the prefilter marks, so a cell it drops is a
contact detail left in a report. The fast form (decimal digits, then the full pattern on the
few cells holding another kind of number) must mark all the full pattern marks, except runs
of letter numbers ("Ⅻ"), which no normalisation makes digits.
"""

from __future__ import annotations

import unicodedata

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given, settings
from hypothesis import strategies as st
from privacy_corpus import negatives, positives

from networkkit.prepare._privacy import _prefilter
from networkkit.prepare._scrub import PREFILTER, find_private

#: Digits of several scripts, other numbers (superscripts, fractions, circled), letter
#: numbers, and the separators and letters phone numbers come with.
ALPHABET = (
    "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩०१२३४५६७८९¹²³½①②⑨⒈ⅠⅫ〇 -+().@/aeoxＡ\u00a0\u2009"
)


def _full(texts: list[str]) -> list[bool]:
    return pc.match_substring_regex(pa.array(texts, pa.large_string()), PREFILTER).to_pylist()


def test_every_contact_detail_of_the_corpus_is_a_candidate():
    texts = [p.text for p in positives()] + negatives()
    marked = _prefilter(pa.array(texts, pa.large_string()))
    missed = [t for t, m in zip(texts, marked, strict=True) if find_private(t) and not m]
    assert missed == []
    assert sum(marked[: len(positives())]) == len(positives())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=40), min_size=1, max_size=20))
def test_the_fast_prefilter_marks_what_the_full_one_marks(texts):
    fast = _prefilter(pa.array(texts, pa.large_string()))
    for text, quick, full in zip(texts, fast, _full(texts), strict=True):
        if find_private(text):
            assert quick, text
        if not any(unicodedata.category(c) == "Nl" for c in text):
            assert bool(quick) == bool(full), text  # the same cells, letter numbers aside
