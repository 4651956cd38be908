"""The canonical outreach event log: columns, dtypes, and the narwhals entry point.

Every measure accepts an event log as a pandas, Polars (eager or lazy), DuckDB or PySpark
frame. :func:`as_lazy` wraps it in a narwhals ``LazyFrame`` with every optional column present,
so the measures are written once and run inside whichever engine holds the data.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import narwhals as nw
import pandas as pd

from networkkit.errors import EventLogError

__all__ = ["EVENTS", "EVENT_COLUMNS", "as_lazy", "conform_events", "empty_events", "to_pandas"]

#: pandas' string dtype backed by Arrow: the log's strings stay Arrow arrays, so handing the log
#: to DuckDB (:func:`as_lazy`) copies none of them (Python-object strings were converted again
#: by every measure: 4 s each on a 3.8-million-event log, a dozen times per report).
STRING = pd.StringDtype("pyarrow")

#: Canonical event-log columns and their pandas dtypes, in order.
EVENT_COLUMNS: dict[str, Any] = {
    "thread_id": STRING,
    "event": STRING,
    "at": pd.DatetimeTZDtype(unit="us", tz="UTC"),
    "step": pd.Int64Dtype(),
    "recipient_key": STRING,
    "sender": STRING,
    "campaign": STRING,
    "template": STRING,
    "channel": STRING,
    "positive": pd.BooleanDtype(),
    "machine": pd.BooleanDtype(),
}

#: The event names of the canonical log.
EVENTS: tuple[str, ...] = ("sent", "bounced", "opened", "clicked", "replied")

REQUIRED = ("thread_id", "event", "at")
#: The attrs key where readers record which optional events the source tracks.
TRACKED_ATTR = "networkkit_tracked"
#: The attrs key where readers record what the source does not record at all: ``"times"``
#: (no event times: every time measure is "not tracked"), ``"replied"``, ``"bounced"``.
NOT_RECORDED_ATTR = "networkkit_not_recorded"


def empty_events() -> pd.DataFrame:
    """Return an empty canonical event log (all columns, canonical dtypes)."""
    return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in EVENT_COLUMNS.items()})


def conform_events(df: pd.DataFrame, *, keep_extra: bool = True) -> pd.DataFrame:
    """Return ``df`` with the canonical event columns first, in order, with canonical dtypes.

    Parameters
    ----------
    df : pandas.DataFrame
        Holds at least ``thread_id``, ``event`` and ``at``.
    keep_extra : bool, default True
        Keep other columns (after the canonical ones), e.g. extra grouping columns.

    Returns
    -------
    pandas.DataFrame
        A new frame with a fresh ``RangeIndex``; strings are ``string[pyarrow]``
        (``pd.StringDtype("pyarrow")``), ``at`` is ``datetime64[us, UTC]``, ``step`` is
        ``Int64`` and ``positive``/``machine`` are ``boolean``.
    """
    n = len(df)
    out: dict[str, pd.Series] = {}
    for name, dtype in EVENT_COLUMNS.items():
        if name in df.columns:
            col = df[name].reset_index(drop=True)
            if name == "at":
                col = pd.to_datetime(col, utc=True).astype(dtype)
            elif isinstance(dtype, pd.StringDtype):
                col = col.astype(dtype)
                empty = (col == "").fillna(False).to_numpy(dtype=bool)
                if empty.any():
                    col = col.mask(empty)
            else:
                col = col.astype(dtype)
        else:
            col = pd.Series(pd.array([pd.NA] * n, dtype=dtype))
        out[name] = col
    res = pd.DataFrame(out, index=pd.RangeIndex(n))
    if keep_extra:
        # the other columns joined in one step (inserting 20k columns one by one was
        # quadratic); their extension (Arrow) dtypes are kept, the index dropped
        extra = ~df.columns.isin(list(EVENT_COLUMNS))
        if extra.any():
            res = pd.concat([res, df.loc[:, extra].reset_index(drop=True)], axis=1)
    res.attrs.update(df.attrs)
    return res


def tracked_events(events: Any) -> set[str] | None:
    """Return the optional events a reader recorded as tracked, or None when unknown."""
    attrs = getattr(events, "attrs", None)
    if isinstance(attrs, dict) and TRACKED_ATTR in attrs:
        return set(attrs[TRACKED_ATTR])
    return None


def not_recorded(events: Any) -> set[str]:
    """Return what a reader recorded the source as not recording (``"times"``, stages)."""
    attrs = getattr(events, "attrs", None)
    if isinstance(attrs, dict):
        return set(attrs.get(NOT_RECORDED_ATTR, ()))
    return set()


def _in_duckdb(frame: nw.DataFrame) -> nw.LazyFrame:
    """Hand a pandas event log to DuckDB (through Arrow) for the measures' aggregations.

    pandas group-bys over millions of events were the funnel's hot spot (7x the same counts in
    DuckDB SQL on a 10-million-event log, benchmarks/README.md); DuckDB is a core dependency
    and reads the frame's Arrow-backed columns without copying them. The session time zone is
    UTC, so hours, weekdays and day offsets of event times are UTC's, as on every engine.
    """
    import duckdb
    import pyarrow as pa

    table = frame.to_arrow()
    # DuckDB does no arithmetic on nanosecond timestamps: hand it microseconds.
    for i, field in enumerate(table.schema):
        if pa.types.is_timestamp(field.type) and field.type.unit == "ns":
            us = pa.timestamp("us", tz=field.type.tz)
            table = table.set_column(i, field.name, table.column(i).cast(us, safe=False))
    con = getattr(_duckdb, "con", None)
    if con is None:
        # one in-memory connection per thread, kept: opening one costs about 25 ms, which a
        # report's thirty measures paid each time (a connection is not for two threads)
        con = _duckdb.con = duckdb.connect()
        con.execute("SET TimeZone = 'UTC'")
    return nw.from_native(con.from_arrow(table))


_duckdb = threading.local()


def as_lazy(events: Any, *, by: Sequence[str] = ()) -> nw.LazyFrame:
    """Wrap any supported frame in a narwhals ``LazyFrame`` with every canonical column.

    Parameters
    ----------
    events : DataFrame-like
        pandas, Polars (eager or lazy), DuckDB relation or PySpark DataFrame, or a narwhals
        frame wrapping one of them.
    by : sequence of str
        Grouping columns the caller needs; they must exist.

    Returns
    -------
    narwhals.LazyFrame
        The log; ``step`` is derived from the order of ``sent`` events within the thread when
        absent. Other optional columns stay absent (the measures check for them).

    Raises
    ------
    EventLogError
        When a required or grouping column is missing.
    """
    frame = nw.from_native(events)
    if isinstance(frame, nw.DataFrame) and frame.implementation is nw.Implementation.PANDAS:
        lf = _in_duckdb(frame)
    else:
        lf = frame.lazy() if isinstance(frame, nw.DataFrame) else frame
    cols = lf.collect_schema().names()
    missing = [c for c in (*REQUIRED, *by) if c not in cols]
    if missing:
        raise EventLogError(
            f"the event log has no column {missing[0]!r}; it needs thread_id, event and at "
            "(read files with networkkit.outreach.read_events)",
            file="<events>",
            column=missing[0],
        )
    if "step" not in cols:
        # dense: an exact duplicate touch (same time) is the same step, not a phantom one
        rank = nw.col("at").rank(method="dense").over("thread_id", "event")
        lf = lf.with_columns(step=nw.when(nw.col("event") == "sent").then(rank))
    return lf


def to_pandas(lf: nw.LazyFrame) -> pd.DataFrame:
    """Collect a (small) narwhals result into pandas, with UTC timestamps."""
    df = lf.collect(backend="pandas").to_native()
    df = df.reset_index(drop=True)
    for name in df.columns:
        col = df[name]
        if isinstance(col.dtype, pd.DatetimeTZDtype):
            df[name] = col.dt.tz_convert("UTC")
        elif pd.api.types.is_datetime64_dtype(col.dtype):
            df[name] = col.dt.tz_localize("UTC")
    return df


def micros_between(t: nw.LazyFrame, start: str, stop: str) -> nw.LazyFrame:
    """Add ``_nk_us``: whole microseconds from ``start`` to ``stop``, computed in the engine.

    narwhals has no duration-to-number for Spark, so there Spark's own ``unix_micros`` is
    used on the native frame (classic Spark and Spark Connect alike).
    """
    if t.implementation.is_pyspark() or t.implementation.is_pyspark_connect():
        from pyspark.sql import functions as F

        native = t.to_native()
        native = native.withColumn(
            "_nk_us", F.unix_micros(F.col(stop)) - F.unix_micros(F.col(start))
        )
        return nw.from_native(native)
    return t.with_columns(_nk_us=(nw.col(stop) - nw.col(start)).dt.total_microseconds())
