"""Precision and recall of the met-in-person matcher on a labelled corpus, per language.

The corpus (``tests/lexicon/corpus/<lang>.tsv``, see its README) holds at least 100 sentences
that say two people met in person and 100 that do not, per language, written as people write
to each other. The matcher runs as :func:`networkkit.network.met_in_person` runs it: all
languages at once.
"""

from pathlib import Path

import pandas as pd
import pytest

from networkkit import lexicon

CORPUS = Path(__file__).parent / "corpus"
MIN_RECALL = 0.90
MIN_PRECISION = 0.95


def read_corpus(lang: str) -> pd.DataFrame:
    rows = []
    path = CORPUS / f"{lang}.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        label, sep, text = line.partition("\t")
        assert sep and label in {"0", "1"} and text.strip(), f"{path.name} line {number}"
        rows.append((label == "1", text))
    return pd.DataFrame(rows, columns=["met", "text"])


def scores(lang: str) -> dict[str, float]:
    corpus = read_corpus(lang)
    found = lexicon.met_in_person_evidence(corpus["text"]).notna().to_numpy()
    met = corpus["met"].to_numpy()
    tp = int((found & met).sum())
    fp = int((found & ~met).sum())
    fn = int((~found & met).sum())
    return {
        "positives": int(met.sum()),
        "negatives": int((~met).sum()),
        "precision": tp / (tp + fp) if tp + fp else 0.0,
        "recall": tp / (tp + fn),
        "missed": corpus["text"][met & ~found].tolist(),
        "wrong": corpus["text"][~met & found].tolist(),
    }


def test_the_corpus_covers_every_language_with_enough_sentences():
    assert sorted(p.stem for p in CORPUS.glob("*.tsv")) == sorted(lexicon.LANGUAGES)
    for lang in lexicon.LANGUAGES:
        corpus = read_corpus(lang)
        assert corpus["met"].sum() >= 100, lang
        assert (~corpus["met"]).sum() >= 100, lang
        assert not corpus["text"].duplicated().any(), lang


@pytest.mark.parametrize("lang", lexicon.LANGUAGES)
def test_met_in_person_precision_and_recall(lang, record_property):
    s = scores(lang)
    record_property(f"{lang}_precision", round(s["precision"], 3))
    record_property(f"{lang}_recall", round(s["recall"], 3))
    print(
        f"{lang}: precision {s['precision']:.3f}, recall {s['recall']:.3f} "
        f"({s['positives']} positive, {s['negatives']} negative sentences)"
    )
    assert s["recall"] >= MIN_RECALL, (lang, s["recall"], s["missed"])
    assert s["precision"] >= MIN_PRECISION, (lang, s["precision"], s["wrong"])
