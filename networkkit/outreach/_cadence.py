"""Follow-up cadence: how many follow-ups, how far apart, and whether etiquette held."""

from __future__ import annotations

import warnings
from typing import Any

import narwhals as nw
import numpy as np
import pandas as pd
import pyarrow as pa

from networkkit._stats import SMALL_SAMPLE
from networkkit.outreach._funnel import _as_counts, _finish_rates, _grouped
from networkkit.outreach._log_schema import as_lazy, micros_between, to_pandas
from networkkit.outreach._threads import first_replies, thread_detail, untimed

__all__ = ["cadence", "cadence_summary", "follow_up_counts"]

#: Etiquette: at most this many follow-ups ...
MAX_FOLLOW_UPS = 3
#: ... within this many days after the first touch (METRICS.md).
WINDOW_DAYS = 14


def cadence(events: Any) -> pd.DataFrame:
    """Per thread: follow-ups before a reply, the gaps between touches, and etiquette.

    Etiquette (METRICS.md): at most 3 follow-ups in the 14 days after the first touch.
    Follow-ups are touches (steps 2+) sent before the first reply; touches after a reply are
    conversation, not follow-ups.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine). Counts per thread are made inside the engine.

    Returns
    -------
    pandas.DataFrame
        One row per delivered thread, ordered by first touch:

        - ``thread_id`` (str); ``first_touch_at`` (datetime, UTC).
        - ``follow_ups`` (int): follow-ups sent before the first reply (or ever, if none).
        - ``follow_ups_14d`` (int): of those, sent within 14 days of the first touch.
        - ``gaps_days`` (list of float): days between consecutive touches (before the reply).
        - ``mean_gap_days``, ``min_gap_days``, ``max_gap_days`` (float): NaN with no follow-up.
        - ``within_etiquette`` (bool): ``follow_ups_14d`` ≤ 3.
        - ``replied`` (bool): the thread got a reply.
    """
    lf = as_lazy(events)
    top = to_pandas(lf.filter(nw.col("event") == "sent").select(nw.col("step").max()))
    k_max = int(pd.to_numeric(top["step"]).fillna(1).iloc[0])
    t = thread_detail(lf, [], touch_times=k_max, columns=["delivered", "replied"])
    t = t.filter(nw.col("delivered") == 1)
    names = [f"_nk_t{k}" for k in range(2, k_max + 1)]
    # ordered inside the engine (a total order: thread ids are unique), not over Python strings
    t = to_pandas(
        t.select(
            "thread_id", "first_touch_at", "follow_ups", "follow_ups_14d", "replied", *names
        ).sort("first_touch_at", "thread_id")
    )
    times = t[["first_touch_at", *names]]
    stamp = np.column_stack(
        [times[c].to_numpy(dtype="datetime64[us]").astype("int64") for c in times.columns]
    ).astype(float)
    stamp[np.column_stack([times[c].isna().to_numpy() for c in times.columns])] = np.nan
    # touches sent before the reply, in step order, with gaps between consecutive ones
    ordered = np.sort(stamp, axis=1)
    gaps = np.diff(ordered, axis=1) / 86_400e6 if ordered.shape[1] > 1 else np.empty((len(t), 0))
    out = pd.DataFrame({"thread_id": t["thread_id"].astype("string")})
    out["first_touch_at"] = t["first_touch_at"]
    out["follow_ups"] = pd.to_numeric(t["follow_ups"]).fillna(0).astype("int64")
    out["follow_ups_14d"] = pd.to_numeric(t["follow_ups_14d"]).fillna(0).astype("int64")
    out["gaps_days"] = _gap_lists(gaps)
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        out["mean_gap_days"] = np.nanmean(gaps, axis=1) if gaps.shape[1] else np.nan
        out["min_gap_days"] = np.nanmin(gaps, axis=1) if gaps.shape[1] else np.nan
        out["max_gap_days"] = np.nanmax(gaps, axis=1) if gaps.shape[1] else np.nan
    out["within_etiquette"] = out["follow_ups_14d"].to_numpy() <= MAX_FOLLOW_UPS
    out["replied"] = t["replied"].astype(bool).to_numpy()
    out.attrs["etiquette"] = f"≤ {MAX_FOLLOW_UPS} follow-ups in the {WINDOW_DAYS} days after"
    if untimed(events):  # follow-ups and their days are not in the source: not tracked
        out["within_etiquette"] = pd.array([pd.NA] * len(out), dtype="boolean")
        for name in ("follow_ups", "follow_ups_14d"):
            out[name] = pd.array([pd.NA] * len(out), dtype="Int64")
        out.attrs["not_tracked"] = ["times"]
    return out


