"""The scrubber on a labelled corpus: every contact detail found, almost nothing else touched.

Recall must be 1.0 on the positives (each planted address or number is gone and its
placeholder is there); the false-positive rate on the negatives must stay at or under 2 %.
"""

from __future__ import annotations

import re

from privacy_corpus import negatives, positives

from networkkit.prepare._scrub import scrub


def test_corpus_is_the_size_the_issue_asks_for():
    pos, neg = positives(), negatives()
    assert len(pos) >= 300 and len(neg) >= 300
    assert len({p.text for p in pos}) == len(pos)
    assert sum(p.kind == "phone" for p in pos) >= 200
    assert sum(p.kind == "email" for p in pos) >= 100


def test_recall_is_one():
    missed = []
    for p in positives():
        out = scrub(p.text)
        digits_left = len(re.findall(r"\d", out)) - len(
            re.findall(r"\d", p.text.replace(p.secret, ""))
        )
        if p.secret in out or f"[{p.kind}]" not in out or (p.kind == "phone" and digits_left > 0):
            missed.append((p.text, out))
    recall = 1 - len(missed) / len(positives())
    print(f"recall {recall:.4f} on {len(positives())} positives")
    assert not missed, f"recall {recall:.4f}; missed: {missed[:20]}"


def test_false_positive_rate_is_at_most_two_percent():
    neg = negatives()
    touched = [(text, scrub(text)) for text in neg if scrub(text) != text]
    rate = len(touched) / len(neg)
    print(f"false-positive rate {rate:.4f} on {len(neg)} negatives")
    assert rate <= 0.02, f"false-positive rate {rate:.3f}: {touched}"
