"""Time to reply (Kaplan–Meier) and reply by step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import narwhals as nw
import numpy as np
import pandas as pd

from networkkit._stats import SMALL_SAMPLE, kaplan_meier_counts
from networkkit.outreach._funnel import _as_counts, _finish_rates, _grouped
from networkkit.outreach._log_schema import as_lazy, micros_between, to_pandas
from networkkit.outreach._threads import (
    _by_list,
    days,
    first_replies,
    given_as_of,
    resolve_as_of,
    thread_detail,
    untimed,
)

__all__ = ["reply_by_step", "reply_curve", "time_to_reply"]

AT_DAYS = (1, 3, 7, 14, 30)


def _step_us(resolution: Any) -> int | None:
    """Microseconds of one ``resolution`` step (``None``: exact durations)."""
    if resolution is None:
        return None
    try:
        step = pd.Timedelta(resolution)
    except (TypeError, ValueError):
        msg = f"resolution takes a duration like '1h' or '1min', not {resolution!r}"
        raise ValueError(msg) from None
    us = int(step / pd.Timedelta(microseconds=1))
    if us <= 0:
        raise ValueError(f"resolution must be a positive duration, not {resolution!r}")
    return us


def _durations(
    events: Any, by: list[str], as_of: Any, resolution: Any = None
) -> tuple[pd.DataFrame, pd.Timestamp]:
    """Delivered threads counted per (group, duration, replied by ``as_of``), in the engine.

    Returns by-columns, ``duration`` (float days), ``replied`` and ``censored`` (counts of
    threads), and the censoring moment. Only these counts leave the engine: at most one row
    per distinct duration and group (durations are exact to the microsecond, so a log whose
    times are seconds apart gives up to one row per distinct number of seconds), not a row
    per thread. With a ``resolution``, durations are rounded **up** to whole steps inside the
    engine first, so at most one row per step and group leaves it.
    """
    step = _step_us(resolution)
    lf = as_lazy(events, by=by)
    when = resolve_as_of(lf, given_as_of(events, as_of))
    end_of_data = nw.lit(when.to_pydatetime())
    young = nw.col("first_touch_at") <= end_of_data
    t = first_replies(lf, by, keep=(nw.col("delivered") == 1) & young)
    observed = (nw.col("first_reply_at") <= end_of_data).fill_null(False)
    end = nw.when(observed).then(nw.col("first_reply_at")).otherwise(end_of_data)
    if step is None:
        t = t.select(*by, _nk_d=end - nw.col("first_touch_at"), _nk_obs=observed.cast(nw.Int64))
    else:  # whole steps, rounded up: "within k days" stays exact at whole steps
        t = t.select(*by, "first_touch_at", _nk_end=end, _nk_obs=observed.cast(nw.Int64))
        us = nw.col("_nk_us")
        t = micros_between(t, "first_touch_at", "_nk_end").select(
            *by, "_nk_obs", _nk_d=((us + (step - 1)) // step) * step
        )
    counts = to_pandas(t.group_by(*by, "_nk_d", "_nk_obs").agg(nw.len().alias("_nk_n")))
    n = pd.to_numeric(counts["_nk_n"]).to_numpy(dtype="int64")
    obs = pd.to_numeric(counts["_nk_obs"]).to_numpy(dtype="int64") == 1
    out = counts[by].copy()
    if step is None:
        out["duration"] = days(counts["_nk_d"]).to_numpy(dtype=float)
    else:
        out["duration"] = pd.to_numeric(counts["_nk_d"]).to_numpy(dtype=float) / 86_400e6
    out["replied"] = np.where(obs, n, 0)
    out["censored"] = np.where(obs, 0, n)
    return out.reset_index(drop=True), when


def _estimate(part: pd.DataFrame, **kwargs: Any):
    return kaplan_meier_counts(part["duration"], part["replied"], part["censored"], **kwargs)


def _groups(d: pd.DataFrame, by: list[str]):
    if not by:
        yield (), d
        return
    for key, part in d.groupby(by, sort=True, dropna=False):
        yield (key if isinstance(key, tuple) else (key,)), part


def time_to_reply(
    events: Any,
    by: str | Sequence[str] | None = None,
    *,
    as_of: Any = None,
    at: Sequence[float] = AT_DAYS,
    confidence: float = 0.95,
    curve: bool = False,
    resolution: Any = None,
) -> pd.DataFrame:
    """Kaplan–Meier estimate of the time from first touch to first reply.

    Unit: the delivered thread. Duration = first reply − first touch, in days; threads with no
    reply by ``as_of`` are right-censored at ``as_of`` (not counted as "never").

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine). Threads are counted per duration inside the
        engine; only those counts come back to pandas for the estimate.
    by : str or list of str, optional
        Estimate separately per group.
    as_of : datetime-like, optional
        When the data ends; default the latest event time. Threads first touched after it are
        left out.
    at : sequence of float, default (1, 3, 7, 14, 30)
        Days at which to report the share replied.
    confidence : float, default 0.95
        Level of the median's and shares' (log-log) bands.
    curve : bool, default False
        Return the whole curve instead (see :func:`reply_curve`).
    resolution : str or Timedelta, optional
        Count durations in whole steps of this length (``"1h"``, ``"1min"``), rounded up,
        inside the engine: at most one count per step and group leaves it, however many
        threads there are (for a log in Spark). Shares at multiples of the step (``at``
        days, for a step that divides a day) are then exact but for threads censored and
        replies falling in the same step, which are ordered as censored after the replies;
        the median is given to the step. Default: exact durations, one count per distinct
        duration.

    Returns
    -------
    pandas.DataFrame
        One row per group:

        - by-columns.
        - ``n`` (int): delivered threads; ``replied`` (int): replies observed by ``as_of``.
        - ``median_days`` (float): median time to reply in days, NaN when fewer than half are
          estimated to reply within the data; ``median_low``, ``median_high``: its bounds
          (NaN where not reached).
        - ``replied_by_{d}d`` for each ``d`` in ``at`` (float): share replied within d days
          (1 − survival), with ``replied_by_{d}d_low`` and ``_high``; NaN beyond the longest
          follow-up.
        - ``small_sample`` (bool): n < 30.

        ``attrs["as_of"]`` is the censoring moment.
    """
    by_cols = _by_list(by)
    if curve:
        return reply_curve(
            events, by=by_cols or None, as_of=as_of, confidence=confidence, resolution=resolution
        )
    d, when = _durations(events, by_cols, as_of, resolution)
    rows = []
    for key, part in _groups(d, by_cols):
        km = _estimate(part, at=at, confidence=confidence)
        row = dict(zip(by_cols, key, strict=True))
        row.update(
            n=km.n,
            replied=km.events,
            median_days=km.median,
            median_low=km.median_low,
            median_high=km.median_high,
        )
        for _, r in km.by_time.iterrows():
            name = f"replied_by_{r['time']:g}d"
            row[name], row[f"{name}_low"], row[f"{name}_high"] = (
                r["share"],
                r["share_low"],
                r["share_high"],
            )
        row["small_sample"] = km.n < SMALL_SAMPLE
        rows.append(row)
    out = pd.DataFrame(rows)
    if out.empty:
        out = pd.DataFrame(columns=[*by_cols, "n", "replied", "median_days"])
    for name in ("n", "replied"):
        out[name] = out[name].astype("int64")
    if untimed(events):
        # no reply times in the source (Apollo's flags): every time read from it is made up
        timed = [c for c in out.columns if c.startswith(("median_", "replied_by_"))]
        out[timed] = np.nan
        out.attrs["not_tracked"] = ["times"]
    out.attrs["as_of"] = when
    return out


def reply_curve(
    events: Any,
    by: str | Sequence[str] | None = None,
    *,
    as_of: Any = None,
    confidence: float = 0.95,
    resolution: Any = None,
) -> pd.DataFrame:
    """Return the whole Kaplan–Meier curve of time to reply, per group.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine).
    by : str or list of str, optional
        One curve per group.
    as_of : datetime-like, optional
        Censoring moment; default the latest event time.
    confidence : float, default 0.95
        Level of the pointwise (log-log) band.
    resolution : str or Timedelta, optional
        As for :func:`time_to_reply`: durations in whole steps, rounded up, in the engine.

    Returns
    -------
    pandas.DataFrame
        By-columns, ``days`` (float: time since first touch), ``share`` (share replied by
        then), ``share_low``, ``share_high``; the curve starts at ``days`` 0, ``share`` 0.
    """
    by_cols = _by_list(by)
    d, when = _durations(events, by_cols, as_of, resolution)
    parts = []
    for key, part in _groups(d, by_cols):
        km = _estimate(part, confidence=confidence)
        c = km.curve.rename(columns={"time": "days"})
        start = pd.DataFrame(
            {"days": [0.0], "share": [0.0], "share_low": [0.0], "share_high": [0.0]}
        )
        c = pd.concat([start, c[c["days"] > 0]], ignore_index=True) if len(c) else start
        for b, v in zip(by_cols, key, strict=True):
            c.insert(by_cols.index(b), b, v)
        parts.append(c)
    out = (
        pd.concat(parts, ignore_index=True)
        if parts
        else pd.DataFrame(columns=[*by_cols, "days", "share", "share_low", "share_high"])
    )
    if untimed(events):  # no reply times: no curve
        out = out.iloc[:0]
        out.attrs["not_tracked"] = ["times"]
    out.attrs["as_of"] = when
    return out


def reply_by_step(
    events: Any,
    *,
    by: str | Sequence[str] | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """For each step k: of the threads that received touch k, how many replied before touch k+1.

    Unit: the delivered thread. A thread "received touch k" when its k-th touch was sent before
    any reply; it "replied at step k" when its first reply came after touch k and before touch
    k+1 (or with no touch k+1). Touches sent after a reply are not steps.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine). Counts are made inside the engine.
    by : str or list of str, optional
        Split by these columns.
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    pandas.DataFrame
        One row per (group and) step ``step`` (int, 1 = first touch): ``received`` (threads
        that received touch k), ``replied`` (of those, replied before touch k+1),
        ``reply_rate``, ``reply_rate_low``, ``reply_rate_high`` (Float64), ``small_sample``
        (received < 30).
    """
    by_cols = _by_list(by)
    lf = as_lazy(events, by=by_cols)
    t = thread_detail(lf, by_cols, columns=["delivered", "replied"])
    t = t.filter(nw.col("delivered") == 1)
    t = t.with_columns(_nk_k=nw.col("reached_step").fill_null(1).cast(nw.Int64))
    counts = _grouped(
        t,
        [*by_cols, "_nk_k"],
        [nw.len().alias("threads"), nw.col("replied").sum().alias("replies")],
    )
    _as_counts(counts, ["threads", "replies", "_nk_k"])
    rows = []
    for key, part in _groups(counts, by_cols):
        top = int(part["_nk_k"].max()) if len(part) else 0
        ks = np.arange(1, top + 1)
        reached = part["_nk_k"].to_numpy()
        n = part["threads"].to_numpy()
        r = part["replies"].to_numpy()
        received = np.array([n[reached >= k].sum() for k in ks], dtype="int64")
        replied = np.array([r[reached == k].sum() for k in ks], dtype="int64")
        block = pd.DataFrame(
            {"step": ks.astype("int64"), "received": received, "replied": replied}
        )
        for i, b in enumerate(by_cols):
            block.insert(i, b, key[i])
        rows.append(block)
    out = (
        pd.concat(rows, ignore_index=True)
        if rows
        else pd.DataFrame(
            {c: pd.Series([], dtype="int64") for c in ("step", "received", "replied")}
        )
    )
    if untimed(events):
        # which touch a reply answered needs the times of both: not tracked, never 0
        out["replied"] = pd.array([pd.NA] * len(out), dtype="Int64")
        out.attrs["not_tracked"] = ["times"]
    _finish_rates(out, [("reply_rate", "replied", "received")], confidence)
    out["small_sample"] = out["received"].to_numpy() < SMALL_SAMPLE
    return out
