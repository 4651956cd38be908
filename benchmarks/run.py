"""Scale benchmarks of issue 6: networkkit against reference engines, as ratios in one run.

``make bench`` runs this at full scale; ``python benchmarks/run.py --scale toy`` runs the same
harness on tiny inputs in seconds (the smoke test does). Inputs come from ``nk.sample`` and are
cached under ``benchmarks/_data/``. Every measure prints one row: measure, networkkit figure,
reference figure, ratio, target, pass/miss. Missed targets are profiled with pyinstrument and
the top of each profile is printed (full text under ``benchmarks/_data/profiles/``).

Measures
--------
load
    ``nk.load_export`` vs ``polars.read_csv`` (all columns as strings, target ≤ 2.0×) and vs
    plain ``pandas.read_csv`` with no clean-up (target ≤ 1.0×) on the same three CSV files;
    median of 3 fresh interpreters each, run alternately. Peak memory is the child's
    peak resident set (``VmHWM``) minus that of a fresh interpreter that only does the same
    imports (the "baseline"), against the three files' size.
funnel
    ``nk.outreach.funnel(events, by="template")`` vs hand-written DuckDB SQL over the same
    in-memory frame (pandas, a DuckDB table, a Polars frame); median of 3 rounds (each job once
    per round) in one interpreter; the numbers are asserted equal.
report
    ``networkkit report all`` on the load export and a 1,000,000-thread outreach log (fresh
    process tree, peak resident memory of the whole tree polled every 50 ms) vs two bare
    ``papermill`` runs of a one-cell notebook side by side; targets 20 s and 1.5 GiB.
sample, anonymize
    The report pipeline's fixed and data-dependent costs (``_pipeline.py``): ``report all``
    on the bundled sample against two bare papermill runs (target 5 s), and ``report all
    --anonymize`` against the same run without it on a 40,000-message export (target 1.3x).
spark
    ``networkkit report outreach --engine spark`` on the outreach log as partitioned Parquet vs
    the same report on the pandas path (informational: no target).
limits
    Hostile sizes (``_limits.py``): a zip of 2,048 one-MiB members (memory ≤ 500 MiB), a
    2,000-template comparison (≤ 2× the funnel it needs) and a 20,000-column log (≤ 2×
    ``pandas.read_csv``).
scaling
    Every network measure at 10k, 100k and 1M messages and every outreach measure at 10k,
    100k and 1M threads (``_scaling.py``): median wall and CPU time of 3 cold runs, its own
    peak memory, and the exponent of the log-log least-squares fit; a measure whose wall and
    CPU exponents both exceed 1.3 is flagged.
cli
    ``networkkit --help``, ``networkkit validate --help`` and a usage error (exit 2), each the
    median of 7 fresh processes, vs a fresh ``python`` that builds and runs an argparse parser:
    within 2x of it and under 0.5 s (nothing heavy is imported before arguments are parsed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _inputs
import _limits
import _measure
import _pipeline
import _scaling
from _worker import export_csvs

SCALES = {
    "full": {
        "connections": 30_000,
        "messages": 1_000_000,
        "invitations": 20_000,
        "events": 10_000_000,
        "report_threads": 1_000_000,
    },
    "toy": {
        "connections": 300,
        "messages": 2_000,
        "invitations": 200,
        "events": 10_000,
        "report_threads": 2_000,
    },
}
MIB = 1024 * 1024
BIN = Path(sys.executable).parent


class Table:
    """The printed result table, one row per measure, also kept for the JSON record."""

    def __init__(self) -> None:
        self.rows: list[dict] = []
        self.errors: list[str] = []

    def add(self, measure, nk_value, ref_value, *, target, unit="s", ratio=None, ok=None):
        if ratio is None and ref_value:
            ratio = nk_value / ref_value
        if ok is None and target is not None:
            ok = ratio is not None and ratio <= target
        row = {
            "measure": measure,
            "unit": unit,
            "networkkit": nk_value,
            "reference": ref_value,
            "ratio": ratio,
            "target": target,
            "pass": ok,
        }
        self.rows.append(row)
        print("  " + _fmt(row), flush=True)
        return row

    def print(self) -> None:
        print()
        print(_HEADER)
        print("-" * len(_HEADER))
        for row in self.rows:
            print(_fmt(row))


_HEADER = (
    f"{'measure':<44} {'networkkit':>11} {'reference':>11} {'ratio':>7} {'target':>9} {'':>4}"
)


def _num(v, unit):
    if v is None:
        return "-"
    if unit == "exp":
        return f"n^{v:.2f}"
    return f"{v:.2f} s" if unit == "s" else f"{v:.0f} MiB"


def _fmt(row: dict) -> str:
    target = row["target"]
    if target is None:
        tgt = "-"
    elif row.get("unit") == "abs":
        tgt = f"< {target:.0f} s"
    elif row.get("unit") == "exp":
        tgt = f"<= n^{target:g}"
    else:
        tgt = f"<= {target:g}x"
    unit = {"s": "s", "abs": "s", "exp": "exp"}.get(row["unit"], "MiB")
    ratio = "-" if row["ratio"] is None else f"{row['ratio']:.2f}x"
    verdict = "-" if row["pass"] is None else ("pass" if row["pass"] else "MISS")
    return (
        f"{row['measure']:<44} {_num(row['networkkit'], unit):>11} "
        f"{_num(row['reference'], unit):>11} {ratio:>7} {tgt:>9} {verdict:>4}"
    )


def _guarded(table: Table, name: str, job):
    """Run one measure; a failure is printed and recorded, and the other measures still run."""
    try:
        return job()
    except Exception as err:  # a benchmark run reports every measure it can
        print(f"\n{name}: FAILED: {err}", flush=True)
        table.errors.append(f"{name}: {str(err).splitlines()[0] if str(err) else err!r}")
        return {"error": str(err)}


def environment() -> dict:
    """Machine, versions and date, for the record."""
    import importlib.metadata as md

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import psutil

    versions = {}
    for name in ("networkkit", "pandas", "pyarrow", "numpy", "narwhals", "polars", "duckdb"):
        try:
            versions[name] = md.version(name)
        except md.PackageNotFoundError:
            versions[name] = "absent"
    for name in ("pyspark", "papermill", "nbconvert", "nbclient", "ipykernel"):
        try:
            versions[name] = md.version(name)
        except md.PackageNotFoundError:
            versions[name] = "absent"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
    except OSError:
        commit = "?"
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": commit,
        "machine": f"{cpu}, {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / 1024**3:.0f} GiB RAM",
        "platform": platform.platform(),
        "python": platform.python_version(),
        "versions": versions,
    }


def _loadavg() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.1f} {five:.1f} {fifteen:.1f} on {os.cpu_count()} cores"


def _show_profile(path: Path, lines: int = 45) -> None:
    if not path.exists():
        return
    text = path.read_text().splitlines()
    print(f"\n  profile {path} (top {lines} lines):")
    for line in text[:lines]:
        print("    " + line)


# --------------------------------------------------------------------------------------------
# load


def bench_load(table: Table, folder: Path, *, repeats: int, profiles: Path, profile: bool):
    files = export_csvs(folder)
    size = sum(p.stat().st_size for p in files.values())
    print(
        f"\nload: {folder} ({size / MIB:.0f} MiB in "
        + ", ".join(f"{n} {p.stat().st_size / MIB:.0f} MiB" for n, p in files.items())
        + ")",
        flush=True,
    )
    base_nk = _measure.worker("baseline-nk")
    base_pl = _measure.worker("baseline-polars")
    nk_runs, pl_runs, pd_runs = [], [], []
    for _ in range(repeats):
        nk_runs.append(_measure.worker("load-nk", folder))
        pl_runs.append(_measure.worker("load-polars", folder))
        pd_runs.append(_measure.worker("load-pandas", folder))
    rows_nk = nk_runs[0].result["rows"]
    rows_pl = pl_runs[0].result["rows"]
    rows_pd = pd_runs[0].result["rows"]
    print(f"  rows read: networkkit {rows_nk}; polars {rows_pl}; pandas {rows_pd}")
    t_nk = statistics.median(r.result["seconds"] for r in nk_runs)
    t_pl = statistics.median(r.result["seconds"] for r in pl_runs)
    t_pd = statistics.median(r.result["seconds"] for r in pd_runs)
    b_nk, b_pl = base_nk.result["peak_mib"], base_pl.result["peak_mib"]
    mem_nk = statistics.median(r.result["peak_mib"] for r in nk_runs) - b_nk
    mem_pl = statistics.median(r.result["peak_mib"] for r in pl_runs) - b_pl
    print(
        f"  baselines, peak RSS of a fresh interpreter after its imports: networkkit "
        f"{b_nk:.0f} MiB, polars {b_pl:.0f} MiB; subtracted below. Peak RSS each run: "
        "networkkit "
        + ", ".join(f"{r.result['peak_mib']:.0f}" for r in nk_runs)
        + "; polars "
        + ", ".join(f"{r.result['peak_mib']:.0f}" for r in pl_runs)
        + " MiB"
    )
    print(
        "  load seconds, each run (wall / CPU of the process): networkkit "
        + ", ".join(f"{r.result['seconds']:.2f}/{r.result['cpu_seconds']:.2f}" for r in nk_runs)
        + "; polars "
        + ", ".join(f"{r.result['seconds']:.2f}/{r.result['cpu_seconds']:.2f}" for r in pl_runs)
        + "; plain pandas "
        + ", ".join(f"{r.result['seconds']:.2f}/{r.result['cpu_seconds']:.2f}" for r in pd_runs)
    )
    print(f"  {_loadavg()}")
    r_time = table.add("load_export time vs polars.read_csv", t_nk, t_pl, target=2.0)
    r_pandas = table.add("load_export time vs plain pandas.read_csv", t_nk, t_pd, target=1.0)
    r_mem = table.add(
        "load_export peak memory vs files' size",
        mem_nk,
        size / MIB,
        target=3.0,
        unit="MiB",
    )
    table.add(
        "(polars.read_csv peak memory vs files' size)",
        mem_pl,
        size / MIB,
        target=None,
        unit="MiB",
        ok=None,
    )
    if profile and not (r_time["pass"] and r_pandas["pass"] and r_mem["pass"]):
        path = profiles / "load-nk.txt"
        _measure.worker("load-nk", folder, profile=path)
        _show_profile(path)
    return {
        "files_mib": size / MIB,
        "rows": rows_nk,
        "rows_polars": rows_pl,
        "rows_pandas": rows_pd,
        "baseline_mib": {"networkkit": b_nk, "polars": b_pl},
        "networkkit_s": [r.result["seconds"] for r in nk_runs],
        "polars_s": [r.result["seconds"] for r in pl_runs],
        "pandas_s": [r.result["seconds"] for r in pd_runs],
        "networkkit_cpu_s": [r.result["cpu_seconds"] for r in nk_runs],
        "polars_cpu_s": [r.result["cpu_seconds"] for r in pl_runs],
        "pandas_cpu_s": [r.result["cpu_seconds"] for r in pd_runs],
        "networkkit_peak_mib": [r.result["peak_mib"] for r in nk_runs],
        "polars_peak_mib": [r.result["peak_mib"] for r in pl_runs],
    }


# --------------------------------------------------------------------------------------------
# scaling


def bench_scaling(table: Table, *, scale: str, data: Path, repeats: int, only: str = "") -> dict:
    """Every measure at three sizes in fresh interpreters; the fitted exponents and flags."""
    sizes = _scaling.SIZES[scale]
    print(
        f"\nscaling: every measure at {', '.join(map(str, sizes))} messages (network) and "
        "threads (outreach), each run cold",
        flush=True,
    )
    runs = []
    for n in sizes:
        export = _inputs.export(**_scaling.export_sizes(n), data=data)
        events = _inputs.events(threads=n, data=data)
        run = _measure.worker("scaling", export, events, repeats, only)
        res = run.result
        res["load_average"] = os.getloadavg()
        print(
            f"  {res['messages']:,} messages, {res['threads']:,} threads ({res['events']:,} "
            f"events): {run.wall_s:.0f} s in all; {_loadavg()}",
            flush=True,
        )
        runs.append(res)
    rows = _scaling.table(runs)
    print()
    print(_scaling.format_table(rows))
    flagged = [r["measure"] for r in rows if r["flag"]]
    worst = max(rows, key=lambda r: min(r["exponent"], r["exponent_cpu"]))
    table.add(
        f"scaling: highest exponent ({worst['measure']})",
        min(worst["exponent"], worst["exponent_cpu"]),
        None,
        target=_scaling.LIMIT,
        unit="exp",
        ratio=None,
        ok=not flagged,
    )
    if flagged:
        print(f"  flagged (exponent above {_scaling.LIMIT}): {', '.join(flagged)}")
    return {"runs": runs, "rows": rows, "flagged": flagged}


# --------------------------------------------------------------------------------------------
# funnel


def bench_funnel(table: Table, events: Path, *, repeats: int, profiles: Path, profile: bool):
    print(f"\nfunnel: {events}", flush=True)
    run = _measure.worker("funnel", events, repeats)
    res = run.result
    for name in ("sql_pandas", "nk_pandas", "sql_duckdb", "nk_duckdb", "sql_polars", "nk_polars"):
        pairs = zip(res[name]["all"], res[name]["cpu"], strict=True)
        walls = ", ".join(f"{w:.2f}/{c:.2f}" for w, c in pairs)
        print(f"  {name:<10} wall/CPU seconds per run: {walls}")
    print(f"  {_loadavg()}")
    print(
        f"  {res['events']:,} events, {res['threads']:,} threads; numbers of every engine "
        f"equal the SQL's"
    )
    rows = [
        table.add("funnel pandas vs DuckDB SQL on that frame", res["nk_pandas"]["seconds"],
                  res["sql_pandas"]["seconds"], target=2.0),
        table.add("funnel DuckDB vs DuckDB SQL on that table", res["nk_duckdb"]["seconds"],
                  res["sql_duckdb"]["seconds"], target=1.2),
        table.add("funnel Polars vs DuckDB SQL on that frame", res["nk_polars"]["seconds"],
                  res["sql_polars"]["seconds"], target=1.2),
    ]  # fmt: skip
    if profile and not all(r["pass"] for r in rows):
        base = profiles / "funnel"
        _measure.worker("funnel", events, 1, profile=base)
        for name, row in zip(("nk_pandas", "nk_duckdb", "nk_polars"), rows, strict=True):
            if not row["pass"]:
                _show_profile(Path(f"{base}.{name}.txt"))
    return res


# --------------------------------------------------------------------------------------------
# report end to end


CLI_LIMIT_S = 0.5

#: A fresh interpreter that only parses arguments: what the command line's answers compare to.
_ARGPARSE_ONLY = "import argparse, sys; argparse.ArgumentParser(prog='x').parse_args(['a'][:0])"


def _median_wall(cmd: list[str], *, runs: int, expect: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, check=False)
        times.append(time.perf_counter() - started)
        if proc.returncode != expect:
            raise RuntimeError(f"{cmd}: exit {proc.returncode}, expected {expect}")
    return statistics.median(times)


def bench_cli(table: Table, *, runs: int = 7) -> dict:
    command = BIN / "networkkit"
    base = [str(command)] if command.exists() else [sys.executable, "-m", "networkkit.cli"]
    reference = _median_wall([sys.executable, "-c", _ARGPARSE_ONLY], runs=runs, expect=0)
    result = {"python_argparse_s": reference}
    for label, args, code in (
        ("cli: networkkit --help", ["--help"], 0),
        ("cli: networkkit validate --help", ["validate", "--help"], 0),
        ("cli: usage error (exit 2)", ["report", "--no-such-option"], 2),
    ):
        seconds = _median_wall(base + args, runs=runs, expect=code)
        ratio = seconds / reference
        table.add(label, seconds, reference, target=2, ok=ratio <= 2 and seconds < CLI_LIMIT_S)
        result[label] = seconds
    return result


def _cell_profile(out: Path, top: int = 6) -> list[dict]:
    """The slowest cells of each executed report notebook (papermill records every cell's
    duration), printed: the report's profile, since its work runs in Jupyter kernels."""
    import nbformat

    rows = []
    for nb_path in sorted(out.glob("*.ipynb")):
        nb = nbformat.read(nb_path, as_version=4)
        for i, cell in enumerate(nb.cells):
            seconds = cell.get("metadata", {}).get("papermill", {}).get("duration")
            if cell.get("cell_type") == "code" and seconds:
                # the first statement that is not an import: a report's first cell opens
                # with its imports but spends its time loading and measuring
                lines = [ln for ln in cell.source.splitlines() if ln.strip()]
                body = [ln for ln in lines if not ln.startswith(("import ", "from ", "#"))]
                first = ("[imports] " if body != lines else "") + next(iter(body or lines), "")
                rows.append({"notebook": nb_path.stem, "cell": i, "seconds": seconds,
                             "source": first.strip()[:70]})  # fmt: skip
    rows.sort(key=lambda r: -r["seconds"])
    total = sum(r["seconds"] for r in rows)
    print(f"  notebook cells: {total:.1f} s in all; slowest:")
    for r in rows[:top]:
        print(f"    {r['seconds']:7.2f} s  {r['notebook']} cell {r['cell']}: {r['source']}")
    return rows[:top]