def _gap_lists(gaps: np.ndarray) -> pd.Series:
    """Each row's non-missing gaps as a list, built as one Arrow list array (no row loop)."""
    present = ~np.isnan(gaps)
    offsets = np.concatenate([[0], np.cumsum(present.sum(axis=1))]).astype(np.int32)
    lists = pa.ListArray.from_arrays(pa.array(offsets), pa.array(gaps[present], pa.float64()))
    return pd.Series(pd.arrays.ArrowExtensionArray(lists))


def _follow_ups_14d(lf: nw.LazyFrame, threads: nw.LazyFrame) -> nw.LazyFrame:
    """Per thread with follow-ups: ``_nk_f14``, follow-ups before the reply within 14 days.

    Same count as :func:`thread_detail`'s ``follow_ups_14d``, by joining the threads' first
    touch and first reply to the follow-up touches only (a third less CPU than its per-event
    windows in DuckDB on a million threads).
    """
    touches = (
        lf.filter((nw.col("event") == "sent") & (nw.col("step") >= 2))
        .select("thread_id", "step", "at")
        .unique()  # a touch logged twice is one follow-up
    )
    ends = threads.select("thread_id", "first_touch_at", "first_reply_at")
    reply = nw.col("first_reply_at")
    early = nw.col("at") <= nw.col("first_touch_at").dt.offset_by(f"{WINDOW_DAYS}d")
    return (
        touches.join(ends, on="thread_id", how="inner")
        .filter((reply.is_null() | (nw.col("at") <= reply)) & early)
        .group_by("thread_id")
        .agg(nw.len().alias("_nk_f14"))
    )


def cadence_summary(events: Any, *, confidence: float = 0.95) -> pd.DataFrame:
    """Share of threads that broke the follow-up etiquette, and the reply rate on each side.

    Read with care: threads that got an early reply had no reason to be followed up, so the
    side that broke the etiquette is made of threads that were not answering anyway. The
    comparison describes; it does not show that following up less wins replies.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine).
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    pandas.DataFrame
        Two rows, ``within_etiquette`` True then False, with ``threads`` (int), ``share``
        (float: threads ÷ all delivered threads), ``replied`` (int), ``reply_rate``,
        ``reply_rate_low``, ``reply_rate_high`` (Float64) and ``small_sample`` (threads < 30).
    """
    # counted inside the engine: one row per side comes back, not one per thread
    lf = as_lazy(events)
    t = first_replies(lf, [], keep=nw.col("delivered") == 1)
    t = t.join(_follow_ups_14d(lf, t), on="thread_id", how="left")
    within = nw.col("_nk_f14").fill_null(0) <= MAX_FOLLOW_UPS
    t = t.with_columns(
        _nk_w=within.cast(nw.Int64), _nk_r=(~nw.col("first_reply_at").is_null()).cast(nw.Int64)
    )
    counts = _grouped(
        t, ["_nk_w"], [nw.len().alias("threads"), nw.col("_nk_r").sum().alias("replied")]
    )
    _as_counts(counts, ["_nk_w", "threads", "replied"])
    rows = []
    for side in (True, False):
        part = counts[counts["_nk_w"] == int(side)]
        rows.append(
            {
                "within_etiquette": side,
                "threads": int(part["threads"].sum()),
                "replied": int(part["replied"].sum()),
            }
        )
    out = pd.DataFrame(rows)
    if untimed(events):  # which side of the etiquette a thread is on needs touch times
        for name in ("threads", "replied"):
            out[name] = pd.array([pd.NA] * len(out), dtype="Int64")
        out.attrs["not_tracked"] = ["times"]
    total = out["threads"].sum()
    out.insert(2, "share", out["threads"] / total if total else np.nan)
    out["share"] = out["share"].astype("Float64")
    _finish_rates(out, [("reply_rate", "replied", "threads")], confidence)
    out["small_sample"] = out["threads"].fillna(0).to_numpy(dtype=float) < SMALL_SAMPLE
    return out


