"""The benchmark harness runs end to end at toy sizes (timings are not asserted: ratios are
measured by ``make bench``, never by unit tests)."""

from __future__ import annotations

import json
import math
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
            "--only=load,scaling,funnel",
            # the scaling table's harness on two measures of each group (all of them take
            # a minute at toy size)
            "--measures=network.reciprocity,network.inbound_offers,outreach.funnel,"
            "outreach.cadence",
            "--repeats=1",
            "--no-profile",
            f"--data={tmp_path / 'data'}",
            f"--json={record}",
        ],
        capture_output=True,
        text=True,
        timeout=300,  # a guard against a hang, not a timing: the machine may be busy
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    result = json.loads(record.read_text())

    # networkkit and polars read the same rows from the same three files: 300 connections and
    # 200 invitations as asked of nk.sample, and every message of messages.csv.
    load = result["load"]
    assert load["rows"]["connections"] == 300
    assert load["rows"]["invitations"] == 200
    assert load["rows"] == load["rows_polars"] == load["rows_pandas"]
    assert load["files_mib"] > 0
    # every funnel input was checked against the SQL inside the worker (it raises otherwise)
    funnel = result["funnel"]
    assert abs(funnel["events"] - 10_000) < 500  # whole threads: about the size asked
    assert sum(funnel["table"]["sent"]) == funnel["threads"]

    # the scaling table: the four measures at three sizes each, fits and flags
    scaling = result["scaling"]
    assert [r["messages"] for r in scaling["runs"]] == [500, 1000, 2000]
    assert [r["threads"] for r in scaling["runs"]] == [500, 1000, 2000]
    rows = {r["measure"]: r for r in scaling["rows"]}
    assert set(rows) == {
        "network.reciprocity",
        "network.inbound_offers",
        "outreach.funnel",
        "outreach.cadence",
    }
    for row in rows.values():
        assert len(row["seconds"]) == len(row["peak_mib"]) == 3
        assert all(s > 0 for s in row["seconds"])
        assert row["flag"] == (row["exponent"] > 1.3 and row["exponent_cpu"] > 1.3)
    assert "outreach.cadence" in proc.stdout and "exp" in proc.stdout

    measures = [row["measure"] for row in result["table"]]
    assert measures[:3] == [
        "load_export time vs polars.read_csv",
        "load_export time vs plain pandas.read_csv",
        "load_export peak memory vs files' size",
    ]
    assert measures[4].startswith("scaling: highest exponent")
    assert {"networkkit", "reference", "ratio", "target", "pass"} <= set(result["table"][0])
    assert "measure" in proc.stdout and "ratio" in proc.stdout


def test_scaling_exponent_is_the_log_log_slope():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import _scaling

    sizes = [10_000, 100_000, 1_000_000]
    assert abs(_scaling.exponent(sizes, [0.01, 0.1, 1.0]) - 1.0) < 1e-9
    assert abs(_scaling.exponent(sizes, [0.01, 1.0, 100.0]) - 2.0) < 1e-9
    # n log n over these sizes fits about 1.1: under the flag's limit
    nlogn = [n * math.log(n) * 1e-7 for n in sizes]
    assert 1.05 < _scaling.exponent(sizes, nlogn) < _scaling.LIMIT
    run = {
        "messages": 0,
        "threads": 0,
        "network": {},
        "outreach": {},
    }
    runs = []
    for n, (quick, slow) in zip(sizes, [(0.01, 0.01), (0.1, 1.0), (1.0, 100.0)], strict=True):
        runs.append(
            {
                **run,
                "messages": n,
                "threads": n,
                "network": {
                    "linear": {"seconds": quick, "cpu_seconds": quick, "peak_mib": 1.0},
                    "square": {"seconds": slow, "cpu_seconds": slow, "peak_mib": 1.0},
                },
            }
        )
    rows = {r["measure"]: r for r in _scaling.table(runs)}
    assert not rows["network.linear"]["flag"]
    assert rows["network.square"]["flag"]
    assert "FLAG" in _scaling.format_table(list(rows.values()))