#: Targets of ``report all`` on the heavy export (issue 19): wall seconds, process-tree MiB.
REPORT_TARGET_S = 20.0
REPORT_TARGET_MIB = 1536.0


def bench_report(table: Table, export: Path, outreach: Path, *, work: Path):
    print(f"\nreport: networkkit report all --export {export} --outreach {outreach}", flush=True)
    # the reference: two bare papermill runs of a one-cell notebook, side by side
    empty = _pipeline.two_papermills(work)
    out = work / "reports"
    argv = [str(BIN / "networkkit"), "report", "all", "--export", str(export),
            "--outreach", str(outreach), "--out", str(out)]  # fmt: skip
    rep = _measure.run(argv)
    if rep.returncode != 0:
        raise RuntimeError(f"networkkit report all failed:\n{rep.stderr[-4000:]}")
    html = sorted(p.name for p in out.rglob("*.html"))
    print(f"  wrote {html}")
    cells = _cell_profile(out)
    # the same reports one after the other (--jobs 1): what a one-core machine, or a
    # member who wants half the memory, gets
    serial = _measure.run([*argv[:-1], str(work / "reports-serial"), "--jobs", "1"])
    if serial.returncode != 0:
        raise RuntimeError(f"networkkit report all --jobs 1 failed:\n{serial.stderr[-4000:]}")
    print(
        f"  two papermills, one-cell notebook: {empty.wall_s:.2f} s wall, "
        f"{empty.cpu_s:.1f} s CPU, peak {empty.tree_peak_mib:.0f} MiB "
        f"(process tree); networkkit report all: {rep.wall_s:.2f} s wall, {rep.cpu_s:.1f} s "
        f"CPU, peak {rep.tree_peak_mib:.0f} MiB; overhead {rep.wall_s - empty.wall_s:.2f} s; "
        f"with --jobs 1: {serial.wall_s:.2f} s wall, {serial.cpu_s:.1f} s CPU, peak "
        f"{serial.tree_peak_mib:.0f} MiB"
    )
    print(f"  {_loadavg()}")
    table.add("report all wall time (vs 2 bare papermills)", rep.wall_s, empty.wall_s,
              target=REPORT_TARGET_S, unit="abs", ok=rep.wall_s <= REPORT_TARGET_S)  # fmt: skip
    table.add("report all peak memory, process tree (<= 1.5 GiB)", rep.tree_peak_mib,
              empty.tree_peak_mib, target=None, unit="MiB",
              ok=rep.tree_peak_mib <= REPORT_TARGET_MIB)  # fmt: skip
    table.add("(report all --jobs 1, one report at a time)", serial.wall_s, empty.wall_s,
              target=None, unit="abs", ok=None)  # fmt: skip
    table.add("(report all --jobs 1, peak memory)", serial.tree_peak_mib, empty.tree_peak_mib,
              target=None, unit="MiB", ok=None)  # fmt: skip
    return {
        "report_s": rep.wall_s,
        "report_cpu_s": rep.cpu_s,
        "report_peak_mib": rep.tree_peak_mib,
        "report_serial_s": serial.wall_s,
        "report_serial_cpu_s": serial.cpu_s,
        "report_serial_peak_mib": serial.tree_peak_mib,
        "empty_papermill_s": empty.wall_s,
        "empty_papermill_peak_mib": empty.tree_peak_mib,
        "html": html,
        "slowest_cells": cells,
    }


