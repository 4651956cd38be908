"""Report parameters checked in one place, before any kernel starts and in each notebook.

The command line calls :func:`check_parameters` on everything it will pass to papermill (a
failure is exit code 2 with the sentence), and each report notebook calls it again in its
first cell, so a run from JupyterLab or plain papermill gets the same checks. Each rule is
the parameter's allowed range, written once in :data:`RULES`.
"""

from __future__ import annotations

import datetime as dt
import glob
import math
import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

from networkkit.errors import ParameterError

__all__ = ["LIMITS", "NOT_GROUPS", "RULES", "check_parameters", "log_parts"]

#: Ranges of the numeric and date parameters, and of grouping. The dates are UTC datetimes
#: (they compare with pandas Timestamps): the command line checks parameters before any
#: kernel starts, without importing pandas (half a second).
LIMITS: dict[str, Any] = {
    "first_date": dt.datetime(1900, 1, 1, tzinfo=dt.UTC),
    "last_date": dt.datetime(2200, 12, 31, tzinfo=dt.UTC),
    "top_n": (1, 1000),
    "reply_window_days": (1, 3650),
    "max_groups": 50,
    "path_bytes": 4096,
    "name_bytes": 255,
}

#: Event-log columns that are never a grouping: one value per thread or per event.
NOT_GROUPS: frozenset[str] = frozenset(
    {"thread_id", "recipient_key", "at", "event", "positive", "machine", "recipient_url"}
)

#: What each parameter accepts, in words (used in the error sentences and the README).
RULES: dict[str, str] = {
    "export_path": "an existing export zip, folder or CSV file, or empty for the sample",
    "outreach_path": "an existing event log (CSV or Parquet), or empty",
    "annotations_path": "an existing CSV file (not a folder), or empty",
    "history_path": "a local file path for the history (not a folder, not a URL)",
    "start_date": "a date from 1900-01-01 to 2200-12-31 (YYYY-MM-DD), or empty",
    "end_date": "a date from 1900-01-01 to 2200-12-31 (YYYY-MM-DD), or empty",
    "as_of": "a date from 1900-01-01 to 2200-12-31 (YYYY-MM-DD), or empty",
    "top_n": "a whole number from 1 to 1,000",
    "reply_window_days": "a whole number of days from 1 to 3,650",
    "compare_by": (
        "the name of a column with a few categories (template, campaign, channel, sender, "
        "step; at most 50 groups), never an id, a time or an event"
    ),
    "engine": "pandas or spark",
    "anonymize": "true or false",
}


def _fail(name: str, value: Any) -> ParameterError:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "…'"
    return ParameterError(f"parameter {name} takes {RULES[name]}, not {shown}")


def _check_path_length(name: str, value: str) -> None:
    encoded = value.encode("utf-8", "surrogateescape")
    parts = Path(value).parts
    if len(encoded) > LIMITS["path_bytes"] or any(
        len(p.encode("utf-8", "surrogateescape")) > LIMITS["name_bytes"] for p in parts
    ):
        raise _fail(name, value)


def _date(name: str, value: Any) -> pd.Timestamp | None:
    if value in ("", None):
        return None
    if not isinstance(value, str):
        raise _fail(name, value)
    import pandas as pd

    try:
        ts = pd.Timestamp(value)
    except (ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        raise _fail(name, value) from None
    if ts is pd.NaT:
        raise _fail(name, value)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    if not LIMITS["first_date"] <= ts <= LIMITS["last_date"]:
        raise _fail(name, value)
    return ts


def _whole(name: str, value: Any) -> None:
    low, high = LIMITS[name]
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(name, value)
    if isinstance(value, float) and (not math.isfinite(value) or not value.is_integer()):
        raise _fail(name, value)
    if not low <= value <= high:
        raise _fail(name, value)


def log_parts(outreach_path: str) -> list[str]:
    """Split an outreach path naming several files (``events.csv:enrollments.csv``).

    HubSpot's email events and its sequence enrollments are read together when the path
    lists both, joined by :data:`os.pathsep` (``:``, or ``;`` on Windows) as in ``PATH``;
    only when every part is a file, so that a file or URL holding the separator stays whole.
    """
    parts = [p for p in outreach_path.split(os.pathsep) if p]
    if len(parts) > 1 and all(Path(p).is_file() for p in parts):
        return parts
    return [outreach_path]


def _existing(name: str, value: Any, *, folder_ok: bool, glob_ok: bool = False) -> None:
    if value in ("", None):
        return
    if not isinstance(value, str):
        raise _fail(name, value)
    if glob_ok and ("://" in value or glob.has_magic(value)):
        return  # a URL or glob Spark reads, checked by Spark
    _check_path_length(name, value)
    path = Path(value).expanduser()
    if not path.exists() or (path.is_dir() and not folder_ok):
        raise _fail(name, value)


def check_parameters(params: Mapping[str, Any]) -> dict[str, Any]:
    """Check report parameters against their allowed ranges.

    Parameters
    ----------
    params : mapping
        Parameter name → value, as papermill passes them (any subset of a report's
        parameters; names without a rule are passed through unchecked).

    Returns
    -------
    dict
        The same parameters (a copy), unchanged when every one is in range.

    Raises
    ------
    networkkit.errors.ParameterError
        For the first parameter out of range: one sentence naming it and what it takes.
    """
    spark = params.get("engine") == "spark"
    if params.get("engine", "pandas") not in ("pandas", "spark"):
        raise _fail("engine", params["engine"])
    if "anonymize" in params and not isinstance(params["anonymize"], bool):
        raise _fail("anonymize", params["anonymize"])
    _existing("export_path", params.get("export_path"), folder_ok=True)
    outreach = params.get("outreach_path")
    for part in log_parts(outreach) if isinstance(outreach, str) and not spark else [outreach]:
        _existing("outreach_path", part, folder_ok=spark, glob_ok=spark)
    _existing("annotations_path", params.get("annotations_path"), folder_ok=False)
    history = params.get("history_path")
    if history not in ("", None):
        if not isinstance(history, str) or "://" in history or Path(history).is_dir():
            raise _fail("history_path", history)
        _check_path_length("history_path", history)
    dates = {n: _date(n, params.get(n)) for n in ("start_date", "end_date", "as_of")}
    if dates["start_date"] and dates["end_date"] and dates["start_date"] > dates["end_date"]:
        raise ParameterError(
            f"parameter start_date ({params['start_date']}) is after end_date "
            f"({params['end_date']}); the window would hold nothing"
        )
    for name in ("top_n", "reply_window_days"):
        if name in params:
            _whole(name, params[name])
    if "compare_by" in params:
        by = params["compare_by"]
        if not isinstance(by, str) or not by.strip() or len(by) > 64 or by in NOT_GROUPS:
            raise _fail("compare_by", by)
    return dict(params)
