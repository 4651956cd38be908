"""Conversation measures: reciprocity, initiative, unanswered threads, latency, etiquette.

All of them use one-to-one conversations only: drafts, group chats, sponsored conversations and
the anonymous ``LinkedIn Member`` sender are left out (see ``networkkit.network._common``).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from networkkit._stats import kaplan_meier
from networkkit.export import Export
from networkkit.network._common import (
    DAY,
    add_rates,
    as_of,
    conform_out,
    conversations_from,
    empty_frame,
    hidden_mask,
    messages,
)

__all__ = [
    "follow_up_etiquette",
    "initiative",
    "reciprocity",
    "response_latency",
    "response_latency_curve",
    "unanswered",
    "unanswered_summary",
]

_RECIPROCITY = {
    "connections": "int64",
    "hidden": "int64",
    "with_key": "int64",
    "messaged": "int64",
    "messaged_share": "float64",
    "messaged_share_low": "float64",
    "messaged_share_high": "float64",
    "two_way": "int64",
    "two_way_share": "float64",
    "two_way_share_low": "float64",
    "two_way_share_high": "float64",
    "small_sample": "bool",
}


def reciprocity(ex: Export) -> pd.DataFrame:
    """Share of connections the member has exchanged messages with, and in both directions.

    Parameters
    ----------
    ex : Export
        The member's export.

    Returns
    -------
    pandas.DataFrame
        One row:

        - ``connections`` (int): all connections, hidden members included.
        - ``hidden`` (int): hidden or closed members (no identity: cannot be matched).
        - ``with_key`` (int): connections with a member key — the denominator.
        - ``messaged`` (int): of those, connections with ≥ 1 one-to-one message either way.
        - ``messaged_share``, ``messaged_share_low``, ``messaged_share_high`` (float):
          ``messaged`` ÷ ``with_key`` with a 95 % Wilson interval.
        - ``two_way`` (int): connections with messages in both directions.
        - ``two_way_share``, ``two_way_share_low``, ``two_way_share_high`` (float):
          ``two_way`` ÷ ``with_key``.
        - ``small_sample`` (bool): ``with_key`` < 30.
    """
    c = ex.connections
    keys = pd.Index(c["member_key"].dropna().unique())
    m = messages(ex)
    code = m["contact"].to_numpy()
    ok = code >= 0
    n = int(code.max()) + 1 if ok.any() else 0
    outgoing = (m["direction"] == "outgoing").to_numpy(dtype=bool)
    has_out = np.bincount(code[ok], weights=outgoing[ok], minlength=n) > 0
    has_in = np.bincount(code[ok], weights=~outgoing[ok], minlength=n) > 0
    # the key of each contact code, and whether it is a connection
    first = pd.Series(np.flatnonzero(ok), index=code[ok])
    first = first[~first.index.duplicated()]
    code_keys = pd.Series(pd.NA, index=np.arange(n), dtype="string")
    code_keys[first.index] = m["contact_key"].to_numpy()[first.to_numpy()]
    connected = code_keys.isin(keys).to_numpy(dtype=bool)
    messaged = connected & (has_out | has_in)
    out = pd.DataFrame(
        {
            "connections": [len(c)],
            "hidden": [int(hidden_mask(c).sum())],
            "with_key": [len(keys)],
            "messaged": [int(messaged.sum())],
            "two_way": [int((connected & has_out & has_in).sum())],
        }
    )
    out = add_rates(out, "messaged_share", "messaged", "with_key")
    out = add_rates(out, "two_way_share", "two_way", "with_key")
    return conform_out(out, _RECIPROCITY)


_INITIATIVE = {
    "period": "string",
    "conversations": "int64",
    "owner_started": "int64",
    "initiative": "float64",
    "initiative_low": "float64",
    "initiative_high": "float64",
    "small_sample": "bool",
}


def initiative(ex: Export, *, freq: str | None = None) -> pd.DataFrame:
    """Share of one-to-one conversations the member started.

    Parameters
    ----------
    ex : Export
        The member's export.
    freq : str, optional
        A pandas period alias (``"Y"``, ``"Q"``, ``"M"``) to split by the month/quarter/year
        the conversation started; one overall row by default.

    Returns
    -------
    pandas.DataFrame
        One row (``period == "all"``), or one per period, oldest first:

        - ``period`` (string): ``"all"`` or the period label, e.g. ``"2024"``.
        - ``conversations`` (int): one-to-one conversations started in the period.
        - ``owner_started`` (int): of those, started by the member.
        - ``initiative``, ``initiative_low``, ``initiative_high`` (float): ``owner_started`` ÷
          ``conversations`` with a 95 % Wilson interval.
        - ``small_sample`` (bool): ``conversations`` < 30.
    """
    conv = conversations_from(messages(ex))
    owner = (conv["started_by"] == "owner").to_numpy(dtype=bool)
    if freq is None:
        period = pd.Series("all", index=conv.index)
    else:
        if conv.empty:
            return empty_frame(_INITIATIVE)
        period = conv["started_at"].dt.tz_localize(None).dt.to_period(freq)
    out = (
        pd.DataFrame({"period": period, "owner": owner})
        .groupby("period")
        .agg(conversations=("owner", "size"), owner_started=("owner", "sum"))
        .reset_index()
    )
    if freq is None and out.empty:
        out = pd.DataFrame({"period": ["all"], "conversations": [0], "owner_started": [0]})
    out["period"] = out["period"].astype(str)
    out = add_rates(out, "initiative", "owner_started", "conversations")
    return conform_out(out, _INITIATIVE)


_UNANSWERED = {
    "conversation_id": "string",
    "member_key": "string",
    "name": "string",
    "started_at": "datetime64[us, UTC]",
    "last_sent_at": "datetime64[us, UTC]",
    "follow_ups": "int64",
    "age_days": "float64",
}


def _owner_started(ex: Export, *, window_days: float = 14) -> pd.DataFrame:
    conv = conversations_from(messages(ex), window_days=window_days)
    conv = conv[conv["started_by"] == "owner"].copy()
    conv["age_days"] = (as_of(ex) - conv["started_at"]) / DAY
    return conv


def unanswered(ex: Export, *, min_age_days: float = 14) -> pd.DataFrame:
    """List the conversations the member started that never got a reply.

    Only conversations at least ``min_age_days`` old at ``as_of`` are listed: a younger one
    may still be answered.

    Parameters
    ----------
    ex : Export
        The member's export.
    min_age_days : float, default 14
        Age (days since the first message) from which silence counts as unanswered.

    Returns
    -------
    pandas.DataFrame
        One row per unanswered conversation, newest first:

        - ``conversation_id`` (string).
        - ``member_key`` (string): the other person's key (NA if unknown).
        - ``name`` (string): their name (connection name, else as written in the message).
        - ``started_at`` (datetime, UTC): the member's first message.
        - ``last_sent_at`` (datetime, UTC): the member's last message.
        - ``follow_ups`` (int): messages the member sent after the first.
        - ``age_days`` (float): days from ``started_at`` to ``as_of``.
    """
    conv = _owner_started(ex)
    hit = conv["first_reply_at"].isna() & (conv["age_days"] >= min_age_days)
    out = conv[hit.to_numpy(dtype=bool)].rename(
        columns={"contact_key": "member_key", "contact_name": "name", "last_at": "last_sent_at"}
    )
    out = out.sort_values("started_at", ascending=False, kind="stable")
    return conform_out(out, _UNANSWERED)


_UNANSWERED_SUMMARY = {
    "started": "int64",
    "unanswered": "int64",
    "unanswered_share": "float64",
    "unanswered_share_low": "float64",
    "unanswered_share_high": "float64",
    "small_sample": "bool",
    "too_recent": "int64",
}


def unanswered_summary(ex: Export, *, min_age_days: float = 14) -> pd.DataFrame:
    """Share of the member's conversations (old enough to judge) that got no reply.

    Parameters
    ----------
    ex : Export
        The member's export.
    min_age_days : float, default 14
        As for :func:`unanswered`.

    Returns
    -------
    pandas.DataFrame
        One row:

        - ``started`` (int): conversations the member started, at least ``min_age_days`` old.
        - ``unanswered`` (int): of those, with no reply.
        - ``unanswered_share``, ``unanswered_share_low``, ``unanswered_share_high`` (float):
          ``unanswered`` ÷ ``started`` with a 95 % Wilson interval.
        - ``small_sample`` (bool): ``started`` < 30.
        - ``too_recent`` (int): conversations the member started that are younger (undecided,
          not counted).
    """
    conv = _owner_started(ex)
    old = conv["age_days"] >= min_age_days
    out = pd.DataFrame(
        {
            "started": [int(old.sum())],
            "unanswered": [int((old & conv["first_reply_at"].isna()).sum())],
            "too_recent": [int((~old).sum())],
        }
    )
    out = add_rates(out, "unanswered_share", "unanswered", "started")
    return conform_out(out, _UNANSWERED_SUMMARY)


def _latency_columns(at: Sequence[float]) -> dict[str, str]:
    cols = {
        "who": "string",
        "conversations": "int64",
        "answered": "int64",
        "median_days": "float64",
        "median_days_low": "float64",
        "median_days_high": "float64",
    }
    for t in at:
        cols[f"share_by_{t:g}d"] = "float64"
    return cols


def response_latency(ex: Export, *, at: Sequence[float] = (1, 3, 7, 14, 30)) -> pd.DataFrame:
    """How fast the member answers others, and others answer the member (Kaplan–Meier).

    For each one-to-one conversation the time to answer is from its first message to the
    first message from the other side. A conversation never answered is right-censored at
    ``as_of`` (it might still be answered), so the median and the shares are Kaplan–Meier
    estimates (:func:`networkkit._stats.kaplan_meier`), not averages over answered ones only.

    Parameters
    ----------
    ex : Export
        The member's export.
    at : sequence of float, default (1, 3, 7, 14, 30)
        Days at which to report the share answered.

    Returns
    -------
    pandas.DataFrame
        Two rows:

        - ``who`` (string): ``owner_answers`` (conversations others started, answered by
          the member) or ``others_answer`` (conversations the member started).
        - ``conversations`` (int): conversations in the row.
        - ``answered`` (int): of those, answered (at any time).
        - ``median_days`` (float): median days to answer; NaN when fewer than half were
          answered within the data.
        - ``median_days_low``, ``median_days_high`` (float): its 95 % bounds (NaN where not
          reached).
        - ``share_by_<t>d`` (float), one per ``at``: estimated share answered within ``t``
          days; NaN beyond the longest follow-up.
    """
    rows = []
    for who, (days, answered) in _latency_inputs(ex).items():
        km = kaplan_meier(days, answered, at=at)
        row = {
            "who": who,
            "conversations": len(days),
            "answered": int(answered.sum()),
            "median_days": km.median,
            "median_days_low": km.median_low,
            "median_days_high": km.median_high,
        }
        for t, share in zip(at, km.by_time["share"], strict=True):
            row[f"share_by_{t:g}d"] = share
        rows.append(row)
    return conform_out(pd.DataFrame(rows), _latency_columns(at))


def _latency_inputs(ex: Export) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    conv = conversations_from(messages(ex))
    end = as_of(ex)
    out = {}
    for who, starter in (("owner_answers", "contact"), ("others_answer", "owner")):
        sub = conv[conv["started_by"] == starter]
        answered = sub["first_reply_at"].notna().to_numpy(dtype=bool)
        stop = sub["first_reply_at"].where(sub["first_reply_at"].notna(), end)
        out[who] = (((stop - sub["started_at"]) / DAY).to_numpy(dtype=float), answered)
    return out


def response_latency_curve(ex: Export) -> pd.DataFrame:
    """Return the Kaplan–Meier curves behind :func:`response_latency`, ready to plot.

    Parameters
    ----------
    ex : Export
        The member's export.

    Returns
    -------
    pandas.DataFrame
        One row per step of each curve (long format):

        - ``who`` (string): ``owner_answers`` or ``others_answer``.
        - ``days`` (float): time since the conversation's first message.
        - ``share`` (float): estimated share answered by then (1 − survival).
        - ``share_low``, ``share_high`` (float): its pointwise 95 % band (log-log).

        Empty when there are no conversations.
    """
    parts = []
    for who, (days, answered) in _latency_inputs(ex).items():
        curve = kaplan_meier(days, answered).curve
        if len(curve):
            parts.append(curve.rename(columns={"time": "days"}).assign(who=who))
    cols = {
        "who": "string",
        "days": "float64",
        "share": "float64",
        "share_low": "float64",
        "share_high": "float64",
    }
    if not parts:
        return empty_frame(cols)
    return conform_out(pd.concat(parts, ignore_index=True), cols)


_ETIQUETTE = {
    "conversation_id": "string",
    "member_key": "string",
    "name": "string",
    "started_at": "datetime64[us, UTC]",
    "follow_ups": "int64",
    "follow_ups_in_window": "int64",
    "replied": "bool",
    "flagged": "bool",
}


def follow_up_etiquette(
    ex: Export, *, max_follow_ups: int = 3, window_days: float = 14
) -> pd.DataFrame:
    """Check the member's own threads against "at most 3 follow-ups within two weeks".

    A follow-up is a further message from the member, sent before the other side replied.

    Parameters
    ----------
    ex : Export
        The member's export.
    max_follow_ups : int, default 3
        Most follow-ups allowed within the window.
    window_days : float, default 14
        The window after the first message.

    Returns
    -------
    pandas.DataFrame
        One row per conversation the member started, oldest first:

        - ``conversation_id``, ``member_key``, ``name`` (string).
        - ``started_at`` (datetime, UTC): the first message.
        - ``follow_ups`` (int): follow-ups before any reply (at any time).
        - ``follow_ups_in_window`` (int): of those, sent within ``window_days`` of the first.
        - ``replied`` (bool): the other side answered.
        - ``flagged`` (bool): ``follow_ups_in_window`` > ``max_follow_ups``.
    """
    conv = _owner_started(ex, window_days=window_days)
    out = conv.rename(
        columns={
            "contact_key": "member_key",
            "contact_name": "name",
            "follow_ups_14d": "follow_ups_in_window",
        }
    )
    out["replied"] = out["first_reply_at"].notna()
    out["flagged"] = out["follow_ups_in_window"] > max_follow_ups
    out = out.sort_values("started_at", kind="stable")
    return conform_out(out, _ETIQUETTE)
