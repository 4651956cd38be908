"""Outreach event logs in Spark: a session, and the canonical log read from Parquet or CSV.

A Spark DataFrame is a first-class input of every outreach measure (they are written with
narwhals): the per-thread and per-group aggregations run in Spark, and only their small
results come back to pandas. Use this for logs larger than one machine holds, or that already
live in a cluster's storage.
"""

from __future__ import annotations

import contextlib
import os
from typing import Any

from networkkit.errors import EventLogError

__all__ = ["read_events_spark", "spark_session"]

_TYPES = {
    "thread_id": "string",
    "event": "string",
    "at": "timestamp",
    "step": "bigint",
    "recipient_key": "string",
    "sender": "string",
    "campaign": "string",
    "template": "string",
    "channel": "string",
    "positive": "boolean",
    "machine": "boolean",
}
_REQUIRED = ("thread_id", "event", "at")


def _spark_times(F: Any, col: Any, timezone: str | None) -> Any:
    """CSV time text as UTC timestamps, by :func:`read_events`' rules, inside Spark."""
    from networkkit.outreach._sources import _EPOCH_MS, _OFFSET, _zone

    zone = _zone(timezone)
    text = F.trim(col)
    parsed = F.to_timestamp(text)  # zone-less text is read on the session's clock, UTC
    if zone != "UTC":
        parsed = F.when(text.rlike(_OFFSET), parsed).otherwise(F.to_utc_timestamp(parsed, zone))
    number = text.cast("double")
    seconds = F.when(F.abs(number) >= _EPOCH_MS, number / 1000.0).otherwise(number)
    epoch = text.rlike(r"^[+-]?\d{9,}(\.\d+)?$")
    return F.when(epoch, seconds.cast("timestamp")).otherwise(parsed)


def spark_session(master: str | None = None, *, app_name: str = "networkkit") -> Any:
    """Return the active Spark session, or start one.

    Parameters
    ----------
    master : str, optional
        A Spark master URL such as ``spark://host:7077`` or ``local[4]``. Default: the
        ``SPARK_REMOTE`` environment variable's Spark Connect server when it is set, else
        ``local[*]`` (every core of this machine).
    app_name : str, default "networkkit"
        The application name shown in the Spark UI.

    Returns
    -------
    pyspark.sql.SparkSession
        A session whose time zone is UTC (event times are UTC).
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name).config("spark.sql.session.timeZone", "UTC")
    if not master and not os.environ.get("SPARK_REMOTE"):
        master = "local[*]"
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # one machine: a few shuffle partitions, not Spark's cluster-sized 200
        builder = builder.config("spark.sql.shuffle.partitions", str(2 * (os.cpu_count() or 2)))
    session = builder.getOrCreate()
    with contextlib.suppress(Exception):  # a Spark Connect session has no SparkContext
        session.sparkContext.setLogLevel("ERROR")
    return session


def read_events_spark(
    path: str, *, spark: Any = None, master: str | None = None, timezone: str | None = None
) -> Any:
    """Read a canonical outreach event log into a Spark DataFrame.

    Parameters
    ----------
    path : str
        Parquet or CSV: a file, a folder of part files, or a glob such as
        ``"s3://bucket/events/*.parquet"`` or ``"events/*.parquet"``; any path Spark reads.
        CSV needs a header row and ISO 8601 times in ``at``.
    spark : pyspark.sql.SparkSession, optional
        The session to read with; default :func:`spark_session` with ``master``.
    master : str, optional
        Spark master URL when a session is started here (see :func:`spark_session`).
    timezone : str, optional
        IANA name of the clock of CSV times written without an offset; default UTC (as
        :func:`read_events`: times with an offset keep it; whole numbers of nine digits or
        more are epoch seconds, or milliseconds from 1e11 on).

    Returns
    -------
    pyspark.sql.DataFrame
        The canonical columns present in the data, in canonical order and types (``at`` as a
        UTC timestamp, ``step`` as a 64-bit integer, ``positive`` and ``machine`` as booleans),
        followed by any other columns. Nothing is computed yet: Spark reads lazily.

    Raises
    ------
    EventLogError
        When nothing matches ``path`` or a required column (``thread_id``, ``event``, ``at``)
        is missing.
    """
    from pyspark.errors import AnalysisException
    from pyspark.sql import functions as F

    spark = spark or spark_session(master)
    is_csv = path.rstrip("/").lower().endswith((".csv", ".csv.gz"))
    try:
        if is_csv:
            df = spark.read.csv(path, header=True, inferSchema=False)
        else:
            df = spark.read.parquet(path)
    except AnalysisException as err:
        raise EventLogError(
            f"Spark could not read an event log at {path} ({str(err).splitlines()[0]}); "
            "pass a Parquet or CSV file, folder or glob that exists",
            file=path,
        ) from None
    cols = df.columns
    missing = [c for c in _REQUIRED if c not in cols]
    if missing:
        raise EventLogError(
            f"the event log has no column {missing[0]!r}; it needs thread_id, event and at",
            file=path,
            column=missing[0],
        )
    out = []
    for name, kind in _TYPES.items():
        if name not in cols:
            continue
        col = F.col(name)
        if name == "at" and is_csv:
            col = _spark_times(F, col, timezone)
        elif kind == "boolean" and is_csv:
            low = F.lower(F.trim(col))
            col = F.when(low.isin("true", "1", "yes"), True).when(
                low.isin("false", "0", "no"), False
            )
        out.append(col.cast(kind).alias(name))
    out += [F.col(c) for c in cols if c not in _TYPES]
    return df.select(*out)
