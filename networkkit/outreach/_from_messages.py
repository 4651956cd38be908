"""LinkedIn conversations the owner started, as an outreach event log."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from networkkit._missing import equals, is_true, known
from networkkit.errors import EventLogError
from networkkit.outreach._log_schema import TRACKED_ATTR, conform_events, empty_events

__all__ = ["from_messages"]


def _list_len(col: pd.Series) -> np.ndarray:
    if isinstance(col.dtype, pd.ArrowDtype):
        return col.list.len().fillna(0).to_numpy(dtype="int64")
    return col.map(lambda v: len(v) if isinstance(v, list | tuple | np.ndarray) else 0).to_numpy(
        dtype="int64"
    )


def _first_key(col: pd.Series) -> pd.Series:
    if isinstance(col.dtype, pd.ArrowDtype):
        return col.list[0].astype("string")
    return col.map(lambda v: v[0] if isinstance(v, list | tuple) and len(v) else pd.NA).astype(
        "string"
    )


def from_messages(ex: Any) -> pd.DataFrame:
    """Turn the conversations the owner started on LinkedIn into an outreach event log.

    A thread is a one-to-one conversation whose first message is the owner's. Its events:

    - ``sent`` step 1: the owner's first message; ``sent`` steps 2, 3, …: the owner's further
      messages sent before the other side's first reply (follow-ups). Later messages of the
      owner are conversation, not touches, and are left out.
    - ``replied``: the other side's first message, with ``positive`` NA (LinkedIn does not
      mark replies as interested or not).

    ``attrs["as_of"]`` is the export's end (its date, else its latest activity): the
    measures censor unanswered threads there when no ``as_of`` is given.

    ``channel`` is ``"inmail"`` when the first message has a subject (LinkedIn gives InMails a
    subject and ordinary messages none), else ``"message"``. LinkedIn tracks no opens or clicks:
    the log records them as "not tracked" (the funnel shows NA, never 0 %). Bounces cannot
    happen. Left out, and counted in ``attrs["excluded"]``: drafts, messages with no
    conversation, group chats (any message with more than one recipient: replies there are not
    one recipient's answer), messages whose direction is unknown (no sender name or URL to
    compare with the owner's: a missing cell is missing, never "someone else"), and
    conversations someone else started.

    Parameters
    ----------
    ex : networkkit.Export
        A loaded export; its ``messages`` need ``direction`` (or a known ``owner``).

    Returns
    -------
    pandas.DataFrame
        The canonical event log (see :func:`read_events`): ``thread_id`` = conversation id,
        ``recipient_key`` = the other member's key, ``sender`` = the owner's name, ``campaign``
        and ``template`` NA, ``channel`` ``"inmail"``/``"message"``.

    Raises
    ------
    EventLogError
        When the owner is unknown, so who wrote first cannot be told.
    """
    m = ex.messages
    excluded = {
        "drafts": 0,
        "no_conversation": 0,
        "unknown_direction": 0,
        "group_chats": 0,
        "started_by_others": 0,
    }
    if len(m) == 0:
        out = empty_events()
        out.attrs[TRACKED_ATTR] = []
        out.attrs["excluded"] = excluded
        return out
    direction = m["direction"].astype("string")
    owner = getattr(ex, "owner", None)
    key = getattr(owner, "member_key", None)
    if direction.isna().any() and key:
        # a row with no sender URL stays unknown: NA is missing, never "not the owner"
        guess = pd.Series(
            np.where(equals(m["sender_key"].astype("string"), key), "outgoing", "incoming"),
            index=m.index,
            dtype="string",
        )
        direction = direction.fillna(guess.where(known(m["sender_key"])))
    draft = is_true(m["is_draft"])
    no_conv = ~known(m["conversation_id"]) & ~draft
    excluded["drafts"] = int(draft.sum())
    excluded["no_conversation"] = int(no_conv.sum())
    keep = ~draft & ~no_conv
    if not keep.any():
        out = empty_events()
        out.attrs[TRACKED_ATTR] = []
        out.attrs["excluded"] = excluded
        return out
    if direction[keep].isna().all():
        raise EventLogError(
            "the owner of this export is unknown, so who started each conversation cannot be "
            "told; load the export with its Profile.csv or pass owner=Owner(...)",
            file=str(getattr(ex, "source", None) or "messages.csv"),
            column="direction",
        )
    n_rec = np.maximum.reduce(
        [_list_len(m[c]) for c in ("recipient_keys", "recipient_urls", "recipient_names")]
    )
    d = pd.DataFrame(
        {
            "conv": m["conversation_id"].astype("string"),
            "at": m["sent_at"],
            "out": equals(direction, "outgoing"),
            "known": known(direction),
            "n_rec": n_rec,
            "subject": m["subject"].astype("string"),
            "recipient_key": _first_key(m["recipient_keys"]),
            "sender": m["sender_name"].astype("string"),
        }
    )[keep]
    excluded["unknown_direction"] = int((known(d["at"]) & ~d["known"].to_numpy(dtype=bool)).sum())
    d = d[known(d["at"]) & d["known"].to_numpy(dtype=bool)]
    d = d.sort_values(["conv", "at"], kind="stable")
    g = d.groupby("conv", sort=False)
    group = g["n_rec"].transform("max").to_numpy() > 1
    excluded["group_chats"] = int(d.loc[group, "conv"].nunique())
    d = d[~group]
    g = d.groupby("conv", sort=False)
    started = g["out"].transform("first").to_numpy(dtype=bool)
    excluded["started_by_others"] = int(d.loc[~started, "conv"].nunique())
    d = d[started].copy()
    d["pos"] = d.groupby("conv", sort=False).cumcount()
    first_in = d["pos"].where(~d["out"]).groupby(d["conv"], sort=False).transform("min")
    touch = d["out"] & (first_in.isna() | (d["pos"] < first_in))
    reply = ~d["out"] & (d["pos"] == first_in)
    first = d.groupby("conv", sort=False).first()
    channel = np.where(first["subject"].fillna("").str.strip() != "", "inmail", "message")
    per_conv = pd.DataFrame(
        {
            "channel": channel,
            "recipient_key": first["recipient_key"],
            "sender": first["sender"],
        },
        index=first.index,
    )
    t = d[touch]
    touches = pd.DataFrame(
        {
            "thread_id": t["conv"].to_numpy(),
            "event": "sent",
            "at": t["at"].to_numpy(),
            "step": t.groupby("conv", sort=False).cumcount().to_numpy() + 1,
        }
    )
    r = d[reply]
    replies = pd.DataFrame(
        {"thread_id": r["conv"].to_numpy(), "event": "replied", "at": r["at"].to_numpy()}
    )
    # an empty part would decide nothing but the dtypes (pandas warns about that)
    parts = [part for part in (touches, replies) if len(part)] or [touches]
    ev = pd.concat(parts, ignore_index=True)
    ev = ev.join(per_conv, on="thread_id")
    ev["step"] = ev["step"].astype("Int64")
    if owner is not None and getattr(owner, "name", None):
        ev["sender"] = owner.name
    ev = ev.sort_values(["at", "thread_id"], kind="stable")
    out = conform_events(ev, keep_extra=False)
    out.attrs[TRACKED_ATTR] = []
    out.attrs["excluded"] = excluded
    out.attrs["source"] = "linkedin"
    out.attrs["as_of"] = _export_as_of(ex)
    return out


def _export_as_of(ex: Any) -> str | None:
    """Return when the export's data ends (its date, else its latest activity), ISO 8601 UTC.

    Measures censor threads without a reply there (``attrs["as_of"]``), as the network
    measures do, not at the last message of the conversations started.
    """
    when = getattr(ex, "as_of", None)
    if when is None and hasattr(ex, "latest_timestamp"):
        when = ex.latest_timestamp()
    if when is None:
        return None
    t = pd.Timestamp(when)
    # text, not a Timestamp: attrs travel into Arrow metadata as JSON
    return (t.tz_localize("UTC") if t.tzinfo is None else t.tz_convert("UTC")).isoformat()
