"""The benchmark harness runs end to end at toy sizes (timings are not asserted: ratios are
measured by ``make bench``, never by unit tests)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_harness_runs_at_toy_scale(tmp_path):
    record = tmp_path / "results.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--scale=toy",
            "--only=load,funnel",
            "--repeats=1",
            "--no-profile",
            f"--data={tmp_path / 'data'}",
            f"--json={record}",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(record.read_text())

    # networkkit and polars read the same rows from the same three files: 300 connections and
    # 200 invitations as asked of nk.sample, and every message of messages.csv.
    load = result["load"]
    assert load["rows"]["connections"] == 300
    assert load["rows"]["invitations"] == 200
    assert load["rows"] == load["rows_polars"]
    assert load["files_mib"] > 0
    # every funnel input was checked against the SQL inside the worker (it raises otherwise)
    funnel = result["funnel"]
    assert abs(funnel["events"] - 10_000) < 500  # whole threads: about the size asked
    assert sum(funnel["table"]["sent"]) == funnel["threads"]

    measures = [row["measure"] for row in result["table"]]
    assert measures[:2] == [
        "load_export time vs polars.read_csv",
        "load_export peak memory vs files' size",
    ]
    assert {"networkkit", "reference", "ratio", "target", "pass"} <= set(result["table"][0])
    assert "measure" in proc.stdout and "ratio" in proc.stdout
