"""Freshness of each relationship, and which ones to keep warm."""

from __future__ import annotations

import numpy as np
import pandas as pd

from networkkit.export import Export
from networkkit.network._common import (
    DAY,
    add_rates,
    as_of,
    conform_out,
    ints_ts,
    messages,
    sorted_unique,
    ts_ints,
)

__all__ = ["freshness", "freshness_summary", "keep_warm"]


def _per_contact(m: pd.DataFrame) -> pd.DataFrame:
    """Messages, last message time and direction, and a name per contact key (int codes)."""
    code = m["contact"].to_numpy()
    ok = np.flatnonzero(code >= 0)
    if len(ok) == 0:
        return pd.DataFrame(
            {
                "messages": pd.Series([], dtype="int64"),
                "last_exchange": pd.Series([], dtype="datetime64[us, UTC]"),
                "last_direction": pd.Series([], dtype="string"),
                "contact_name": pd.Series([], dtype="string"),
            }
        )
    t = ts_ints(m["sent_at"])[ok]
    c = code[ok]
    order = ok[np.lexsort((t, c))]
    last_rows = order[np.r_[code[order][1:] != code[order][:-1], True]]
    counts = np.bincount(c)
    keys = m["contact_key"].to_numpy()[last_rows]
    return pd.DataFrame(
        {
            "messages": counts[code[last_rows]],
            "last_exchange": ints_ts(ts_ints(m["sent_at"])[last_rows]).to_numpy(),
            "last_direction": m["direction"].to_numpy()[last_rows],
            "contact_name": m["contact_name"].to_numpy()[last_rows],
        },
        index=pd.Index(keys, dtype="string"),
    ).astype({"last_direction": "string", "contact_name": "string"})


_FRESHNESS = {
    "member_key": "string",
    "full_name": "string",
    "is_connection": "bool",
    "connected_on": "datetime64[us, UTC]",
    "messages": "int64",
    "last_exchange": "datetime64[us, UTC]",
    "last_direction": "string",
    "days_since": "float64",
    "status": "string",
}


def freshness(ex: Export, *, dormant_days: float = 365) -> pd.DataFrame:
    """Days since the last one-to-one message with each contact.

    Contacts are the connections with a member key, plus anyone else the member exchanged
    one-to-one messages with (``is_connection`` false). Hidden members cannot be matched and
    are left out; so are group chats, drafts and sponsored messages.

    Parameters
    ----------
    ex : Export
        The member's export.
    dormant_days : float, default 365
        Silence (days) from which a relationship is ``dormant``.

    Returns
    -------
    pandas.DataFrame
        One row per contact, stalest first (never-messaged contacts last, by name):

        - ``member_key``, ``full_name`` (string).
        - ``is_connection`` (bool): a current connection.
        - ``connected_on`` (datetime, UTC): when connected (NaT if not a connection).
        - ``messages`` (int): one-to-one messages exchanged, both directions.
        - ``last_exchange`` (datetime, UTC): the latest of them (NaT if none).
        - ``last_direction`` (string): ``outgoing`` (the member wrote last) or ``incoming``.
        - ``days_since`` (float): days from ``last_exchange`` to ``as_of``.
        - ``status`` (string): ``active`` (< ``dormant_days``), ``dormant`` (≥), or ``never``
          (no message).
    """
    c = ex.connections.dropna(subset=["member_key"]).drop_duplicates("member_key")
    per = _per_contact(messages(ex))
    others = per[~per.index.isin(c["member_key"])]
    people = pd.concat(
        [
            pd.DataFrame(
                {
                    "member_key": c["member_key"].to_numpy(),
                    "full_name": c["full_name"].to_numpy(),
                    "is_connection": True,
                    "connected_on": c["connected_on"].to_numpy(),
                }
            ),
            pd.DataFrame(
                {
                    "member_key": others.index.to_numpy(),
                    "full_name": others["contact_name"].to_numpy(),
                    "is_connection": False,
                    "connected_on": pd.NaT,
                }
            ),
        ],
        ignore_index=True,
    )
    people["connected_on"] = pd.to_datetime(people["connected_on"], utc=True)
    key = people["member_key"]
    people["messages"] = key.map(per["messages"]).fillna(0).astype("int64")
    people["last_exchange"] = key.map(per["last_exchange"])
    people["last_direction"] = key.map(per["last_direction"])
    people["days_since"] = (as_of(ex) - people["last_exchange"]) / DAY
    people["status"] = np.where(
        people["last_exchange"].isna(),
        "never",
        np.where(people["days_since"] >= dormant_days, "dormant", "active"),
    )
    people = people.sort_values(
        ["days_since", "full_name"], ascending=[False, True], na_position="last", kind="stable"
    )
    return conform_out(people, _FRESHNESS)


