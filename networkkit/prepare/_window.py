"""The report window: which dated rows a report covers, written once for every engine.

A window is two inclusive UTC bounds parsed from ISO dates (an end date covers its whole
day). The same narwhals expressions cut an export's tables (pandas) and an outreach event
log (pandas, Polars, DuckDB or Spark, inside its engine).
"""

from __future__ import annotations

import dataclasses
from typing import Any

import narwhals as nw
import pandas as pd

from networkkit.export import Export

__all__ = ["EXPORT_DATE_COLUMNS", "parse_date", "window", "window_events", "window_export"]

#: Export table → the column that dates its rows (rows without a date are always kept).
EXPORT_DATE_COLUMNS = {
    "connections": "connected_on",
    "messages": "sent_at",
    "invitations": "sent_at",
    "endorsements_received": "endorsed_at",
    "endorsements_given": "endorsed_at",
}

Bound = pd.Timestamp | None


def parse_date(value: str | None, *, end: bool = False) -> Bound:
    """Parse one bound of a window as a UTC Timestamp.

    Parameters
    ----------
    value : str or None
        An ISO date or timestamp; ``""`` or None for open.
    end : bool, default False
        An upper bound: a bare date covers its whole day (up to its last microsecond).

    Returns
    -------
    pandas.Timestamp or None
        The bound in UTC, or None when open.
    """
    if value is None or str(value).strip() == "":
        return None
    ts = pd.Timestamp(value)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    if end and ts == ts.normalize():
        ts = ts + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
    return ts


def window(start_date: str, end_date: str) -> tuple[Bound, Bound]:
    """Parse a report's date window; an end date includes the whole of that day.

    Parameters
    ----------
    start_date, end_date : str
        ISO dates (``"2026-01-31"``) or ``""`` for open.

    Returns
    -------
    start, end : pandas.Timestamp or None
        UTC bounds, inclusive.
    """
    return parse_date(start_date), parse_date(end_date, end=True)


def _inside(column: str, start: Bound, end: Bound) -> nw.Expr:
    """Return the narwhals condition: ``column`` lies within [start, end] (null: not inside)."""
    cond = nw.lit(True)
    if start is not None:
        cond = cond & (nw.col(column) >= start.to_pydatetime())
    if end is not None:
        cond = cond & (nw.col(column) <= end.to_pydatetime())
    return cond


def window_export(ex: Export, start: Bound, end: Bound) -> Export:
    """Drop the rows of an export dated outside the window (undated rows are kept).

    Parameters
    ----------
    ex : Export
        The export.
    start, end : pandas.Timestamp or None
        Inclusive UTC bounds (:func:`window`); None for open.

    Returns
    -------
    Export
        The same export when the window is open, else a new one.
    """
    if start is None and end is None:
        return ex
    tables = {}
    for name, col in EXPORT_DATE_COLUMNS.items():
        frame = nw.from_native(getattr(ex, name), eager_only=True)
        keep = nw.col(col).is_null() | _inside(col, start, end).fill_null(False)
        tables[name] = frame.filter(keep).to_native().reset_index(drop=True)
    return dataclasses.replace(ex, **tables)


def window_events(events: Any, start: Bound, end: Bound) -> Any:
    """Keep the threads whose first ``sent`` event lies in the window, up to its end.

    Events after the window's end are dropped, so the threads they belong to are censored
    at the end rather than counted as "no". Works in the log's own engine.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log: pandas, Polars, DuckDB or Spark.
    start, end : pandas.Timestamp or None
        Inclusive UTC bounds (:func:`window`); None for open.

    Returns
    -------
    DataFrame-like
        The same log when the window is open, else a new one of the same engine (a pandas
        result has a fresh index).
    """
    if start is None and end is None:
        return events
    frame = nw.from_native(events)
    first = (
        frame.filter(nw.col("event") == "sent")
        .group_by("thread_id")
        .agg(nw.col("at").min().alias("_nk_first"))
        .filter(_inside("_nk_first", start, end))
        .select("thread_id")
    )
    out = frame.join(first, on="thread_id", how="semi")
    if end is not None:
        out = out.filter(nw.col("at") <= end.to_pydatetime())
    native = out.to_native()
    if isinstance(native, pd.DataFrame):
        native = native.reset_index(drop=True)
        native.attrs.update(getattr(events, "attrs", {}))
    return native
