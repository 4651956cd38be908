"""The outreach report's funnel and send-time views: each rate over its own named denominator.

A funnel drawn as raw counts "goes back up" when a later stage is counted over more threads
than an earlier one (clicks are counted only on channels that track them, replies on every
delivered thread). Here each stage is a rate over the stage it follows, and that denominator
is named, so no stage can be drawn above the one before it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from networkkit._stats import SMALL_SAMPLE, add_rate

__all__ = ["funnel_stages", "send_time_margins"]

#: (stage, words, numerator column, denominator column, denominator in words)
_STAGES = (
    ("delivered", "Delivered", "delivered", "sent", "of threads sent"),
    ("opened", "Opened", "opened", "tracked", "of delivered threads that track opens"),
    ("clicked", "Clicked a link", "clicked", "opened", "of opened threads"),
    ("replied", "Replied", "replied", "delivered", "of delivered threads"),
    ("positive", "Replied with interest", "positive", "replied", "of threads that replied"),
)


def _count(row: pd.Series, column: str) -> float:
    value = row[column] if column in row.index else np.nan
    return np.nan if pd.isna(value) else float(value)


def funnel_stages(funnel: pd.DataFrame, *, confidence: float = 0.95) -> pd.DataFrame:
    """Turn a funnel's first row into stages, each a rate over its own named denominator.

    Parameters
    ----------
    funnel : pandas.DataFrame
        :func:`~networkkit.outreach.funnel`'s result; only the first row (the total) is used.
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    pandas.DataFrame
        Five rows, in funnel order: ``stage`` (code), ``label`` (words), ``numerator``,
        ``denominator`` (float; NaN where the source does not track the stage),
        ``denominator_label`` (words: "of delivered threads"), ``tracked`` (bool),
        ``rate``, ``rate_low``, ``rate_high`` (NaN where not tracked), ``small_sample``.
        A stage's numerator never exceeds its denominator.
    """
    row = funnel.iloc[0]
    rows = []
    for stage, label, num, den, den_label in _STAGES:
        k, n = _count(row, num), _count(row, den)
        if den == "tracked" and np.isnan(n):
            # a log without machine-open flags: opens are counted over delivered threads
            n = _count(row, "delivered") if not np.isnan(k) else np.nan
        tracked = not (np.isnan(k) or np.isnan(n))
        rows.append(
            {
                "stage": stage,
                "label": label,
                "numerator": k if tracked else np.nan,
                "denominator": n if tracked else np.nan,
                "denominator_label": den_label,
                "tracked": tracked,
            }
        )
    out = pd.DataFrame(rows)
    add_rate(out, "rate", "numerator", "denominator", confidence=confidence)
    out["small_sample"] = out["tracked"] & (out["denominator"] < SMALL_SAMPLE)
    return out.astype({"stage": "string", "label": "string", "denominator_label": "string"})


def send_time_margins(grid: pd.DataFrame, *, confidence: float = 0.95) -> dict[str, Any]:
    """Reply rate by weekday and by hour of the first touch, and whether a heatmap is fair.

    Parameters
    ----------
    grid : pandas.DataFrame
        :func:`~networkkit.outreach.send_time`'s result (without ``by``).
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    dict
        ``weekday`` and ``hour`` (frames with ``weekday_name`` or ``hour``, ``delivered``,
        ``replied``, ``reply_rate`` and its bounds), ``heatmap`` (bool: every weekday × hour
        cell that had a first touch holds at least 30 delivered threads), ``smallest_cell``
        (int) and ``cells`` (int).
    """
    counts = ["sent", "delivered", "replied"]
    out: dict[str, Any] = {}
    for key, cols in (("weekday", ["weekday", "weekday_name"]), ("hour", ["hour"])):
        df = grid.groupby(cols, as_index=False, sort=True)[counts].sum()
        add_rate(df, "reply_rate", "replied", "delivered", confidence=confidence)
        df["small_sample"] = df["delivered"] < SMALL_SAMPLE
        out[key] = df.reset_index(drop=True)
    cells = grid["delivered"].to_numpy(dtype=float)
    out["cells"] = len(cells)
    out["smallest_cell"] = int(cells.min()) if len(cells) else 0
    out["heatmap"] = bool(len(cells)) and out["smallest_cell"] >= SMALL_SAMPLE
    return out
