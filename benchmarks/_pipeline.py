"""Benchmarks of the report pipeline's fixed and data-dependent costs (issue 19).

``sample``
    ``networkkit report all`` on the bundled sample against its reference: two bare
    ``papermill`` runs of a one-cell notebook side by side (what two reports cost before any
    of networkkit's work: interpreters, kernels, nbformat). Target: at most 5 s of wall.
``anonymize``
    ``networkkit report all --anonymize`` against the same run without it on a 40,000-message
    export (``nk.sample.write_export``). Target: at most 1.3x.

Each side is measured ``repeats`` times, the two sides alternating so that a busy minute of
the shared machine falls on both; the medians are compared. Wall and CPU time (the process
tree's, kernels included) are printed for every run, with the load average.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import _measure

BIN = Path(sys.executable).parent
MIB = 1024 * 1024

#: Wall-time target of ``report all`` on the bundled sample (seconds).
SAMPLE_TARGET_S = 5.0
#: Target of ``--anonymize`` against the same run without it.
ANONYMIZE_TARGET = 1.3
#: Messages of the export the anonymize measure runs on.
ANONYMIZE_MESSAGES = 40_000

#: Two papermill processes side by side, as ``report all`` runs its two kernels.
_TWO_PAPERMILLS = """
import subprocess, sys
papermill, notebook, out = sys.argv[1:4]
runs = [subprocess.Popen([papermill, "--log-level", "WARNING", notebook, f"{out}-{i}.ipynb"])
        for i in (1, 2)]
sys.exit(max(run.wait() for run in runs))
"""


def _loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} {five:.1f} {fifteen:.1f} on {os.cpu_count()} cores"


def one_cell_notebook(path: Path) -> None:
    """Write a one-cell notebook (a ``parameters`` cell ``x = 1``) for the python3 kernel."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("x = 1")
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)


def two_papermills(work: Path) -> _measure.Run:
    """Run the reference: two bare papermill runs of a one-cell notebook, side by side."""
    notebook = work / "one-cell.ipynb"
    if not notebook.exists():
        one_cell_notebook(notebook)
    argv = [sys.executable, "-c", _TWO_PAPERMILLS, str(BIN / "papermill"), str(notebook),
            str(work / "one-cell-out")]  # fmt: skip
    run = _measure.run(argv)
    if run.returncode != 0:
        raise RuntimeError(f"papermill on a one-cell notebook failed:\n{run.stderr[-3000:]}")
    return run


def _report(argv: list[str]) -> _measure.Run:
    run = _measure.run(argv)
    if run.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:4])} failed:\n{run.stderr[-4000:]}")
    return run


def alternate(jobs: dict[str, Callable[[int], _measure.Run]], repeats: int) -> dict:
    """Run each job ``repeats`` times, one of each per round; return every run by name."""
    runs: dict[str, list[_measure.Run]] = {name: [] for name in jobs}
    for i in range(repeats):
        for name, job in jobs.items():
            runs[name].append(job(i))
    return runs


def _summary(name: str, runs: list[_measure.Run]) -> str:
    each = ", ".join(f"{r.wall_s:.2f}/{r.cpu_s:.2f}" for r in runs)
    peak = max(r.tree_peak_mib for r in runs)
    return f"  {name}: wall/CPU seconds per run {each}; peak of the process tree {peak:.0f} MiB"


def _when(stamp: str) -> float:
    import datetime as dt

    return dt.datetime.fromisoformat(stamp).timestamp()


def phases(out: Path, started: float, ended: float) -> dict[str, float]:
    """Split one ``report all`` run into its parts, from its executed notebooks' timestamps.

    papermill stamps the run and every cell: ``before kernels`` is the command's start-up up
    to the first kernel's launch (imports, parameters, notebook build); ``kernel start`` is a
    kernel's launch to its first cell; ``first cell`` the imports and loading; ``sections``
    the remaining cells; ``kernel stop`` the last cell's end to papermill's; ``after
    kernels`` the rest of the command once the last kernel is done (HTML conversion,
    writes, history). Kernel parts are the longer of the two reports.
    """
    import json

    notebooks = [json.loads(p.read_text()) for p in sorted(out.glob("*_report.ipynb"))]
    parts = {"kernel start": 0.0, "first cell": 0.0, "sections": 0.0, "kernel stop": 0.0}
    first_launch, last_end = ended, started
    for nb in notebooks:
        run = nb["metadata"]["papermill"]
        cells = [
            c["metadata"]["papermill"]
            for c in nb["cells"]
            if c["cell_type"] == "code" and c["metadata"].get("papermill", {}).get("start_time")
        ]
        launch, end = _when(run["start_time"]), _when(run["end_time"])
        first_launch, last_end = min(first_launch, launch), max(last_end, end)
        # the first cell of the report's own code: the one after the injected parameters
        body = [c for c in cells if c.get("duration")]
        first = max(body[:3], key=lambda c: c["duration"])
        mine = {
            "kernel start": _when(cells[0]["start_time"]) - launch,
            "first cell": first["duration"],
            "sections": sum(c["duration"] for c in body) - first["duration"],
            "kernel stop": end - _when(cells[-1]["end_time"]),
        }
        for name, value in mine.items():
            parts[name] = max(parts[name], value)
    return {
        "before kernels": first_launch - started,
        **parts,
        "after kernels": ended - last_end,
    }