def follow_up_counts(events: Any) -> pd.DataFrame:
    """Delivered threads by number of follow-ups, and the median gap between touches.

    The aggregates the cadence figure needs, counted inside the engine (no row per thread
    leaves it, unlike :func:`cadence`); the same definitions as :func:`cadence`.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine).

    Returns
    -------
    pandas.DataFrame
        One row per number of follow-ups that occurs, ascending: ``follow_ups`` (int:
        follow-ups sent before the first reply, or ever if none), ``threads`` (int: delivered
        threads with that many), ``replied`` (int: of those, threads that got a reply).
        ``attrs["median_gap_days"]`` (float) is the median over threads with a follow-up of
        each thread's mean gap between consecutive touches (``cadence()["mean_gap_days"]``),
        NaN without any; ``attrs["threads_with_gaps"]`` (int) counts those threads.
    """
    lf = as_lazy(events)
    t = first_replies(lf, [], keep=nw.col("delivered") == 1)
    reply = nw.col("first_reply_at")
    touches = (
        lf.filter((nw.col("event") == "sent") & (nw.col("step") >= 2))
        .select("thread_id", "step", "at")
        .unique()  # a touch logged twice is one follow-up
        .join(t.select("thread_id", "first_reply_at"), on="thread_id", how="inner")
        .filter(reply.is_null() | (nw.col("at") <= reply))
    )
    # a thread's gaps run between its first touch and the first touch of each later step, in
    # time order: their mean is (latest of those - first touch) / their number
    steps = (
        touches.group_by("thread_id", "step")
        .agg(nw.len().alias("_nk_k"), nw.col("at").min().alias("_nk_at"))
        .group_by("thread_id")
        .agg(
            nw.col("_nk_k").sum().alias("_nk_fu"),
            nw.len().alias("_nk_m"),
            nw.col("_nk_at").max().alias("_nk_last"),
        )
    )
    t = t.join(steps, on="thread_id", how="left").select(
        "first_touch_at",
        "_nk_last",
        _nk_fu=nw.col("_nk_fu").fill_null(0),
        _nk_r=(~reply.is_null()).cast(nw.Int64),
        _nk_m=nw.col("_nk_m").fill_null(0),
        _nk_all=nw.lit(1),
    )
    t = micros_between(t, "first_touch_at", "_nk_last")
    gap_days = nw.when(nw.col("_nk_m") > 0).then(nw.col("_nk_us") / nw.col("_nk_m") / 86_400e6)
    per_group = [nw.len().alias("_nk_n")]
    if t.implementation.is_pyspark() or t.implementation.is_pyspark_connect():
        # a window over all rows would move every thread into one Spark task: the median is
        # its own (distributed) aggregation there, at the price of joining the log twice
        whole = to_pandas(t.select(_nk_med=gap_days.median(), _nk_g=gap_days.count()))
        df = to_pandas(t.group_by("_nk_fu", "_nk_r").agg(*per_group))
        df["_nk_med"], df["_nk_g"] = whole["_nk_med"].iloc[0], whole["_nk_g"].iloc[0]
    else:
        # the median of the threads' mean gaps rides along as a window over all threads, so
        # one query (not two, each joining the log again: 6.5 s -> 4 s of CPU on a million
        # threads) brings back one row per follow-up count and reply status
        t = t.with_columns(
            _nk_med=gap_days.median().over("_nk_all"), _nk_g=gap_days.count().over("_nk_all")
        )
        per_group += [nw.col("_nk_med").min(), nw.col("_nk_g").min()]
        df = to_pandas(t.group_by("_nk_fu", "_nk_r").agg(*per_group))
    _as_counts(df, ["_nk_fu", "_nk_r", "_nk_n", "_nk_g"])
    n = df["_nk_n"].to_numpy()
    replied = n * df["_nk_r"].to_numpy()
    out = (
        pd.DataFrame({"follow_ups": df["_nk_fu"].to_numpy(), "threads": n, "replied": replied})
        .groupby("follow_ups", as_index=False, sort=True)
        .sum()
        .astype("int64")
    )
    with_gaps = int(df["_nk_g"].iloc[0]) if len(df) else 0
    median = pd.to_numeric(df["_nk_med"]).iloc[0] if with_gaps else np.nan
    out.attrs["median_gap_days"] = float(median)
    out.attrs["threads_with_gaps"] = with_gaps
    if untimed(events):  # the source does not record follow-ups: no counts, not zeros
        out = out.iloc[:0].copy()
        out.attrs.update(median_gap_days=float("nan"), threads_with_gaps=0)
        out.attrs["not_tracked"] = ["times"]
    return out
