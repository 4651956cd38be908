"""The outreach report's headline: the few numbers that say how the outreach is doing."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from networkkit._stats import headline_frame, headline_row
from networkkit.outreach._actions import _until, follow_up_status
from networkkit.outreach._compare import compare
from networkkit.outreach._funnel import funnel
from networkkit.outreach._timing import time_to_reply

__all__ = ["best_template", "headline"]


def _count(x: Any) -> int | None:
    return None if pd.isna(x) else int(x)


def best_template(events: Any, *, as_of: Any = None, alpha: float = 0.05) -> pd.Series | None:
    """Return the template with the highest reply rate, if significantly better than the rest.

    Pairs are tested by :func:`~networkkit.outreach.compare` and adjusted with Holm's method;
    the best template must beat each other template at ``alpha``. Returns its
    :func:`compare` summary row (with the template under ``template``), else None.
    """
    lf, _ = _until(events, as_of)
    if "template" not in lf.collect_schema().names():
        return None
    res = compare(lf, by="template", alpha=alpha)
    summ = res.summary
    if len(summ) < 2:
        return None
    best = summ.sort_values("reply_rate", ascending=False, kind="stable").iloc[0]
    name = best["template"]
    pairs = res.pairwise[(res.pairwise["group_a"] == name) | (res.pairwise["group_b"] == name)]
    if len(pairs) != len(summ) - 1 or not pairs["significant"].astype(bool).all():
        return None
    return best


def headline(events: Any, *, as_of: Any = None, alpha: float = 0.05) -> pd.DataFrame:
    """Compute the outreach headline: six numbers, each with its counts and interval.

    One reply rate only: replied ÷ delivered threads (METRICS.md's funnel), the same as
    :func:`~networkkit.outreach.funnel`'s ``reply_rate``.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (pandas, Polars, DuckDB or PySpark).
    as_of : datetime-like, optional
        Count events up to this moment (UTC); default the latest event.
    alpha : float, default 0.05
        Family-wise error rate of the template comparison.

    Returns
    -------
    pandas.DataFrame
        Six rows, in this order, with columns ``measure, label, value, numerator,
        denominator, low, high, note`` (as :func:`networkkit.network.headline`):

        - ``threads_sent``: threads whose first touch was sent (numerator: the same;
          denominator NA).
        - ``reply_rate``: replied ÷ delivered threads, Wilson 95 %.
        - ``positive_rate``: threads with a reply marked positive ÷ delivered; NaN with a
          note when no reply is marked.
        - ``median_days_to_reply``: Kaplan–Meier median days from first touch to first
          reply (numerator: replies, denominator: delivered threads; ``low``/``high``: its
          95 % bounds); NaN with a note while fewer than half have replied.
        - ``follow_ups_due``: threads where a follow-up is due now
          (:func:`~networkkit.outreach.follow_up_status`).
        - ``best_template``: the reply rate of the template significantly better than every
          other (label names it); NaN with a note when none is.
    """
    lf, when = _until(events, as_of)
    f = funnel(lf).iloc[0]
    ttr = time_to_reply(lf, as_of=when).iloc[0]
    status = follow_up_status(events, as_of=when)
    best = best_template(events, as_of=when, alpha=alpha)
    delivered = int(f["delivered"])
    positive = _count(f["positive"])
    median = float(ttr["median_days"])
    rows = [
        headline_row(
            "threads_sent",
            "Threads sent",
            value=int(f["sent"]),
            numerator=int(f["sent"]),
            note=f"{int(f['bounced'])} bounced, {delivered} delivered",
        ),
        headline_row(
            "reply_rate",
            "Reply rate",
            numerator=int(f["replied"]),
            denominator=delivered,
            rate=True,
            note="replied threads of delivered threads",
        ),
        headline_row(
            "positive_rate",
            "Positive replies",
            numerator=positive,
            denominator=delivered if positive is not None else None,
            rate=positive is not None,
            value=None,
            note="replies marked interested, of delivered threads"
            if positive is not None
            else "no reply is marked interested or not",
        ),
        headline_row(
            "median_days_to_reply",
            "Median time to reply (days)",
            value=median,
            numerator=int(ttr["replied"]),
            denominator=int(ttr["n"]),
            low=None if np.isnan(median) else ttr["median_low"],
            high=None if np.isnan(median) else ttr["median_high"],
            note="threads without a reply yet count as still waiting"
            if not np.isnan(median)
            else "fewer than half of the threads have replied so far",
        ),
        headline_row(
            "follow_ups_due",
            "Follow-ups due now",
            value=int((status["status"] == "due").sum()),
            note="no reply, under 3 follow-ups, within 14 days, last touch 3+ days ago",
        ),
    ]
    if best is None:
        rows.append(
            headline_row(
                "best_template",
                "Best template",
                note="no template is clearly better than the others",
            )
        )
    else:
        rows.append(
            headline_row(
                "best_template",
                f"Best template: {best['template']}",
                numerator=int(best["replied"]),
                denominator=int(best["delivered"]),
                rate=True,
                note="reply rate clearly above every other template's",
            )
        )
    return headline_frame(rows)