def bench_spark(table: Table, outreach: Path, *, work: Path):
    parts = _inputs.partitioned(outreach)
    glob = str(parts / "*.parquet")
    print(f"\nspark: networkkit report outreach --outreach '{glob}' --engine spark", flush=True)
    base = [str(BIN / "networkkit"), "report", "outreach"]
    pandas_run = _measure.run([*base, "--outreach", str(outreach), "--out", str(work / "pd")])
    spark_run = _measure.run(
        [*base, "--outreach", glob, "--engine", "spark", "--out", str(work / "spark")],
        env={"PYSPARK_PYTHON": sys.executable},
    )
    for name, r in (("pandas", pandas_run), ("spark", spark_run)):
        if r.returncode != 0:
            raise RuntimeError(f"report outreach ({name}) failed:\n{r.stderr[-4000:]}")
    table.add("report outreach --engine spark vs pandas", spark_run.wall_s, pandas_run.wall_s,
              target=None, ok=None)  # fmt: skip
    table.add("report outreach spark peak mem vs pandas", spark_run.tree_peak_mib,
              pandas_run.tree_peak_mib, target=None, unit="MiB", ok=None)  # fmt: skip
    return {
        "spark_s": spark_run.wall_s,
        "pandas_s": pandas_run.wall_s,
        "spark_peak_mib": spark_run.tree_peak_mib,
        "pandas_peak_mib": pandas_run.tree_peak_mib,
    }


