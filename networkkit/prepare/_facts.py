"""Facts about an event log, counted in its own engine: what a report says it read.

With ``engine="spark"`` the outreach report never brings its log to pandas: the few facts
it states about the log (rows, threads, which columns hold values) are counted in Spark too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import narwhals as nw
import pandas as pd

from networkkit.outreach._read_notes import sentences

__all__ = ["any_value", "event_facts", "event_log_report", "n_unique"]

#: Optional events a source may or may not record.
_OPTIONAL_EVENTS = ("opened", "clicked")


def _lazy(events: Any) -> nw.LazyFrame:
    frame = nw.from_native(events)
    return frame.lazy() if isinstance(frame, nw.DataFrame) else frame


def _one_row(lf: nw.LazyFrame) -> pd.Series:
    return lf.collect(backend="pandas").to_native().iloc[0]


def _utc(value: Any) -> pd.Timestamp:
    ts = pd.Timestamp(value)
    if pd.isna(ts):
        return pd.NaT
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def event_facts(events: Any) -> dict[str, Any]:
    """Count an event log's rows and threads and find its time span, in its own engine.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log: pandas, Polars, DuckDB or Spark.

    Returns
    -------
    dict
        ``events`` (int), ``threads`` (int), ``first_event`` and ``last_event`` (UTC
        Timestamps, NaT when empty), ``columns`` (list of the columns holding a value) and
        ``tracked`` (``opened`` / ``clicked`` where the log holds such events).
    """
    lf = _lazy(events)
    cols = lf.collect_schema().names()
    row = _one_row(
        lf.select(
            nw.len().alias("_nk_rows"),
            nw.col("thread_id").n_unique().alias("_nk_threads"),
            nw.col("at").min().alias("_nk_first"),
            nw.col("at").max().alias("_nk_last"),
            *[
                (nw.col("event") == e).cast(nw.Int64).sum().alias(f"_nk_{e}")
                for e in _OPTIONAL_EVENTS
            ],
            *[nw.col(c).count().alias(f"_nk_n_{i}") for i, c in enumerate(cols)],
        )
    )
    rows = int(row["_nk_rows"])
    return {
        "events": rows,
        "threads": int(row["_nk_threads"]) if rows else 0,
        "first_event": _utc(row["_nk_first"]),
        "last_event": _utc(row["_nk_last"]),
        "columns": [c for i, c in enumerate(cols) if int(row[f"_nk_n_{i}"] or 0) > 0],
        "tracked": [e for e in _OPTIONAL_EVENTS if int(row[f"_nk_{e}"] or 0) > 0],
    }


def any_value(events: Any, column: str) -> bool:
    """Return whether ``column`` exists in the event log and holds at least one value."""
    if isinstance(events, pd.DataFrame):
        return column in events.columns and bool(events[column].notna().any())
    lf = _lazy(events)
    if column not in lf.collect_schema().names():
        return False
    return int(_one_row(lf.select(nw.col(column).count()))[column] or 0) > 0


def n_unique(events: Any, column: str) -> int:
    """Return the number of distinct non-null values of ``column`` (0 when absent)."""
    if isinstance(events, pd.DataFrame):
        return int(events[column].nunique()) if column in events.columns else 0
    lf = _lazy(events)
    if column not in lf.collect_schema().names():
        return 0
    lf = lf.filter(~nw.col(column).is_null())
    return int(_one_row(lf.select(nw.col(column).n_unique()))[column])


def event_log_report(events: Any, *, path: str | Path | None) -> pd.DataFrame:
    """Describe what was read from an event log (its parse report), in its own engine.

    Parameters
    ----------
    events : DataFrame-like
        The canonical event log as read (pandas, or Spark and the other engines).
    path : str or Path or None
        The file it was read from.

    Returns
    -------
    pandas.DataFrame
        One row: ``file``, ``events``, ``threads``, ``first_event``, ``last_event``,
        ``tracked`` (optional events the source records), ``not_tracked`` (with what the
        source does not record at all, e.g. ``times``), ``columns``, ``duplicates_dropped``
        (exact duplicate events the reader kept once; 0 when unknown), ``started_before_log``
        (threads whose logged touches all have step 2 or later, left out of every measure; 0
        when unknown), ``unreadable`` (values the reader could not read: NA, or their rows left
        out when the value was required), ``rows_dropped`` (rows left out for such a value) and
        ``notes`` (each column's count in words, with its first line, as the export's parse
        report says its unreadable cells; ``""`` when every value was read).
    """
    attrs = getattr(events, "attrs", {})
    unreadable = list(attrs.get("unreadable", []) or [])
    tracked = list(attrs.get("networkkit_tracked", []))
    unrecorded = list(attrs.get("networkkit_not_recorded", []))
    if isinstance(events, pd.DataFrame):
        facts = {
            "events": len(events),
            "threads": events["thread_id"].nunique() if "thread_id" in events else 0,
            "first_event": events["at"].min() if len(events) else pd.NaT,
            "last_event": events["at"].max() if len(events) else pd.NaT,
            "columns": [c for c in events.columns if events[c].notna().any()],
        }
    else:
        facts = event_facts(events)
        tracked = tracked or facts["tracked"]
    return pd.DataFrame(
        {
            "file": [Path(path).name if path else "(from messages)"],
            "events": [facts["events"]],
            "threads": [facts["threads"]],
            "first_event": [facts["first_event"]],
            "last_event": [facts["last_event"]],
            "tracked": [", ".join(tracked) or "none"],
            "not_tracked": [
                ", ".join([*(e for e in _OPTIONAL_EVENTS if e not in tracked), *unrecorded])
                or "none"
            ],
            "columns": [", ".join(facts["columns"])],
            "duplicates_dropped": [int(attrs.get("duplicates", 0) or 0)],
            "started_before_log": [int(attrs.get("started_before_log", 0) or 0)],
            "unreadable": [sum(int(n["cells"]) for n in unreadable)],
            "rows_dropped": [int(attrs.get("rows_dropped", 0) or 0)],
            "notes": [sentences(unreadable)],
        }
    )
