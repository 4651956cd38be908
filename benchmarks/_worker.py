"""One measurement per interpreter: ``python benchmarks/_worker.py TASK ARGS... [--profile F]``.

Only the call under test is timed (``time.perf_counter`` around it); imports and interpreter
start are not. The answer is written as JSON to the file ``$NK_BENCH_RESULT`` names.

Tasks
-----
baseline-nk / baseline-polars
    Import what the matching load task imports, and nothing else: the memory floor that is
    subtracted from the load tasks' peak.
load-nk DIR
    ``nk.load_export(DIR)``, all three tables materialised.
load-polars DIR
    ``polars.read_csv`` of the same three CSV files, every column as a string.
load-pandas DIR
    Plain ``pandas.read_csv`` of the same three files, default options (no clean-up).
scaling EXPORT EVENTS.parquet REPEATS [ONLY]
    Every network measure on the export and every outreach measure on the log, each run cold,
    wall and CPU time and its own peak memory (``_scaling.py``).
funnel EVENTS.parquet REPEATS
    ``nk.outreach.funnel(events, by="template")`` on pandas, DuckDB and Polars inputs against
    the hand-written DuckDB SQL of METRICS.md, numbers asserted equal.
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CSV_NAMES = ("connections.csv", "messages.csv", "invitations.csv")


def export_csvs(folder: Path) -> dict[str, Path]:
    """The three CSV files of an export folder, found by name whatever their case."""
    found = {p.name.lower(): p for p in Path(folder).rglob("*.csv")}
    missing = [n for n in CSV_NAMES if n not in found]
    if missing:
        raise SystemExit(f"{folder} lacks {', '.join(missing)}")
    return {n: found[n] for n in CSV_NAMES}


def _answer(payload: dict) -> None:
    Path(os.environ["NK_BENCH_RESULT"]).write_text(json.dumps(payload))


@contextlib.contextmanager
def _profiled(path: str | None):
    """Profile the block with pyinstrument when ``path`` is given; write its text report."""
    if not path:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.005)
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        Path(path).write_text(profiler.output_text(unicode=True, color=False, show_all=False))


def _rss_now_mib() -> float:
    """This process's peak resident memory so far (``VmHWM``), in MiB.

    Read from ``/proc/self/status`` rather than ``ru_maxrss``: on Linux a child's
    ``ru_maxrss`` starts from its parent's resident size at fork, so it would count the
    benchmark driver's memory too.
    """
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def task_baseline_nk() -> dict:
    import pandas  # noqa: F401
    import pyarrow  # noqa: F401

    import networkkit

    networkkit.load_export  # noqa: B018 - the modules the load imports on first use
    return {"peak_mib": _rss_now_mib()}


def task_baseline_polars() -> dict:
    import polars  # noqa: F401

    return {"peak_mib": _rss_now_mib()}


def task_load_nk(folder: str, profile: str | None = None) -> dict:
    import networkkit as nk

    # the package loads its modules on first use: done here, outside the timed call, as
    # polars is imported before its read (the imports are the baseline's, not the load's)
    load_export = nk.load_export
    base = _rss_now_mib()
    c0, t0 = time.process_time(), time.perf_counter()
    with _profiled(profile):
        ex = load_export(folder)
        rows = {t: len(getattr(ex, t)) for t in ("connections", "messages", "invitations")}
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "rows": rows,
        "peak_after_imports_mib": base,
        "peak_mib": _rss_now_mib(),
    }


def _header_lines(files: dict[str, Path]) -> dict[str, int]:
    """Lines before each file's header: Connections.csv opens with a notes preamble (found
    outside the timed part, as a user would know it)."""
    skip = {}
    for name, path in files.items():
        with open(path, encoding="utf-8-sig") as fh:
            head = [next(fh, "") for _ in range(10)]
        starts = ("first name,", '"first name",')
        skip[name] = next(
            (i for i, line in enumerate(head) if line.lower().startswith(starts)),
            0,
        )
    return skip


def task_load_polars(folder: str, profile: str | None = None) -> dict:
    import polars as pl

    files = export_csvs(Path(folder))
    skip = _header_lines(files)
    base = _rss_now_mib()
    c0, t0 = time.process_time(), time.perf_counter()
    with _profiled(profile):
        frames = {
            name: pl.read_csv(path, infer_schema=False, skip_lines=skip[name])
            for name, path in files.items()
        }
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    rows = {name.removesuffix(".csv"): f.height for name, f in frames.items()}
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "rows": rows,
        "peak_after_imports_mib": base,
        "peak_mib": _rss_now_mib(),
    }


def task_load_pandas(folder: str, profile: str | None = None) -> dict:
    """Plain ``pandas.read_csv`` of the three files, default options: what other export
    analyzers do, with none of networkkit's clean-up (types, dates, keys, text)."""
    import pandas as pd

    files = export_csvs(Path(folder))
    skip = _header_lines(files)
    base = _rss_now_mib()
    c0, t0 = time.process_time(), time.perf_counter()
    with _profiled(profile):
        frames = {name: pd.read_csv(path, skiprows=skip[name]) for name, path in files.items()}
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    rows = {name.removesuffix(".csv"): len(f) for name, f in frames.items()}
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,
        "rows": rows,
        "peak_after_imports_mib": base,
        "peak_mib": _rss_now_mib(),
    }


