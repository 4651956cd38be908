"""The outreach report on any engine: facts about an event log, and a Spark log made safe.

With ``engine="spark"`` the outreach report holds its event log as a Spark DataFrame and
never brings it to pandas: the measures aggregate inside Spark, and the few facts the report
states about the log (rows, threads, which columns hold values) are counted there too.
"""

from __future__ import annotations

from typing import Any

import narwhals as nw
import pandas as pd

from networkkit.prepare._privacy import (
    Pseudonymizer,
    _opaque_emails,
    event_text_names,
    scrub_text,
)
from networkkit.reports._notebook import window

__all__ = ["any_value", "event_facts", "n_unique", "prepare_events_spark"]

_ID_COLUMNS = ("thread_id", "recipient_key", "sender")
#: Columns :func:`~networkkit.reports.anonymize_events` turns into member keys / pseudonyms.
_PSEUDONYM_KEYS = ("recipient_key", "recipient", "recipient_url", "candidate_id")
_PSEUDONYM_NAMES = ("sender", "recipient_name", "sender_name")


def _in_workers(func: Any) -> Any:
    """Wrap a pandas Series → Series function as a Spark pandas UDF returning strings."""
    from pyspark.sql import functions as F

    def apply(values: pd.Series) -> pd.Series:
        return func(values.astype("string"))

    return F.pandas_udf(apply, "string")


def _scrub_spark(events: Any) -> Any:
    """Scrub e-mail addresses and phone numbers from every string column, in Spark.

    The pandas scrubber itself runs in Spark's Python workers (Java's regex engine has no
    NFKC and no IBAN check), so both engines scrub alike.
    """
    from pyspark.sql import functions as F

    as_token, as_text = _in_workers(_opaque_emails), _in_workers(scrub_text)
    out = []
    for name, kind in events.dtypes:
        col = F.col(name)
        if kind == "string":
            col = as_token(col) if name in _ID_COLUMNS else as_text(col)
        out.append(col.alias(name))
    return events.select(*out)


def _lazy(events: Any) -> nw.LazyFrame:
    frame = nw.from_native(events)
    return frame.lazy() if isinstance(frame, nw.DataFrame) else frame


def _one_row(lf: nw.LazyFrame) -> pd.Series:
    return lf.collect(backend="pandas").to_native().iloc[0]


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
            (nw.col("event") == "opened").cast(nw.Int64).sum().alias("_nk_opened"),
            (nw.col("event") == "clicked").cast(nw.Int64).sum().alias("_nk_clicked"),
            *[nw.col(c).count().alias(f"_nk_n_{i}") for i, c in enumerate(cols)],
        )
    )
    rows = int(row["_nk_rows"])

    def utc(value: Any) -> pd.Timestamp:
        ts = pd.Timestamp(value)
        if pd.isna(ts):
            return pd.NaT
        return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")

    return {
        "events": rows,
        "threads": int(row["_nk_threads"]) if rows else 0,
        "first_event": utc(row["_nk_first"]),
        "last_event": utc(row["_nk_last"]),
        "columns": [c for i, c in enumerate(cols) if int(row[f"_nk_n_{i}"] or 0) > 0],
        "tracked": [e for e in ("opened", "clicked") if int(row[f"_nk_{e}"] or 0) > 0],
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


def prepare_events_spark(
    events: Any,
    *,
    start_date: str = "",
    end_date: str = "",
    anonymize: bool = False,
    key: bytes | None = None,
) -> Any:
    """Make a Spark event log safe and scoped for a report, inside Spark.

    The same rules as :func:`networkkit.reports.prepare_events`: e-mail addresses and phone
    numbers in the identifying columns (``thread_id``, ``recipient_key``, ``sender``) become an
    opaque ``contact-<hash>`` (the same token as on pandas), elsewhere ``[email]`` /
    ``[phone]``; with ``anonymize``, recipients and senders become the same pseudonyms as on
    pandas (the pandas code runs in Spark's Python workers, batch by batch); threads are kept
    when their first ``sent`` event falls in the window, and events after its end are dropped.
    The result is cached in Spark, since every section of the report reads it.

    Parameters
    ----------
    events : pyspark.sql.DataFrame
        A canonical event log (see :func:`networkkit.outreach.read_events_spark`).
    start_date, end_date : str
        The window (ISO dates, ``""`` for open).
    anonymize : bool, default False
        Pseudonymise recipients and senders.
    key : bytes, optional
        The pseudonym key (required when ``anonymize``).

    Returns
    -------
    pyspark.sql.DataFrame
        A new, cached event log.
    """
    from pyspark.sql import functions as F

    if anonymize and key is None:
        raise ValueError("anonymize needs a key")
    events = _scrub_spark(events)
    if anonymize:
        pseudo = Pseudonymizer(key)
        as_key, as_name = _in_workers(pseudo.keys), _in_workers(pseudo.names)
        named = [c for c in _PSEUDONYM_NAMES if c in events.columns]
        people = {r[0] for c in named for r in events.select(c).distinct().collect() if r[0]}
        as_text = _in_workers(event_text_names(sorted(people), key=key))
        out = []
        for name, kind in events.dtypes:
            col = F.col(name)
            if name in _PSEUDONYM_KEYS:
                col = as_key(col)
            elif name in _PSEUDONYM_NAMES:
                col = as_name(col)
            elif kind == "string" and name not in ("thread_id", "event", "channel"):
                col = as_text(col)
            out.append(col.alias(name))
        events = _scrub_spark(events.select(*out))
    start, end = window(start_date, end_date)
    if start is not None or end is not None:
        first = (
            events.filter(F.col("event") == "sent")
            .groupBy("thread_id")
            .agg(F.min("at").alias("_nk_first"))
        )
        keep = F.lit(True)
        if start is not None:
            keep = keep & (F.col("_nk_first") >= F.lit(start.to_pydatetime()))
        if end is not None:
            keep = keep & (F.col("_nk_first") <= F.lit(end.to_pydatetime()))
        events = events.join(first.filter(keep).select("thread_id"), "thread_id", "left_semi")
        if end is not None:
            events = events.filter(F.col("at") <= F.lit(end.to_pydatetime()))
    return events.cache()