def bench_sample(table, *, work: Path, repeats: int) -> dict:
    """``report all`` on the bundled sample against two bare papermill runs."""
    print("\nsample: networkkit report all (the bundled sample) vs two bare papermill runs")
    report = [str(BIN / "networkkit"), "report", "all", "--quiet", "--no-history"]
    split: list[dict[str, float]] = []

    def report_all(i: int) -> _measure.Run:
        out = work / f"sample-{i}"
        started = time.time()
        run = _report([*report, "--out", str(out)])
        split.append(phases(out, started, time.time()))
        return run

    runs = alternate(
        {"papermill x2": lambda _i: two_papermills(work), "report all": report_all}, repeats
    )
    for name, done in runs.items():
        print(_summary(name, done))
    print(
        "  report all, wall seconds by part (median; kernel parts: the slower report): "
        + ", ".join(f"{n} {statistics.median(s[n] for s in split):.2f}" for n in split[0])
    )
    print(f"  {_loadavg()}")
    wall = statistics.median(r.wall_s for r in runs["report all"])
    ref = statistics.median(r.wall_s for r in runs["papermill x2"])
    table.add("report all, sample (vs 2 bare papermills)", wall, ref,
              target=SAMPLE_TARGET_S, unit="abs", ok=wall <= SAMPLE_TARGET_S)  # fmt: skip
    cpu = statistics.median(r.cpu_s for r in runs["report all"])
    cpu_ref = statistics.median(r.cpu_s for r in runs["papermill x2"])
    table.add("(report all, sample: CPU of the tree)", cpu, cpu_ref, target=None, ok=None)
    result = {
        name: [{"wall_s": r.wall_s, "cpu_s": r.cpu_s, "peak_mib": r.tree_peak_mib} for r in done]
        for name, done in runs.items()
    }
    result["parts"] = split
    return result


def anonymize_export(data: Path, messages: int = ANONYMIZE_MESSAGES) -> Path:
    """The export of the anonymize measure (cached beside the other inputs)."""
    import _inputs

    return _inputs.export(
        connections=max(300, messages // 13),
        messages=messages,
        invitations=max(200, messages // 20),
        data=data,
    )


def bench_anonymize(table, export: Path, *, work: Path, repeats: int) -> dict:
    """``report all --anonymize`` against the same run without it."""
    print(f"\nanonymize: networkkit report all --export {export} with and without --anonymize")
    base = [str(BIN / "networkkit"), "report", "all", "--export", str(export), "--quiet",
            "--no-history"]  # fmt: skip
    runs = alternate(
        {
            "plain": lambda i: _report([*base, "--out", str(work / f"plain-{i}")]),
            "anonymize": lambda i: _report(
                [*base, "--anonymize", "--out", str(work / f"anonymized-{i}")]
            ),
        },
        repeats,
    )
    for name, done in runs.items():
        print(_summary(name, done))
    print(f"  {_loadavg()}")
    med = {name: statistics.median(r.wall_s for r in done) for name, done in runs.items()}
    cpu = {name: statistics.median(r.cpu_s for r in done) for name, done in runs.items()}
    table.add("report all --anonymize vs without (wall)", med["anonymize"], med["plain"],
              target=ANONYMIZE_TARGET)  # fmt: skip
    table.add("(report all --anonymize vs without, CPU)", cpu["anonymize"], cpu["plain"],
              target=ANONYMIZE_TARGET)  # fmt: skip
    return {
        name: [{"wall_s": r.wall_s, "cpu_s": r.cpu_s, "peak_mib": r.tree_peak_mib} for r in done]
        for name, done in runs.items()
    }
