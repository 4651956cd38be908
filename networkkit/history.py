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
scope       VARCHAR                  the run's date window, ``"2025-01-01 – 2026-11-19"``
=========== ======================== =====================================================

The history is only data. The output folder may be shared or synced, so a ``history.duckdb``
found there is opened with DuckDB's file access, extension loading and installing switched off
and its configuration locked, and it is used only when it holds exactly the ``runs`` table
above (an older history without ``scope`` is accepted), no view and no macro, and is a regular
file (not a link, not a folder). Anything else is moved aside as
``history.duckdb.bad-<UTC time>`` by :func:`check`, and a new history starts.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import math
import os
import random
import time
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLUMNS",
    "LOCK_WAIT_SECONDS",
    "SAFE_CONFIG",
    "append",
    "check",
    "fingerprint",
    "load",
    "record",
    "trend",
]

#: Columns of the ``runs`` table (and of :func:`load`'s result), in order.
COLUMNS: tuple[str, ...] = ("run_at", "kind", "fingerprint", "measure", "value", "scope")

#: The column types a history must have; ``scope`` may be missing in a history written
#: before it existed (it is added on the next write).
_TYPES: dict[str, str] = {
    "run_at": "TIMESTAMP WITH TIME ZONE",
    "kind": "VARCHAR",
    "fingerprint": "VARCHAR",
    "measure": "VARCHAR",
    "value": "DOUBLE",
    "scope": "VARCHAR",
}

#: DuckDB settings every history is opened with: a planted view can read no file, and no
#: extension is downloaded or loaded (a SQLite file or an ``http://`` path would ask for one).
SAFE_CONFIG: dict[str, str | bool] = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "allow_community_extensions": False,
    "lock_configuration": True,
}

_CREATE = """
CREATE TABLE IF NOT EXISTS runs (
    run_at TIMESTAMPTZ NOT NULL,
    kind VARCHAR NOT NULL,
    fingerprint VARCHAR NOT NULL,
    measure VARCHAR NOT NULL,
    value DOUBLE,
    scope VARCHAR
)
"""


#: How long a run waits for another process that holds the history database (seconds).
#: DuckDB lets one process write a database file and no other process read it meanwhile, so
#: two reports finishing at once, or a DuckDB shell left open on the file, make a run wait.
LOCK_WAIT_SECONDS: float = 120.0


class _Busy(Exception):
    """Another process holds the history's write lock (and the caller would not wait)."""


