"""Freshness of each relationship, and which ones to keep warm."""

from __future__ import annotations

import numpy as np
import pandas as pd

from networkkit.export import Export
from networkkit.network._common import DAY, as_of, conform_out, messages

__all__ = ["freshness", "keep_warm"]

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
    m = messages(ex).dropna(subset=["contact_key"])
    last = (
        m.sort_values(["contact_key", "sent_at"], kind="stable")
        .drop_duplicates("contact_key", keep="last")
        .set_index("contact_key")
    )
    counts = m.groupby("contact_key").size()
    people = pd.concat(
        [
            pd.DataFrame(
                {
                    "member_key": c["member_key"],
                    "full_name": c["full_name"],
                    "is_connection": True,
                    "connected_on": c["connected_on"],
                }
            ),
            pd.DataFrame(
                {
                    "member_key": last.index[~last.index.isin(c["member_key"])],
                    "full_name": last.loc[~last.index.isin(c["member_key"]), "contact_name"],
                    "is_connection": False,
                    "connected_on": pd.NaT,
                }
            ).reset_index(drop=True),
        ],
        ignore_index=True,
    )
    key = people["member_key"]
    people["messages"] = key.map(counts).fillna(0).astype("int64")
    people["last_exchange"] = key.map(last["sent_at"])
    people["last_direction"] = key.map(last["direction"])
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


_KEEP_WARM = {
    "member_key": "string",
    "full_name": "string",
    "exchanges": "int64",
    "median_gap_days": "float64",
    "last_exchange": "datetime64[us, UTC]",
    "silence_days": "float64",
    "silence_ratio": "float64",
    "status": "string",
}


def keep_warm(
    ex: Export, *, min_exchanges: int = 3, overdue: float = 2, lapsing: float = 4
) -> pd.DataFrame:
    """Contacts whose silence is now long for *their own* rhythm.

    An **exchange** is a UTC day with at least one one-to-one message between the member
    and the contact (either direction): a busy afternoon of ten messages is one exchange, so
    rhythms are measured in days, not minutes. Each contact with at least ``min_exchanges``
    exchanges has a median gap between consecutive exchanges; their silence (days from the
    last exchange to ``as_of``) over that median is the ``silence_ratio``. Only two-way
    relationships count: a contact who never wrote back has no rhythm to keep (see
    :func:`~networkkit.network.unanswered` for those).

    Parameters
    ----------
    ex : Export
        The member's export.
    min_exchanges : int, default 3
        Fewest exchanges for a rhythm to be meaningful.
    overdue : float, default 2
        Ratio above which a contact is ``overdue``.
    lapsing : float, default 4
        Ratio above which a contact is ``lapsing``.

    Returns
    -------
    pandas.DataFrame
        One row per contact with at least ``min_exchanges`` exchanges, most overdue first:

        - ``member_key``, ``full_name`` (string).
        - ``exchanges`` (int): days with a message.
        - ``median_gap_days`` (float): the median days between consecutive exchanges.
        - ``last_exchange`` (datetime, UTC): the last message.
        - ``silence_days`` (float): days from ``last_exchange`` to ``as_of``.
        - ``silence_ratio`` (float): ``silence_days`` ÷ ``median_gap_days``.
        - ``status`` (string): ``lapsing`` (ratio > ``lapsing``), ``overdue`` (ratio >
          ``overdue``) or ``ok``.
    """
    m = messages(ex).dropna(subset=["contact_key"])
    two_way = m.groupby("contact_key")["direction"].nunique()
    m = m[m["contact_key"].map(two_way).to_numpy() == 2]
    day = m["sent_at"].dt.floor("D")
    days = (
        pd.DataFrame({"key": m["contact_key"], "day": day})
        .drop_duplicates()
        .sort_values(["key", "day"], kind="stable")
    )
    days["gap"] = days.groupby("key")["day"].diff() / DAY
    per = days.groupby("key").agg(exchanges=("day", "size"), median_gap_days=("gap", "median"))
    per = per[per["exchanges"] >= min_exchanges]
    last = m.groupby("contact_key")["sent_at"].max()
    name = m.groupby("contact_key")["contact_name"].first()
    per["member_key"] = per.index
    per["full_name"] = per.index.map(name)
    per["last_exchange"] = per.index.map(last)
    per["silence_days"] = (as_of(ex) - per["last_exchange"]) / DAY
    with np.errstate(divide="ignore", invalid="ignore"):
        per["silence_ratio"] = per["silence_days"] / per["median_gap_days"]
    per["status"] = np.where(
        per["silence_ratio"] > lapsing,
        "lapsing",
        np.where(per["silence_ratio"] > overdue, "overdue", "ok"),
    )
    per = per.sort_values(["silence_ratio", "member_key"], ascending=[False, True], kind="stable")
    return conform_out(per, _KEEP_WARM)
