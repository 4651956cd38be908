"""When to write: reply rate by weekday and hour of the first touch."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import narwhals as nw
import pandas as pd

from networkkit._stats import SMALL_SAMPLE
from networkkit.outreach._funnel import _as_counts, _finish_rates, _grouped
from networkkit.outreach._log_schema import as_lazy
from networkkit.outreach._threads import _by_list, thread_base

__all__ = ["send_time", "send_time_summary"]

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def send_time(
    events: Any,
    *,
    by: str | Sequence[str] | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Sent, replied and reply rate by weekday × hour (UTC) of the first touch.

    Calendar fields are computed inside the engine. pandas and Polars read them from the
    UTC timestamps; DuckDB and Spark compute them in the session time zone, so set it to UTC
    (``SET TimeZone='UTC'``, ``spark.sql.session.timeZone=UTC``) to get UTC hours there too.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine).
    by : str or list of str, optional
        Split further by these columns.
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    pandas.DataFrame
        One row per (group,) weekday and hour that had a first touch: by-columns, ``weekday``
        (int, 1 = Monday … 7 = Sunday), ``weekday_name`` (str), ``hour`` (int, 0–23),
        ``sent``, ``delivered``, ``replied`` (int), ``reply_rate``, ``reply_rate_low``,
        ``reply_rate_high`` (Float64; replied ÷ delivered), ``small_sample`` (delivered < 30).
    """
    by_cols = _by_list(by)
    lf = as_lazy(events, by=by_cols)
    _, t = thread_base(lf, by_cols, columns=["delivered", "replied"])
    t = t.with_columns(
        weekday=nw.col("first_touch_at").dt.weekday(),
        hour=nw.col("first_touch_at").dt.hour(),
        _nk_r=nw.col("replied") * nw.col("delivered"),
    )
    df = _grouped(
        t,
        [*by_cols, "weekday", "hour"],
        [
            nw.len().alias("sent"),
            nw.col("delivered").sum(),
            nw.col("_nk_r").sum().alias("replied"),
        ],
    )
    _as_counts(df, ["weekday", "hour", "sent", "delivered", "replied"])
    df.insert(len(by_cols) + 1, "weekday_name", [WEEKDAYS[w - 1] for w in df["weekday"]])
    df["weekday_name"] = df["weekday_name"].astype("string")
    _finish_rates(df, [("reply_rate", "replied", "delivered")], confidence)
    df["small_sample"] = df["delivered"].to_numpy() < SMALL_SAMPLE
    return df


def send_time_summary(grid: pd.DataFrame, *, confidence: float = 0.95) -> pd.DataFrame:
    """Sum a :func:`send_time` grid over the hours: the reply rate by weekday of the first touch.

    Parameters
    ----------
    grid : pandas.DataFrame
        :func:`send_time`'s result (without ``by``).
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    pandas.DataFrame
        One row per weekday that had a first touch, Monday first: ``weekday`` (int),
        ``weekday_name`` (str), ``sent``, ``delivered``, ``replied`` (int), ``reply_rate``,
        ``reply_rate_low``, ``reply_rate_high`` (Float64; replied ÷ delivered),
        ``small_sample`` (delivered < 30).
    """
    counts = ["sent", "delivered", "replied"]
    df = grid.groupby("weekday", as_index=False, sort=True)[counts].sum()
    df.insert(1, "weekday_name", pd.array([WEEKDAYS[w - 1] for w in df["weekday"]], "string"))
    df = df.astype({c: "int64" for c in ["weekday", *counts]})
    _finish_rates(df, [("reply_rate", "replied", "delivered")], confidence)
    df["small_sample"] = df["delivered"].to_numpy() < SMALL_SAMPLE
    return df
