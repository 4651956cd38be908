"""Inputs beyond the sizes measured on one machine are named in one sentence before a run."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd
import pytest

from networkkit.prepare import _limits, size_note
from networkkit.reports import run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
QUICK_NOTEBOOKS = FIXTURES / "hostile" / "notebooks"
MINIMAL = FIXTURES / "hostile" / "minimal"


def test_within_the_supported_sizes_nothing_is_said(tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("thread_id,event,at\nt1,sent,2025-01-01\n")
    assert size_note(str(MINIMAL), str(log)) is None
    assert size_note("", "") is None


def test_a_large_export_or_log_is_named_with_what_to_do(tmp_path, monkeypatch):
    monkeypatch.setitem(_limits.SUPPORTED, "export_bytes", 1000)
    monkeypatch.setitem(_limits.SUPPORTED, "events", 10)
    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("messages.csv", "x" * 5000)  # 5,000 bytes uncompressed, few compressed
        zf.writestr("notes.txt", "y" * 50_000)  # not a CSV: not counted
    log = tmp_path / "log.csv"
    log.write_text("thread_id,event,at\n" + "t1,sent,2025-01-01\n" * 20)
    said = size_note(str(export), str(log))
    assert said.startswith("the export holds 0 MiB of CSV files, more than the 0 MiB measured")
    assert "narrow the window with -p start_date" in said
    assert "the outreach log holds about 21 events" in said and "--engine spark" in said
    assert said.endswith(".") and "\n" not in said
    assert "outreach log" not in (size_note(str(export), str(log), engine="spark") or "")
    parquet = tmp_path / "log.parquet"
    pd.DataFrame({"thread_id": ["t"] * 11}).to_parquet(parquet)
    assert "about 11 events" in size_note("", str(parquet))


def test_run_says_it_before_the_reports_start(tmp_path, monkeypatch):
    monkeypatch.setitem(_limits.SUPPORTED, "export_bytes", 10)
    monkeypatch.setenv("NETWORKKIT_NOTEBOOKS", str(QUICK_NOTEBOOKS))
    heard: list[str] = []

    def render_after_the_note(*args, **kwargs):
        assert heard, "the note must come before any report starts"
        raise pytest.skip.Exception("rendering is not what this test is about")

    monkeypatch.setattr("networkkit.reports._run.render", render_after_the_note)
    with pytest.raises(pytest.skip.Exception):
        run(["network"], export=MINIMAL, out_dir=tmp_path, progress=False, on_note=heard.append)
    assert heard[0].startswith("The export holds")