_FRESH_SUMMARY = {
    "status": "string",
    "connections": "int64",
    "total": "int64",
    "share": "float64",
    "share_low": "float64",
    "share_high": "float64",
    "small_sample": "bool",
}


def freshness_summary(
    ex: Export | None = None,
    *,
    dormant_days: float = 365,
    per_contact: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Shares of the member's connections that are active, dormant, or never messaged.

    Parameters
    ----------
    ex : Export
        The member's export.
    dormant_days : float, default 365
        As for :func:`freshness`.
    per_contact : pandas.DataFrame, optional
        :func:`freshness`'s result, when already computed (``ex`` is then not read).

    Returns
    -------
    pandas.DataFrame
        Three rows, ``active``, ``dormant``, ``never`` (always all three), over the
        connections with a member key (non-connections are not counted):

        - ``status`` (string).
        - ``connections`` (int): connections with that status.
        - ``total`` (int): connections with a key (the denominator).
        - ``share``, ``share_low``, ``share_high`` (float): ``connections`` ÷ ``total`` with a
          95 % Wilson interval.
        - ``small_sample`` (bool): ``total`` < 30.
    """
    f = freshness(ex, dormant_days=dormant_days) if per_contact is None else per_contact
    f = f[f["is_connection"].fillna(False).to_numpy(dtype=bool)]
    kinds = ["active", "dormant", "never"]
    counts = f["status"].value_counts().reindex(kinds, fill_value=0)
    out = pd.DataFrame({"status": kinds, "connections": counts.to_numpy(), "total": len(f)})
    return conform_out(add_rates(out, "share", "connections", "total"), _FRESH_SUMMARY)


_KEEP_WARM = {
    "member_key": "string",
    "full_name": "string",
    "exchanges": "int64",
    "messages": "int64",
    "median_gap_days": "float64",
    "last_exchange": "datetime64[us, UTC]",
    "silence_days": "float64",
    "silence_ratio": "float64",
    "status": "string",
}


def keep_warm(
    ex: Export,
    *,
    top_n: int | None = 10,
    min_exchanges: int = 3,
    recent_days: float = 730,
    overdue: float = 2,
    lapsing: float = 4,
    quiet_only: bool = True,
) -> pd.DataFrame:
    """Relationships worth keeping that are going quiet for *their own* rhythm.

    An **exchange** is a UTC day with at least one one-to-one message between the member
    and the contact (either direction): a busy afternoon of ten messages is one exchange, so
    rhythms are measured in days, not minutes. A relationship is **worth keeping** when it is

    - reciprocal: both the member and the contact wrote at least once;
    - recent enough to matter: its last exchange is within ``recent_days`` (two years) of
      ``as_of`` — a chat that ended a decade ago is history, not a relationship to keep;
    - a rhythm: at least ``min_exchanges`` exchange days.

    Its **rhythm** is the median gap (days) between consecutive exchange days; its
    **silence** is the days from the last exchange to ``as_of``. It is going quiet when the
    silence exceeds ``overdue`` (2) times the rhythm (``overdue``), and ``lapsing`` (4)
    times (``lapsing``). The list is ordered **strongest first** — most exchange days, then
    most messages, then the most recent last exchange — and cut to ``top_n``.

    Parameters
    ----------
    ex : Export
        The member's export.
    top_n : int or None, default 10
        Most rows returned; None for all.
    min_exchanges : int, default 3
        Fewest exchange days for a rhythm to be meaningful.
    recent_days : float, default 730
        The last exchange must be at most this many days before ``as_of``.
    overdue : float, default 2
        Silence ÷ rhythm above which a relationship is ``overdue``.
    lapsing : float, default 4
        Silence ÷ rhythm above which it is ``lapsing``.
    quiet_only : bool, default True
        List only relationships going quiet (``overdue`` or ``lapsing``); False lists every
        relationship worth keeping, ``ok`` ones too.

    Returns
    -------
    pandas.DataFrame
        One row per relationship, strongest first, at most ``top_n``:

        - ``member_key``, ``full_name`` (string).
        - ``exchanges`` (int): exchange days (days with a message either way).
        - ``messages`` (int): one-to-one messages exchanged, both directions.
        - ``median_gap_days`` (float): the rhythm — median days between exchange days.
        - ``last_exchange`` (datetime, UTC): the last message.
        - ``silence_days`` (float): days from ``last_exchange`` to ``as_of``.
        - ``silence_ratio`` (float): ``silence_days`` ÷ ``median_gap_days``.
        - ``status`` (string): ``lapsing`` (ratio > ``lapsing``), ``overdue`` (ratio >
          ``overdue``) or ``ok``.
    """
    m = messages(ex)
    code = m["contact"].to_numpy()
    outgoing = (m["direction"] == "outgoing").to_numpy(dtype=bool)
    ok = code >= 0
    n = int(code.max()) + 1 if ok.any() else 0
    has_out = np.bincount(code[ok], weights=outgoing[ok], minlength=n) > 0
    has_in = np.bincount(code[ok], weights=~outgoing[ok], minlength=n) > 0
    two_way = np.append(has_out & has_in, False)  # the last slot: rows with no contact
    ok &= two_way[np.where(ok, code, n)]
    day = ts_ints(m["sent_at"])[ok] // 86_400_000_000
    pairs = sorted_unique(code[ok].astype(np.int64) * (1 << 32) + day)  # sorted by contact, day
    pc_, pd_ = pairs >> 32, pairs & ((1 << 32) - 1)
    same = np.r_[False, pc_[1:] == pc_[:-1]]
    gaps = pd.Series(np.where(same, np.diff(pd_, prepend=0), np.nan)).groupby(pc_).median()
    exchanges = pd.Series(pc_).value_counts().sort_index()
    per = pd.DataFrame({"exchanges": exchanges, "median_gap_days": gaps})
    per = per[per["exchanges"] >= min_exchanges]
    info = _per_contact(m[ok])
    first_rows = pd.Series(np.flatnonzero(ok), index=code[ok])
    first_rows = first_rows[~first_rows.index.duplicated()]
    keys = m["contact_key"].to_numpy()[first_rows.reindex(per.index).to_numpy()]
    per.index = pd.Index(keys, dtype="string")
    per["member_key"] = per.index
    per["full_name"] = info["contact_name"].reindex(per.index).to_numpy()
    per["messages"] = info["messages"].reindex(per.index).to_numpy()
    per["last_exchange"] = info["last_exchange"].reindex(per.index).to_numpy()
    per["silence_days"] = (as_of(ex) - per["last_exchange"]) / DAY
    per = per[(per["silence_days"] <= recent_days).to_numpy(dtype=bool)]
    with np.errstate(divide="ignore", invalid="ignore"):
        per["silence_ratio"] = per["silence_days"] / per["median_gap_days"]
    per["status"] = np.where(
        per["silence_ratio"] > lapsing,
        "lapsing",
        np.where(per["silence_ratio"] > overdue, "overdue", "ok"),
    )
    if quiet_only:
        per = per[(per["status"] != "ok").to_numpy(dtype=bool)]
    per = per.sort_values(
        ["exchanges", "messages", "last_exchange", "member_key"],
        ascending=[False, False, False, True],
        kind="stable",
    )
    if top_n is not None:
        per = per.head(top_n)
    return conform_out(per, _KEEP_WARM)
