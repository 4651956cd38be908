"""The outreach report's headline: the few numbers the run history keeps, from the measures."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

__all__ = ["outreach_headline"]


def _value(df: pd.DataFrame | None, col: str) -> float | None:
    """Return the first row's ``col`` (None: absent, empty or missing)."""
    if df is None or len(df) == 0 or col not in df.columns:
        return None
    value = df[col].iloc[0]
    return None if pd.isna(value) else float(value)


def _within_share(cadence: pd.DataFrame | None) -> float | None:
    """Return the share of threads whose follow-ups stayed within the etiquette."""
    if cadence is None or len(cadence) == 0:
        return None
    return _value(cadence[cadence["within_etiquette"].astype(bool)], "share")


def outreach_headline(results: Mapping[str, Any]) -> dict[str, float | None]:
    """Pick the outreach report's headline measures from what it computed.

    Parameters
    ----------
    results : mapping of str to pandas.DataFrame
        ``funnel`` (overall), ``time_to_reply`` (overall), ``linkedin`` (response rate),
        ``cadence_summary``; absent ones give None.

    Returns
    -------
    dict of str to float or None
        ``threads_sent``, ``delivered``, ``open_rate``, ``reply_rate``, ``positive_rate``,
        ``median_days_to_reply``, ``linkedin_response_rate``, ``within_etiquette_share``.
        A rate the source does not track is None, never 0.
    """
    f = results.get("funnel")
    return {
        "threads_sent": _value(f, "sent"),
        "delivered": _value(f, "delivered"),
        "open_rate": _value(f, "open_rate"),
        "reply_rate": _value(f, "reply_rate"),
        "positive_rate": _value(f, "positive_rate"),
        "median_days_to_reply": _value(results.get("time_to_reply"), "median_days"),
        "linkedin_response_rate": _value(results.get("linkedin"), "response_rate"),
        "within_etiquette_share": _within_share(results.get("cadence_summary")),
    }
