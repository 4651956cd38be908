"""Annotations under --anonymize: keyed like the anonymised export, so they still apply.

The annotation file's ``context`` is scrubbed in every mode, names in it become pseudonyms,
and an error about the file never names its path under ``--anonymize``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from networkkit import network
from networkkit.network import AnnotationError
from networkkit.prepare import anonymize_export, prepare_annotations, scrub_export

KEY = b"a" * 32


def _notes(tmp_path: Path) -> Path:
    folder = tmp_path / "Renée Ng’s notes"
    folder.mkdir()
    path = folder / "Renée Ng annotations.csv"
    path.write_text(
        "member_key,met_in_person,context\n"
        "pat-kim,yes,NDC Oslo with Pat Kim; pat@example.com +44\u00a020\u00a07946\u00a00958\n"
        "dana-lee,no,\n",
        encoding="utf-8",
    )
    return path


def test_annotations_still_apply_under_anonymize(tmp_path, ex):
    raw = ex
    path = _notes(tmp_path)
    plain = network.met_in_person(scrub_export(raw), prepare_annotations(path, people=raw))
    anon_ex = anonymize_export(scrub_export(raw), key=KEY)
    notes = prepare_annotations(path, people=raw, anonymize=True, key=KEY)
    anon = network.met_in_person(anon_ex, notes)
    assert plain["status"].value_counts().to_dict() == anon["status"].value_counts().to_dict()
    assert (anon["status"] == "met").sum() == 1 and (anon["status"] == "not_met").sum() == 1
    context = " ".join(anon["context"].dropna())
    assert "NDC Oslo" in context and "[email]" in context and "[phone]" in context
    assert "Pat" not in context and "Kim" not in context
    assert "pat@" not in " ".join(plain["context"].dropna())  # scrubbed in plain mode too


def test_a_missing_annotation_file_is_not_named_under_anonymize(tmp_path):
    missing = tmp_path / "Renée Ng’s notes" / "Renée Ng annotations.csv"
    with pytest.raises(AnnotationError) as plain:
        prepare_annotations(missing)
    assert "Renée Ng" in str(plain.value)
    with pytest.raises(AnnotationError) as anon:
        prepare_annotations(missing, anonymize=True, key=KEY)
    assert "Renée" not in str(anon.value) and "Ng" not in str(anon.value)
    assert str(anon.value).startswith("the annotation file: ")
