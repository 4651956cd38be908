"""History of report runs: each run's headline measures in a DuckDB file.

A scheduled report (cron, systemd timer) appends one row per headline measure to
``history.duckdb`` beside the reports; the next report shows the trend against earlier runs.

Table ``runs`` (one row per measure per run):

=========== ======================== =====================================================
column      type                     example
=========== ======================== =====================================================
run_at      TIMESTAMP WITH TIME ZONE ``2026-11-22 07:00:00+00``
kind        VARCHAR                  ``"network"`` or ``"outreach"``
fingerprint VARCHAR                  sha256 of the input files (see :func:`fingerprint`)
measure     VARCHAR                  ``"connections"``
value       DOUBLE                   ``812.0``
=========== ======================== =====================================================
"""

from __future__ import annotations

import contextlib
import hashlib
import math
import random
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import duckdb
import pandas as pd

__all__ = ["COLUMNS", "LOCK_WAIT_SECONDS", "fingerprint", "load", "record", "trend"]

#: Columns of the ``runs`` table (and of :func:`load`'s result), in order.
COLUMNS: tuple[str, ...] = ("run_at", "kind", "fingerprint", "measure", "value")

_CREATE = """
CREATE TABLE IF NOT EXISTS runs (
    run_at TIMESTAMPTZ NOT NULL,
    kind VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    value DOUBLE
)
"""


#: How long a run waits for another process that holds the history database (seconds).
#: DuckDB lets one process write a database file and no other process read it meanwhile, so
#: two reports finishing at once, or a DuckDB shell left open on the file, make a run wait.
LOCK_WAIT_SECONDS: float = 120.0


