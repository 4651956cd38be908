"""Fuzzing the export readers: every mutated export ends in tables or an ExportError.

Seeds are the real fixture files (``tests/fixtures/exports/``, ``tests/fixtures/export/``
and ``tests/fixtures/hostile/minimal/``), mutated by ``mutations.py``. Runs are derandomized
and bounded (see ``mutations.FUZZ``), so CI sees the same examples every time.
"""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hostile_zips import load_or_error
from hypothesis import given
from hypothesis import strategies as st
from mutations import apply, fuzz, operations, permute_columns, seed_files

import networkkit as nk
from networkkit.export._model import TABLE_NAMES

SEEDS = seed_files("exports", "export", "hostile/minimal")
MINIMAL = seed_files("hostile/minimal")


def test_there_are_seeds_from_every_fixture_folder():
    assert len(MINIMAL) == 4
    assert len(SEEDS) >= len(MINIMAL)


def _place(folder: Path, seed: Path, data: bytes, *, zipped: bool, with_siblings: bool) -> Path:
    """Write ``data`` under the seed's own file name, alone or beside the minimal export."""
    files = {p.name: p.read_bytes() for p in MINIMAL} if with_siblings else {}
    files[seed.name] = data
    if zipped:
        path = folder / "Basic_LinkedInDataExport_03-09-2026.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, content in files.items():
                zf.writestr(name, content)
        return path
    for name, content in files.items():
        (folder / name).write_bytes(content)
    return folder


@fuzz()
@given(
    seed=st.sampled_from(SEEDS),
    ops=operations(),
    zipped=st.booleans(),
    with_siblings=st.booleans(),
)
def test_mutated_export_ends_in_tables_or_export_error(seed, ops, zipped, with_siblings):
    data = apply(seed.read_bytes(), ops)
    with tempfile.TemporaryDirectory() as tmp:
        path = _place(Path(tmp), seed, data, zipped=zipped, with_siblings=with_siblings)
        load_or_error(path)


@fuzz()
@given(seed=st.sampled_from(SEEDS), cut=st.integers(0, 4096))
def test_truncated_file_ends_in_tables_or_export_error(seed, cut):
    raw = seed.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        path = _place(Path(tmp), seed, raw[:cut], zipped=False, with_siblings=True)
        load_or_error(path)


@fuzz()
@given(data=st.binary(max_size=2048), name=st.sampled_from(sorted({p.name for p in SEEDS})))
def test_arbitrary_bytes_under_a_known_name(data, name):
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / name).write_bytes(data)
        load_or_error(Path(tmp))


def _tables(folder: Path):
    result = load_or_error(folder)
    if isinstance(result, nk.ExportError):
        return type(result)
    return {name: getattr(result, name) for name in TABLE_NAMES}


@fuzz(15)
@given(seed=st.sampled_from(SEEDS), order=st.integers(0, 10_000))
def test_columns_are_mapped_by_name_never_by_position(seed, order):
    baseline, _ = permute_columns(seed.read_bytes(), -1)
    permuted, changed = permute_columns(seed.read_bytes(), order)
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        (Path(a) / seed.name).write_bytes(baseline)
        (Path(b) / seed.name).write_bytes(permuted)
        expected, got = _tables(Path(a)), _tables(Path(b))
    if not isinstance(expected, dict):  # an unreadable file stays unreadable, the same way
        assert got is expected, (seed.name, changed)
        return
    assert isinstance(got, dict), f"{seed.name}: permuting columns made it unreadable: {got}"
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(got[name], frame, obj=f"{seed.name} → {name}")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_every_seed_reads_cleanly(seed, tmp_path):
    """The unmutated seeds are good inputs: the fuzz tests start from readable files."""
    (tmp_path / seed.name).write_bytes(seed.read_bytes())
    result = load_or_error(tmp_path)
    assert isinstance(result, (nk.Export, nk.NoLinkedInFilesError)), result