#: A job slower than this is run once, not ``repeats`` times (its median would only cost time).
ONCE_ABOVE_S = 120.0


def _timed(fn, repeats: int) -> tuple[list[float], list[float], object]:
    times, cpus, out = [], [], None
    for _ in range(repeats):
        c0, t0 = time.process_time(), time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        if times[-1] > ONCE_ABOVE_S:
            break
    return times, cpus, out


def task_funnel(events_path: str, repeats: str = "3", profile: str | None = None) -> dict:
    import duckdb
    import pandas as pd
    import polars as pl
    import pyarrow as pa
    import pyarrow.parquet as pq
    from _funnel_sql import FUNNEL_SQL, compare, to_pandas

    import networkkit as nk

    n = int(repeats)
    # The frame nk.sample.events returns: Arrow-backed strings, nullable booleans and ints.
    mapping = {
        pa.string(): pd.StringDtype("pyarrow"),
        pa.large_string(): pd.StringDtype("pyarrow"),
        pa.bool_(): pd.BooleanDtype(),
        pa.int64(): pd.Int64Dtype(),
    }
    events = pq.read_table(events_path).to_pandas(types_mapper=mapping.get)
    con = duckdb.connect()
    con.register("events_df", events)
    con.execute("CREATE TABLE events_tbl AS SELECT * FROM events_df")
    pl_events = pl.from_pandas(events)
    con.register("events_pl", pl_events)
    rel = con.table("events_tbl")

    def sql_on(name: str):
        return lambda: con.sql(FUNNEL_SQL.format(events=name)).df()

    out: dict = {"events": len(events), "threads": int(events["thread_id"].nunique())}
    jobs = {
        "sql_pandas": sql_on("events_df"),
        "sql_duckdb": sql_on("events_tbl"),
        "sql_polars": sql_on("events_pl"),
        "nk_pandas": lambda: nk.outreach.funnel(events, by="template"),
        "nk_duckdb": lambda: to_pandas(nk.outreach.funnel(rel, by="template")),
        "nk_polars": lambda: to_pandas(nk.outreach.funnel(pl_events, by="template")),
    }
    results: dict = {}
    runs: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in jobs}
    for _ in range(n):
        # one run of every job per round: a busy minute on the shared machine then falls on
        # every engine alike, not on one job's three runs in a row
        for name, job in jobs.items():
            times, cpus = runs[name]
            if times and times[-1] > ONCE_ABOVE_S:
                continue
            more, more_cpu, results[name] = _timed(job, 1)
            times.extend(more)
            cpus.extend(more_cpu)
    for name, (times, cpus) in runs.items():
        out[name] = {"seconds": statistics.median(times), "all": times, "cpu": cpus}
    for name in ("nk_pandas", "nk_duckdb", "nk_polars", "sql_duckdb", "sql_polars"):
        compare(to_pandas(results[name]), results["sql_pandas"], label=name)
    out["table"] = results["sql_pandas"].to_dict(orient="list")
    if profile:
        for name in ("nk_pandas", "nk_duckdb", "nk_polars"):
            with _profiled(f"{profile}.{name}.txt"):
                jobs[name]()
    return out


def task_scaling(export: str, events: str, repeats: str = "3", only: str = "") -> dict:
    import _scaling

    return _scaling.task(export, events, repeats, only)


TASKS = {
    "scaling": task_scaling,
    "baseline-nk": task_baseline_nk,
    "baseline-polars": task_baseline_polars,
    "load-nk": task_load_nk,
    "load-polars": task_load_polars,
    "load-pandas": task_load_pandas,
    "funnel": task_funnel,
}


def main(argv: list[str]) -> None:
    profile = None
    if "--profile" in argv:
        i = argv.index("--profile")
        profile = argv[i + 1]
        argv = argv[:i] + argv[i + 2 :]
    task, *args = argv
    fn = TASKS[task]
    kwargs = {"profile": profile} if profile and not task.startswith("baseline") else {}
    _answer(fn(*args, **kwargs))


if __name__ == "__main__":
    main(sys.argv[1:])