# --------------------------------------------------------------------------------------------


def bench_limits(table: Table, folder: Path, *, scale: str) -> dict:
    sizes = _limits.SIZES[scale]
    folder.mkdir(parents=True, exist_ok=True)
    many = _limits.many_member_zip(folder, sizes["members"])
    got = _limits.timed(_limits.zip_job(many))
    ref = _limits.timed(_limits.reference_zip_job(many))
    print(
        f"\nlimits: zip of {sizes['members']} members of 1 MiB ({many.stat().st_size / MIB:.0f}"
        f" MiB): load_export {got.result['seconds']:.1f} s, peak "
        f"{got.result['peak_mib']:.0f} MiB; reading Connections.csv alone: "
        f"{ref.result['peak_mib']:.0f} MiB",
        flush=True,
    )
    table.add(
        f"zip of {sizes['members']} members: peak memory",
        got.result["peak_mib"],
        ref.result["peak_mib"],
        target=None,
        unit="MiB",
        ok=got.result["peak_mib"] <= 500,
    )
    log = _limits.template_log(folder, sizes["templates"], sizes["threads_per_template"])
    cmp_run = _limits.timed(_limits.compare_job(log))
    fun_run = _limits.timed(_limits.funnel_job(log))
    print(
        f"  compare on {cmp_run.result['answer']['groups']} templates "
        f"({cmp_run.result['answer']['pairs']} pairs): {cmp_run.result['seconds']:.2f} s, "
        f"peak {cmp_run.result['peak_mib']:.0f} MiB; funnel by template "
        f"{fun_run.result['seconds']:.2f} s",
        flush=True,
    )
    table.add(
        f"compare, {sizes['templates']} templates vs funnel",
        cmp_run.result["seconds"],
        fun_run.result["seconds"],
        target=2.0,
    )
    wide = _limits.wide_log(folder, sizes["columns"])
    wide_nk = _limits.timed(_limits.wide_job(wide))
    wide_pd = _limits.timed(_limits.pandas_wide_job(wide))
    print(
        f"  read_events with {sizes['columns']} extra columns: {wide_nk.result['seconds']:.2f} s"
        f"; pandas.read_csv {wide_pd.result['seconds']:.2f} s",
        flush=True,
    )
    table.add(
        f"read_events, {sizes['columns']} columns vs pandas",
        wide_nk.result["seconds"],
        wide_pd.result["seconds"],
        target=2.0,
    )
    return {
        "zip_peak_mib": got.result["peak_mib"],
        "zip_reference_peak_mib": ref.result["peak_mib"],
        "compare_seconds": cmp_run.result["seconds"],
        "funnel_seconds": fun_run.result["seconds"],
        "wide_seconds": wide_nk.result["seconds"],
        "wide_pandas_seconds": wide_pd.result["seconds"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="full")
    parser.add_argument(
        "--only",
        default="cli,load,scaling,funnel,sample,anonymize,report,spark,limits",
        help="comma-separated measures to run (default: all)",
    )
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--measures",
        default="",
        help="scaling: only these measures or groups (comma-separated: network.inbound_offers, "
        "outreach, ...)",
    )
    parser.add_argument("--data", type=Path, default=_inputs.DATA, help="input cache folder")
    parser.add_argument("--no-profile", action="store_true", help="skip profiling of misses")
    parser.add_argument("--json", type=Path, help="write the results here too")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    sizes = SCALES[args.scale]
    env = environment()
    print(f"networkkit benchmarks ({args.scale}), {env['date']}, commit {env['commit']}")
    print(f"  {env['machine']}; {env['platform']}; Python {env['python']}")
    print("  " + ", ".join(f"{k} {v}" for k, v in env["versions"].items()))
    print(f"  sizes: {sizes}")
    print(f"  {_loadavg()} at start")

    args.data.mkdir(parents=True, exist_ok=True)
    profiles = args.data / "profiles"
    profiles.mkdir(exist_ok=True)
    table = Table()
    record: dict = {"environment": env, "scale": args.scale, "sizes": sizes}
    if "cli" in only:
        print("\ncli:", flush=True)
        record["cli"] = _guarded(table, "cli", lambda: bench_cli(table))
    print("\ninputs:", flush=True)
    export = _inputs.export(
        connections=sizes["connections"],
        messages=sizes["messages"],
        invitations=sizes["invitations"],
        data=args.data,
    )
    profile = not args.no_profile
    if "load" in only:
        record["load"] = _guarded(
            table,
            "load",
            lambda: bench_load(
                table, export, repeats=args.repeats, profiles=profiles, profile=profile
            ),
        )
    if "scaling" in only:
        record["scaling"] = _guarded(
            table,
            "scaling",
            lambda: bench_scaling(
                table, scale=args.scale, data=args.data, repeats=args.repeats, only=args.measures
            ),
        )
    if "funnel" in only:
        events = _inputs.events_for(n_events=sizes["events"], data=args.data)
        record["funnel"] = _guarded(
            table,
            "funnel",
            lambda: bench_funnel(
                table, events, repeats=args.repeats, profiles=profiles, profile=profile
            ),
        )
    with tempfile.TemporaryDirectory(prefix="nkbench-") as tmp:
        if "sample" in only:
            record["sample"] = _guarded(
                table,
                "sample",
                lambda: _pipeline.bench_sample(table, work=Path(tmp), repeats=args.repeats),
            )
        if "anonymize" in only:
            anon_export = _pipeline.anonymize_export(
                args.data, messages=min(_pipeline.ANONYMIZE_MESSAGES, sizes["messages"])
            )
            record["anonymize"] = _guarded(
                table,
                "anonymize",
                lambda: _pipeline.bench_anonymize(
                    table, anon_export, work=Path(tmp), repeats=args.repeats
                ),
            )
    outreach = None
    if only & {"report", "spark"}:
        outreach = _inputs.events(threads=sizes["report_threads"], data=args.data)
    with tempfile.TemporaryDirectory(prefix="nkbench-") as tmp:
        if "report" in only:
            record["report"] = _guarded(
                table, "report", lambda: bench_report(table, export, outreach, work=Path(tmp))
            )
        if "spark" in only:
            record["spark"] = _guarded(
                table, "spark", lambda: bench_spark(table, outreach, work=Path(tmp))
            )
    if "limits" in only:
        record["limits"] = _guarded(
            table, "limits", lambda: bench_limits(table, args.data / "limits", scale=args.scale)
        )
    record["table"] = table.rows
    table.print()
    if table.errors:
        print("\nerrors: " + "; ".join(table.errors))
    out = args.json or args.data / f"results-{args.scale}.json"
    out.write_text(json.dumps(record, indent=1, default=str))
    print(f"\nrecord: {out}")
    return 1 if table.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
