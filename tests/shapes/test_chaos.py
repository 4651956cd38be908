"""Chaos over the sample and the era fixtures (hypothesis): whatever a member's spreadsheet did
to their export, every table loads, every measure runs, and the parse report names what was
skipped; for a few examples, ``networkkit report all`` exits 0 with both reports.

Derandomized by default; ``NETWORKKIT_FUZZ_SCALE=20`` runs a longer random search.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import chaos
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from measures import run_all

import networkkit as nk
from networkkit import sample
from networkkit.cli import main as cli_main

SCALE = float(os.environ.get("NETWORKKIT_FUZZ_SCALE", "1"))
EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"
BASES = ["small_sample", "export_2018", "export_2021", "export_2026"]
OPERATIONS = ["blank", "duplicate", "reorder", "rename", "delete", "unrelated", "copy"]


def _settings(examples: int) -> settings:
    return settings(
        derandomize=SCALE == 1,
        database=None,
        deadline=None,
        max_examples=max(1, int(examples * SCALE)),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bases")
    small = root / "small_sample"
    sample.write_export(small, connections=40, messages=120, seed=13)
    return {"small_sample": small, **{name: EXPORTS / name for name in BASES[1:]}}


plans = st.tuples(
    st.sampled_from(BASES),
    st.lists(st.sampled_from(OPERATIONS), min_size=1, max_size=4),
    st.integers(0, 2**32 - 1),
    st.sampled_from([0.1, 0.5, 1.0]),
)


def _damage(base: Path, target: Path, operations: list[str], seed: int, share: float) -> set[str]:
    """Copy ``base`` to ``target``, apply the operations; return files with a renamed header."""
    shutil.copytree(base, target)
    rnd = random.Random(seed)
    renamed: set[str] = set()
    for op in operations:
        if op == "blank":
            chaos.blank_cells(target, rnd, share)
        elif op == "duplicate":
            chaos.duplicate_rows(target, rnd)
        elif op == "reorder":
            chaos.reorder_columns(target, rnd)
        elif op == "rename":
            path = chaos.rename_header(target, rnd)
            if path is not None:
                renamed.add(path.name)
        elif op == "delete":
            chaos.delete_file(target, rnd)
        elif op == "unrelated":
            chaos.add_unrelated(target, rnd)
        elif op == "copy":
            copy = chaos.add_copy(target, rnd)
            if copy.with_name(copy.name.replace("_2", "")).name in renamed:
                renamed.add(copy.name)
    return renamed


def _check_loads(folder: Path, renamed: set[str]) -> nk.Export:
    ex = nk.load_export(folder)
    for name, df in ex.tables().items():
        assert list(df.columns) == list(nk.export.TABLES[name]), name
    named = set(ex.parse_report["file"])
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert files <= named, files - named  # every file is in the parse report
    skipped = {f for f, _ in ex.inferred.skipped}
    # only a renamed header may cost a file; the report says so for each one skipped
    assert skipped <= renamed, (skipped, renamed)
    notes = ex.parse_report.set_index("file")["notes"]
    for f in skipped:
        assert str(notes[f]).startswith("skipped: "), notes[f]
    return ex


@_settings(40)
@given(plan=plans)
def test_damaged_exports_load_and_every_measure_runs(bases, tmp_path_factory, plan):
    base, operations, seed, share = plan
    folder = tmp_path_factory.mktemp("chaos") / "export"
    renamed = _damage(bases[base], folder, operations, seed, share)
    ex = _check_loads(folder, renamed)
    results = run_all(ex)
    for name, df in results.items():
        assert isinstance(df, pd.DataFrame), name


@pytest.mark.slow
@_settings(2)
@given(plan=plans)
def test_damaged_exports_get_both_reports(bases, tmp_path_factory, plan):
    base, operations, seed, share = plan
    root = tmp_path_factory.mktemp("chaos_report")
    renamed = _damage(bases[base], root / "export", operations, seed, share)
    _check_loads(root / "export", renamed)
    code = cli_main(
        ["report", "all", "--export", str(root / "export"), "--out", str(root / "out")]
    )
    assert code == 0
    assert (root / "out" / "network_report.html").exists()
    assert (root / "out" / "outreach_report.html").exists()