@contextlib.contextmanager
def _connect(path: str | Path, *, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the history database, waiting while another process holds it.

    DuckDB's own file lock decides: while another process (another report run, a DuckDB
    shell) holds it, opening is retried with jittered backoff (50 ms doubling to 1 s) for up
    to :data:`LOCK_WAIT_SECONDS`, then a :class:`TimeoutError` says so in one sentence.
    """
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as err:
            if "lock" not in str(err).lower():
                raise
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"another process has held the history database {Path(path).name} "
                    f"for over {LOCK_WAIT_SECONDS:.0f} s; close it and run again"
                ) from None
            time.sleep(delay * (1 + random.random()))
            delay = min(2 * delay, 1.0)
    try:
        yield con
    finally:
        con.close()


def fingerprint(paths: Iterable[str | Path | None]) -> str:
    """Return a sha256 over the files under ``paths`` (names, sizes and bytes).

    Parameters
    ----------
    paths : iterable of str or Path or None
        Files or folders (walked recursively, in sorted order); ``None`` entries are skipped.

    Returns
    -------
    str
        The first 16 hex digits of the digest, e.g. ``"3f2a9c0d11b4e587"``; the same inputs
        always give the same fingerprint.
    """
    digest = hashlib.sha256()
    for raw in paths:
        if raw is None or str(raw) == "":
            continue
        root = Path(raw)
        files = sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
        for file in files:
            name = file.relative_to(root) if root.is_dir() else Path(file.name)
            digest.update(f"{name.as_posix()}\0".encode())
            if file.exists():
                digest.update(str(file.stat().st_size).encode())
                with file.open("rb") as handle:
                    for chunk in iter(lambda h=handle: h.read(1 << 20), b""):
                        digest.update(chunk)
    return digest.hexdigest()[:16]


def _empty() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "run_at": pd.Series([], dtype="datetime64[us, UTC]"),
            "kind": pd.Series([], dtype="string"),
            "fingerprint": pd.Series([], dtype="string"),
            "measure": pd.Series([], dtype="string"),
            "value": pd.Series([], dtype="float64"),
        }
    )


def record(
    path: str | Path,
    *,
    kind: str,
    fingerprint: str,
    measures: Mapping[str, float],
    run_at: pd.Timestamp | str | None = None,
) -> pd.DataFrame:
    """Append one run's headline measures to the history database (created if missing).

    Parameters
    ----------
    path : str or Path
        The DuckDB file, e.g. ``reports/history.duckdb``.
    kind : str
        The report, ``"network"`` or ``"outreach"``.
    fingerprint : str
        The input's :func:`fingerprint`.
    measures : mapping of str to float
        Headline measure → value; missing values (None, NaN) are stored as NULL.
    run_at : pandas.Timestamp or str, optional
        When the run happened (UTC); now by default.

    Returns
    -------
    pandas.DataFrame
        The rows written, with :data:`COLUMNS`.

    Raises
    ------
    TimeoutError
        When another process has held the database for :data:`LOCK_WAIT_SECONDS`; until
        then the write waits, so two runs finishing at once both land.
    """
    when = pd.Timestamp.now(tz="UTC") if run_at is None else pd.Timestamp(run_at)
    when = when.tz_localize("UTC") if when.tzinfo is None else when.tz_convert("UTC")
    values = [
        None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)
        for v in measures.values()
    ]
    rows = pd.DataFrame(
        {
            "run_at": pd.Series([when] * len(values), dtype="datetime64[us, UTC]"),
            "kind": pd.Series([kind] * len(values), dtype="string"),
            "fingerprint": pd.Series([fingerprint] * len(values), dtype="string"),
            "measure": pd.Series(list(measures), dtype="string"),
            "value": pd.Series(values, dtype="float64"),
        }
    )
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    with _connect(path) as con:
        con.execute(_CREATE)
        con.register("new_rows", rows)
        con.execute(
            "INSERT INTO runs SELECT run_at, kind, fingerprint, measure, value FROM new_rows"
        )
        con.unregister("new_rows")
    return rows


def load(path: str | Path | None, *, kind: str | None = None) -> pd.DataFrame:
    """Read the history, oldest run first.

    Parameters
    ----------
    path : str or Path or None
        The DuckDB file; a missing file (or ``None``/``""``) gives an empty frame.
    kind : str, optional
        Keep only this report's runs.

    Returns
    -------
    pandas.DataFrame
        :data:`COLUMNS`; ``run_at`` is tz-aware UTC.

    Raises
    ------
    TimeoutError
        When another process has held the database for :data:`LOCK_WAIT_SECONDS`.
    """
    if path is None or str(path) == "" or not Path(path).exists():
        return _empty()
    with _connect(path, read_only=True) as con:
        tables = {row[0] for row in con.execute("SHOW TABLES").fetchall()}
        if "runs" not in tables:
            return _empty()
        query = "SELECT run_at, kind, fingerprint, measure, value FROM runs"
        params: list[str] = []
        if kind is not None:
            query += " WHERE kind = ?"
            params.append(kind)
        df = con.execute(query + " ORDER BY run_at, measure", params).df()
    df["run_at"] = pd.to_datetime(df["run_at"], utc=True).astype("datetime64[us, UTC]")
    for col in ("kind", "fingerprint", "measure"):
        df[col] = df[col].astype("string")
    df["value"] = df["value"].astype("float64")
    return df[list(COLUMNS)].reset_index(drop=True)


def trend(
    path: str | Path | None,
    *,
    kind: str,
    current: Mapping[str, float],
    last: int = 4,
) -> pd.DataFrame:
    """Compare this run's headline measures with the earlier runs of the same report.

    Parameters
    ----------
    path : str or Path or None
        The DuckDB file (may not exist yet: then every measure is a first run).
    kind : str
        The report, ``"network"`` or ``"outreach"``.
    current : mapping of str to float
        This run's headline measures.
    last : int, default 4
        How many earlier runs to show as columns.

    Returns
    -------
    pandas.DataFrame
        One row per measure of ``current``, in its order: ``measure``, one column per earlier
        run (labelled by its UTC date and time, oldest first), ``this run``, and ``change``
        (this run − the latest earlier run; NaN on a first run).
    """
    history = load(path, kind=kind)
    out = pd.DataFrame(
        {
            "measure": pd.Series(list(current), dtype="string"),
            "this run": pd.Series(
                [float("nan") if v is None else float(v) for v in current.values()],
                dtype="float64",
            ),
        }
    )
    if history.empty:
        out["change"] = float("nan")
        return out
    runs = sorted(history["run_at"].unique())[-last:]
    recent = history[history["run_at"].isin(runs)]
    wide = recent.pivot_table(index="measure", columns="run_at", values="value", aggfunc="last")
    wide = wide.reindex(columns=runs)
    wide.columns = [pd.Timestamp(c).strftime("%Y-%m-%d %H:%M:%S") for c in wide.columns]
    merged = out.merge(wide, how="left", left_on="measure", right_index=True)
    earlier = list(wide.columns)
    merged = merged[["measure", *earlier, "this run"]]
    merged["change"] = merged["this run"] - merged[earlier[-1]]
    return merged.reset_index(drop=True)