@contextlib.contextmanager
def _connect(
    path: str | Path, *, read_only: bool = False, wait: bool = True
) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open the history database, waiting while another process holds it.

    DuckDB's own file lock decides: while another process (another report run, a DuckDB
    shell) holds it, opening is retried with jittered backoff (50 ms doubling to 1 s) for up
    to :data:`LOCK_WAIT_SECONDS`, then a :class:`TimeoutError` says so in one sentence; with
    ``wait=False`` a held lock raises :class:`_Busy` at once.
    """
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    delay = 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=dict(SAFE_CONFIG))
            break
        except duckdb.IOException as err:
            if "lock" not in str(err).lower():
                raise
            if not wait:
                raise _Busy from None
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


class _NotAHistory(Exception):
    """The file at a history path is not a history networkkit may use (the reason is the text)."""


_OUTSIDE = "it lies outside the output folder"


def _is_remote(path: str | Path) -> bool:
    return "://" in str(path)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.parent.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def _problem(path: Path, root: Path | None) -> str | None:
    """Return why ``path`` may not be used as a history, or None when it may (or is absent)."""
    if path.is_symlink():
        return "it is a symbolic link"
    if root is not None and not _inside(path, root):
        return _OUTSIDE
    if not path.exists():
        return None
    if not path.is_file():
        return "it is not a regular file"
    try:
        with _connect(path, read_only=True, wait=False) as con:
            _validate(con)
    except _NotAHistory as err:
        return str(err)
    except _Busy:
        return None  # another run holds it: it is checked again when this run records
    except duckdb.Error:
        return "it is not a DuckDB database"
    return None


def _validate(con: duckdb.DuckDBPyConnection) -> bool:
    """Raise :class:`_NotAHistory` unless the database holds only the ``runs`` table.

    Returns whether ``runs`` exists (a database with no table at all is an empty history).
    """
    if con.execute("SELECT count(*) FROM duckdb_views() WHERE NOT internal").fetchone()[0]:
        raise _NotAHistory("it holds views")
    if con.execute("SELECT count(*) FROM duckdb_functions() WHERE NOT internal").fetchone()[0]:
        raise _NotAHistory("it holds macros")
    tables = con.execute(
        "SELECT table_schema, table_name, table_type FROM information_schema.tables"
    ).fetchall()
    if not tables:
        return False
    if [(name, kind) for _, name, kind in tables] != [("runs", "BASE TABLE")]:
        raise _NotAHistory("it holds other tables than runs")
    columns = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = 'runs' ORDER BY ordinal_position"
        ).fetchall()
    )
    expected = {k: v for k, v in _TYPES.items() if k != "scope" or "scope" in columns}
    if columns != expected:
        raise _NotAHistory("its runs table has other columns than a history's")
    return True


def check(path: str | Path | None, *, root: str | Path | None = None) -> str | None:
    """Make sure a history file can be used; move anything else aside.

    Parameters
    ----------
    path : str or Path or None
        The history file (absent is fine: a first run creates it).
    root : str or Path, optional
        The output folder the history must lie in.

    Returns
    -------
    str or None
        None when the history is usable (or absent); otherwise one sentence saying why it
        was not, and that it was moved aside (``history.duckdb.bad-<UTC time>``) so that a
        new history starts, or that a remote path is never opened.
    """
    if path is None or str(path) == "":
        return None
    if _is_remote(path):
        return f"the history path {path} is not a local file; this run's history is not kept"
    file = Path(path)
    reason = _problem(file, Path(root) if root is not None else None)
    if reason is None:
        return None
    if reason == _OUTSIDE:
        return f"{file.name} was not used as the history: {reason}; this run's history is not kept"
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = file.with_name(f"{file.name}.bad-{stamp}")
    os.replace(file, aside)
    return (
        f"{file.name} was not a history networkkit wrote ({reason}); it was moved aside "
        f"as {aside.name} and a new history was started"
    )


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
    import pandas as pd

    return pd.DataFrame(
        {
            "run_at": pd.Series([], dtype="datetime64[us, UTC]"),
            "kind": pd.Series([], dtype="string"),
            "fingerprint": pd.Series([], dtype="string"),
            "measure": pd.Series([], dtype="string"),
            "value": pd.Series([], dtype="float64"),
            "scope": pd.Series([], dtype="string"),
        }
    )


def append(
    path: str | Path,
    *,
    kind: str,
    fingerprint: str,
    measures: Mapping[str, float | None],
    run_at: dt.datetime | None = None,
    scope: str | None = None,
    root: str | Path | None = None,
) -> int:
    """Append one run's headline measures to the history database; return the rows written.

    What :func:`record` does, without building the rows as a DataFrame: the command line
    records its runs with it and never imports pandas (half a second of its start-up).

    Parameters
    ----------
    path, kind, fingerprint, measures, scope, root
        As for :func:`record`.
    run_at : datetime.datetime, optional
        When the run happened (a naive time is UTC); now by default.

    Returns
    -------
    int
        Rows written: 0 when ``path`` is remote or outside ``root`` (nothing is opened).

    Raises
    ------
    TimeoutError
        As :func:`record`.
    """
    when = dt.datetime.now(dt.UTC) if run_at is None else run_at
    when = when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)
    rows = [
        (when, kind, fingerprint, str(measure), _value(value), scope)
        for measure, value in measures.items()
    ]
    if _is_remote(path) or (root is not None and not _inside(Path(path), Path(root))):
        return 0  # never opened, nothing written
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    check(path)  # anything that is not a usable history is moved aside first
    with _connect(path) as con:
        con.execute(_CREATE)
        if "scope" not in {c[0] for c in con.execute("DESCRIBE runs").fetchall()}:
            con.execute("ALTER TABLE runs ADD COLUMN scope VARCHAR")
        if rows:
            con.executemany(
                "INSERT INTO runs (run_at, kind, fingerprint, measure, value, scope) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                rows,
            )
    return len(rows)


def _value(value: float | None) -> float | None:
    """Return a measure as stored: missing (None, NaN) becomes NULL."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value)


