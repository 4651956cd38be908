"""networkkit.history: the DuckDB file of report runs and the trend against earlier runs."""

from __future__ import annotations

import math

import pandas as pd

from networkkit import history


def test_first_run_has_no_earlier_columns(tmp_path):
    db = tmp_path / "history.duckdb"
    out = history.trend(db, kind="network", current={"connections": 120.0, "reciprocity": 0.4})
    assert list(out.columns) == ["measure", "this run", "change"]
    assert out["measure"].tolist() == ["connections", "reciprocity"]
    assert out["change"].isna().all()
    assert not db.exists()  # reading never creates the file
    assert history.load(db).empty


def test_record_then_trend_against_earlier_runs(tmp_path):
    db = tmp_path / "sub" / "history.duckdb"
    history.record(
        db,
        kind="network",
        fingerprint="aaa",
        measures={"connections": 100, "reciprocity": 0.25},
        run_at="2026-11-01 07:00",
    )
    history.record(
        db,
        kind="network",
        fingerprint="bbb",
        measures={"connections": 110, "reciprocity": float("nan")},
        run_at="2026-11-08 07:00",
    )
    history.record(
        db, kind="outreach", fingerprint="ccc", measures={"sent": 40}, run_at="2026-11-08 07:00"
    )
    rows = history.load(db, kind="network")
    assert list(rows.columns) == list(history.COLUMNS)
    assert len(rows) == 4
    assert str(rows["run_at"].dtype) == "datetime64[us, UTC]"
    assert rows["run_at"].iloc[0] == pd.Timestamp("2026-11-01 07:00", tz="UTC")
    assert rows.loc[rows["measure"] == "reciprocity", "value"].isna().tolist() == [False, True]
    assert len(history.load(db)) == 5

    out = history.trend(db, kind="network", current={"connections": 125, "reciprocity": 0.3})
    assert list(out.columns) == [
        "measure",
        "2026-11-01 07:00:00",
        "2026-11-08 07:00:00",
        "this run",
        "change",
    ]
    row = out.set_index("measure").loc["connections"]
    assert row["2026-11-01 07:00:00"] == 100
    assert row["change"] == 15  # 125 - 110, against the latest earlier run
    assert math.isnan(out.set_index("measure").loc["reciprocity", "change"])  # NULL before


def test_trend_keeps_only_the_last_runs(tmp_path):
    db = tmp_path / "history.duckdb"
    for day in range(1, 7):
        history.record(
            db,
            kind="network",
            fingerprint="x",
            measures={"connections": day},
            run_at=f"2026-10-0{day} 07:00",
        )
    out = history.trend(db, kind="network", current={"connections": 7}, last=2)
    assert list(out.columns) == [
        "measure",
        "2026-10-05 07:00:00",
        "2026-10-06 07:00:00",
        "this run",
        "change",
    ]


def test_fingerprint_follows_content_not_time(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_text("First Name\nAna\n", encoding="utf-8")
    first = history.fingerprint([folder])
    assert first == history.fingerprint([folder, None, ""])
    assert len(first) == 16
    (folder / "Connections.csv").write_text("First Name\nAnb\n", encoding="utf-8")
    assert history.fingerprint([folder]) != first
