"""Every text pattern grows linearly: 10× the text costs about 10× the time, never 100×.

One cell of each adversarial shape (letters, digits, dots, ``@``, dashes, URL-like, and the
mixtures that made the old patterns backtrack) is scrubbed at 10k and at 100k characters;
the ratio of the best of a few runs must stay under 20 (linear is about 10, quadratic about
100). CPU time of this process is measured (other work on a busy machine does not count
against it) and no absolute time is asserted.
"""

from __future__ import annotations

import gc
import time

import pandas as pd
import pytest

from networkkit.prepare._scrub import scrub

SHAPES = {
    "letters": "a",
    "digits": "7",
    "dots": ".",
    "at": "@",
    "dashes": "-",
    "url": "https://www.linkedin.com/in/",
    "word-dots": "ana.",
    "word-at": "ana@",
    "digit-space": "1 ",
    "digit-dash": "1-",
    "digit-dot": "12.",
    "email-like": "a@b.",
    "obfuscated": "a [at] b [dot] ",
    "full-width": "０",
    "no-break": "1\u00a0",
    "plus": "+1",
}


def _best(func, text: str, repeats: int) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(repeats):
            started = time.process_time()
            func(text)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


def growth(func, unit: str) -> float:
    """Return time(100k chars) / time(10k chars) of ``func`` on ``unit`` repeated."""
    small = (unit * (10_000 // len(unit) + 1))[:10_000]
    large = (unit * (100_000 // len(unit) + 1))[:100_000]
    func(small)  # warm caches (compiled patterns, the normalisation table)
    return _best(func, large, 5) / _best(func, small, 9)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_scrubbing_grows_linearly(shape):
    ratio = growth(scrub, SHAPES[shape])
    assert ratio < 20, f"scrubbing {shape}: 10x the text took {ratio:.0f}x the time"


@pytest.mark.parametrize("shape", list(SHAPES))
def test_anonymizing_grows_linearly(shape):
    from networkkit.prepare import Pseudonymizer
    from networkkit.prepare._names import NameMatcher

    people = [f"Ana{i:05d} Ruiz{i:05d}" for i in range(2_000)] + ["Ana Ruiz", "Wei Li"]
    matcher = NameMatcher(people, Pseudonymizer(b"k" * 32).name)
    ratio = growth(matcher.replace, SHAPES[shape] + " Ana ")
    assert ratio < 20, f"anonymizing {shape}: 10x the text took {ratio:.0f}x the time"


def test_anonymizing_costs_the_same_whatever_the_number_of_names():
    from networkkit.prepare import Pseudonymizer
    from networkkit.prepare._names import NameMatcher

    text = "Hi Ana Ruiz, meet Wei Li at Acme Cloud Solutions. " * 2_000
    name = Pseudonymizer(b"k" * 32).name
    few = NameMatcher(["Ana Ruiz", "Wei Li"], name)
    many = NameMatcher([f"Ana{i:05d} Ruiz{i:05d}" for i in range(16_000)] + ["Ana Ruiz"], name)
    assert _best(many.replace, text, 5) < 3 * _best(few.replace, text, 5)


def test_scrubbing_a_column_is_the_scrubber():
    from networkkit.prepare import scrub_text

    cells = pd.Series(["a" * 50_000 + " ana@example.com", "x" * 10, None], dtype="string")
    out = scrub_text(cells)
    assert out.iloc[0].endswith(" [email]") and out.iloc[1] == "x" * 10 and pd.isna(out.iloc[2])