def record(
    path: str | Path,
    *,
    kind: str,
    fingerprint: str,
    measures: Mapping[str, float],
    run_at: pd.Timestamp | str | None = None,
    scope: str | None = None,
    root: str | Path | None = None,
) -> pd.DataFrame:
    """Append one run's headline measures to the history database (created if missing).

    A file at ``path`` that is not a usable history (see :func:`check`) is moved aside
    first, so the new run starts a new history instead of failing.

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
    scope : str, optional
        The run's date window in words, so a trend compares like with like.
    root : str or Path, optional
        The output folder the history must lie in (see :func:`check`).

    Returns
    -------
    pandas.DataFrame
        The rows written, with :data:`COLUMNS`; none when ``path`` is remote or outside
        ``root`` (nothing is written then).

    Raises
    ------
    TimeoutError
        When another process has held the database for :data:`LOCK_WAIT_SECONDS`; until
        then the write waits, so two runs finishing at once both land.
    """
    import pandas as pd

    when = pd.Timestamp.now(tz="UTC") if run_at is None else pd.Timestamp(run_at)
    when = when.tz_localize("UTC") if when.tzinfo is None else when.tz_convert("UTC")
    values = [_value(v) for v in measures.values()]
    rows = pd.DataFrame(
        {
            "run_at": pd.Series([when] * len(values), dtype="datetime64[us, UTC]"),
            "kind": pd.Series([kind] * len(values), dtype="string"),
            "fingerprint": pd.Series([fingerprint] * len(values), dtype="string"),
            "measure": pd.Series(list(measures), dtype="string"),
            "value": pd.Series(values, dtype="float64"),
            "scope": pd.Series([scope] * len(values), dtype="string"),
        }
    )
    written = append(
        path,
        kind=kind,
        fingerprint=fingerprint,
        measures=dict(zip(measures, values, strict=True)),
        run_at=when.to_pydatetime(),
        scope=scope,
        root=root,
    )
    return rows if written else rows.iloc[:0]


def load(path: str | Path | None, *, kind: str | None = None) -> pd.DataFrame:
    """Read the history, oldest run first.

    Parameters
    ----------
    path : str or Path or None
        The DuckDB file; a missing file (or ``None``/``""``), a remote path, or a file that
        is not a usable history (see :func:`check`; reading never moves it) gives an empty
        frame.
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
    import pandas as pd

    if path is None or str(path) == "" or _is_remote(path) or not Path(path).exists():
        return _empty()
    if _problem(Path(path), None) is not None:
        return _empty()
    with _connect(path, read_only=True) as con:
        if not _validate(con):
            return _empty()
        has_scope = "scope" in {c[0] for c in con.execute("DESCRIBE runs").fetchall()}
        scope = "scope" if has_scope else "CAST(NULL AS VARCHAR) AS scope"
        query = f"SELECT run_at, kind, fingerprint, measure, value, {scope} FROM runs"
        params: list[str] = []
        if kind is not None:
            query += " WHERE kind = ?"
            params.append(kind)
        df = con.execute(query + " ORDER BY run_at, measure", params).df()
    df["run_at"] = pd.to_datetime(df["run_at"], utc=True).astype("datetime64[us, UTC]")
    for col in ("kind", "fingerprint", "measure", "scope"):
        df[col] = df[col].astype("string")
    df["value"] = df["value"].astype("float64")
    return df[list(COLUMNS)].reset_index(drop=True)


def trend(
    path: str | Path | None,
    *,
    kind: str,
    current: Mapping[str, float],
    last: int = 4,
    scope: str | None = None,
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
    scope : str, optional
        This run's date window in words. Earlier runs recorded with another window are
        labelled ``"(other window)"`` and the change is taken against the latest earlier run
        with the same window (NaN when there is none), so windows are never compared
        silently.

    Returns
    -------
    pandas.DataFrame
        One row per measure of ``current``, in its order: ``measure``, one column per earlier
        run (labelled by its UTC date and time, oldest first), ``this run``, and ``change``
        (this run − the latest earlier run on the same window; NaN on a first run).
    """
    import pandas as pd

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
    scopes = recent.groupby("run_at")["scope"].first().reindex(runs)
    same = [scope is None or pd.isna(s) or s == scope for s in scopes]
    wide.columns = [
        pd.Timestamp(c).strftime("%Y-%m-%d %H:%M:%S") + ("" if ok else " (other window)")
        for c, ok in zip(wide.columns, same, strict=True)
    ]
    merged = out.merge(wide, how="left", left_on="measure", right_index=True)
    earlier = list(wide.columns)
    merged = merged[["measure", *earlier, "this run"]]
    comparable = [c for c, ok in zip(earlier, same, strict=True) if ok]
    merged["change"] = merged["this run"] - merged[comparable[-1]] if comparable else float("nan")
    return merged.reset_index(drop=True)
