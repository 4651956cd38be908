"""Canonical tables: their columns, in order, and their dtypes.

This module is the single place where the public API contract's column lists live. Readers
produce frames through :func:`conform`; tests and other layers build frames with
:func:`empty` or :func:`frame`.

Dtype names used here:

``str``
    pandas' nullable string dtype backed by Arrow (``pd.StringDtype("pyarrow")``, shown as
    ``string[pyarrow]``); missing values are ``pd.NA``.
``ts``
    tz-aware UTC timestamps, ``datetime64[us, UTC]``; missing values are ``NaT``.
``bool``
    pandas' nullable boolean dtype.
``int``
    pandas' nullable ``Int64``.
``list``
    a list of strings per row, stored as ``pd.ArrowDtype(pa.list_(pa.string()))``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import pyarrow as pa

__all__ = ["DTYPES", "TABLES", "conform", "empty", "frame"]

TS_DTYPE = pd.DatetimeTZDtype(unit="us", tz="UTC")
STR_DTYPE = pd.StringDtype("pyarrow")
LIST_DTYPE = pd.ArrowDtype(pa.list_(pa.string()))

DTYPES: dict[str, Any] = {
    "str": STR_DTYPE,
    "ts": TS_DTYPE,
    "bool": pd.BooleanDtype(),
    "int": pd.Int64Dtype(),
    "list": LIST_DTYPE,
}

_PERSON = {"first_name": "str", "last_name": "str", "full_name": "str"}

TABLES: dict[str, dict[str, str]] = {
    "connections": {
        **_PERSON,
        "profile_url": "str",
        "member_key": "str",
        "email": "str",
        "company": "str",
        "position": "str",
        "connected_on": "ts",
    },
    "messages": {
        "conversation_id": "str",
        "conversation_title": "str",
        "sender_name": "str",
        "sender_url": "str",
        "sender_key": "str",
        "recipient_names": "list",
        "recipient_urls": "list",
        "recipient_keys": "list",
        "sent_at": "ts",
        "subject": "str",
        "content": "str",
        "content_html": "str",
        "folder": "str",
        "is_draft": "bool",
        "attachments": "str",
        "direction": "str",
    },
    "invitations": {
        "sender_name": "str",
        "recipient_name": "str",
        "sent_at": "ts",
        "message": "str",
        "direction": "str",
        "inviter_url": "str",
        "invitee_url": "str",
        "inviter_key": "str",
        "invitee_key": "str",
    },
    "profile": {
        **_PERSON,
        "maiden_name": "str",
        "address": "str",
        "birth_date": "str",
        "headline": "str",
        "summary": "str",
        "industry": "str",
        "zip_code": "str",
        "geo_location": "str",
        "twitter_handles": "str",
        "websites": "str",
        "instant_messengers": "str",
    },
    "positions": {
        "company_name": "str",
        "title": "str",
        "description": "str",
        "location": "str",
        "started_on": "ts",
        "finished_on": "ts",
        "is_current": "bool",
    },
    "education": {
        "school_name": "str",
        "start_date": "ts",
        "end_date": "ts",
        "notes": "str",
        "degree_name": "str",
        "activities": "str",
    },
    "skills": {"name": "str"},
    "endorsements_received": {
        "endorsed_at": "ts",
        "skill_name": "str",
        "endorser_first_name": "str",
        "endorser_last_name": "str",
        "endorser_name": "str",
        "endorser_url": "str",
        "endorser_key": "str",
        "status": "str",
    },
    "endorsements_given": {
        "endorsed_at": "ts",
        "skill_name": "str",
        "endorsee_first_name": "str",
        "endorsee_last_name": "str",
        "endorsee_name": "str",
        "endorsee_url": "str",
        "endorsee_key": "str",
        "status": "str",
    },
    "recommendations_received": {
        **_PERSON,
        "company": "str",
        "job_title": "str",
        "text": "str",
        "created_at": "ts",
        "status": "str",
    },
    "recommendations_given": {
        **_PERSON,
        "company": "str",
        "job_title": "str",
        "text": "str",
        "created_at": "ts",
        "status": "str",
    },
}
# Coach / AI chats share the messages layout but are kept apart from the member's network.
TABLES["coach_messages"] = {"source_file": "str", **TABLES["messages"]}

PARSE_REPORT_COLUMNS: dict[str, str] = {
    "file": "str",
    "table": "str",
    "layout": "str",
    "rows": "int",
    "skipped": "int",
    "notes": "str",
}
TABLES["parse_report"] = PARSE_REPORT_COLUMNS


def empty(table: str) -> pd.DataFrame:
    """Return an empty frame with ``table``'s canonical columns and dtypes.

    Parameters
    ----------
    table : str
        A key of :data:`TABLES`, e.g. ``"connections"``.

    Returns
    -------
    pandas.DataFrame
        Zero rows, the canonical columns in order.
    """
    spec = TABLES[table]
    return pd.DataFrame({name: pd.Series([], dtype=DTYPES[kind]) for name, kind in spec.items()})


def _cast(values: pd.Series, kind: str) -> pd.Series:
    dtype = DTYPES[kind]
    if kind == "ts":
        if isinstance(values.dtype, pd.DatetimeTZDtype):
            return values.dt.tz_convert("UTC").astype(dtype)
        return pd.to_datetime(values, utc=True).astype(dtype)
    if kind == "list":
        if values.dtype == dtype:
            return values
        return pd.Series(
            pa.array(
                [None if v is None or v is pd.NA else list(v) for v in values],
                type=pa.list_(pa.string()),
            ),
            index=values.index,
            dtype=dtype,
        )
    if kind == "str":
        out = values.astype(dtype)
        return out.mask(out == "")
    return values.astype(dtype)


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Return ``df`` with exactly ``table``'s canonical columns, in order, with their dtypes.

    Missing columns are added as all-missing; extra columns are dropped; empty strings
    become ``pd.NA``.

    Parameters
    ----------
    df : pandas.DataFrame
        A frame with some or all of the canonical columns.
    table : str
        A key of :data:`TABLES`.

    Returns
    -------
    pandas.DataFrame
        A new frame with a fresh ``RangeIndex``.
    """
    spec = TABLES[table]
    n = len(df)
    out = {}
    for name, kind in spec.items():
        if name in df.columns:
            col = df[name].reset_index(drop=True)
        else:
            col = pd.Series([None] * n, dtype=object)
        out[name] = _cast(col, kind)
    return pd.DataFrame(out, index=pd.RangeIndex(n))


def frame(table: str, rows: list[Mapping[str, Any]] | Mapping[str, list[Any]]) -> pd.DataFrame:
    """Build a canonical frame from records or columns (handy in tests and notebooks).

    Parameters
    ----------
    table : str
        A key of :data:`TABLES`.
    rows : list of dict or dict of list
        Values for some or all columns; the rest are missing.

    Returns
    -------
    pandas.DataFrame
        The conformed frame.
    """
    return conform(pd.DataFrame(rows), table)
