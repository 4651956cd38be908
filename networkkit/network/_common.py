"""Shared preparation of an Export's messages for the network measures.

Which messages the conversation measures use (documented once, referred to everywhere):

* drafts (``is_draft``), messages without a time or without a known direction (the owner was
  unknown) and messages without a conversation id are left out;
* **group chats** — a conversation where any message has more than one recipient besides the
  owner, or with more than one distinct other party — are left out: a reply there is not an
  answer to the owner;
* **sponsored conversations** (title ``Sponsored Conversation``) and messages from the
  anonymous ``LinkedIn Member`` sender (no profile URL) are advertising, not people: left out of
  reciprocity, initiative, unanswered, latency, freshness and keep-warm, but kept by
  :func:`~networkkit.network.inbound_offers`, where they are one of the signals.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from networkkit._stats import SMALL_SAMPLE, add_rate
from networkkit.export import Export

DAY = pd.Timedelta(days=1)
SPONSORED_TITLE = "Sponsored Conversation"
ANONYMOUS_SENDER = "LinkedIn Member"


def as_of(ex: Export) -> pd.Timestamp:
    """Return ``ex.as_of`` (UTC), else the latest timestamp, else now (an empty export)."""
    if ex.as_of is not None:
        return pd.Timestamp(ex.as_of)
    latest = ex.latest_timestamp()
    return latest if latest is not None else pd.Timestamp.now(tz="UTC")


def hidden_mask(connections: pd.DataFrame) -> pd.Series:
    """Flag connections without any identity (hidden or closed members): no key, no name."""
    return connections["member_key"].isna() & connections["full_name"].isna()


def empty_frame(columns: dict[str, str]) -> pd.DataFrame:
    """Return an empty frame with the given columns and dtypes, in order."""
    return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in columns.items()})


def conform_out(df: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Select ``columns`` in order with their dtypes, fresh index."""
    out = df.reindex(columns=list(columns)).reset_index(drop=True)
    return out.astype(columns)


def add_rates(df: pd.DataFrame, name: str, numerator: str, denominator: str) -> pd.DataFrame:
    """:func:`networkkit._stats.add_rate` plus a ``small_sample`` flag (denominator < 30)."""
    add_rate(df, name, numerator, denominator)
    df["small_sample"] = df[denominator].to_numpy(dtype=float) < SMALL_SAMPLE
    return df


def _list_lengths(values: pd.Series) -> np.ndarray:
    arr = pa.array(values)
    return pc.fill_null(pc.list_value_length(arr), 0).to_numpy(zero_copy_only=False)


def _explode_keys(values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Parent row positions and the flattened keys of a list column."""
    arr = pa.array(values)
    parents = pc.list_parent_indices(arr).to_numpy(zero_copy_only=False)
    keys = pd.Series(pc.list_flatten(arr).to_pandas(), dtype="string")
    return parents, keys


def messages(ex: Export, *, keep_sponsored: bool = False) -> pd.DataFrame:
    """One-to-one messages with a ``contact_key`` and ``contact_name`` per row.

    Parameters
    ----------
    ex : Export
        The export.
    keep_sponsored : bool, default False
        Keep sponsored / anonymous ``LinkedIn Member`` conversations (flagged ``is_sponsored``).

    Returns
    -------
    pandas.DataFrame
        ``conversation_id, sent_at, direction, sender_key, sender_name, content, subject,
        conversation_title, contact_key, contact_name, is_sponsored``, sorted by conversation
        and time, with a fresh index.
    """
    m = ex.messages
    owner = ex.owner.member_key
    keep = (
        m["sent_at"].notna()
        & m["direction"].isin(["outgoing", "incoming"]).fillna(False).astype(bool)
        & m["conversation_id"].notna()
        & ~m["is_draft"].fillna(False).astype(bool)
    )
    m = m.loc[keep.to_numpy()].reset_index(drop=True)
    incoming = (m["direction"] == "incoming").to_numpy(dtype=bool)
    # other parties: senders of incoming messages, recipients (minus the owner) of any message
    n_recipients = np.maximum(
        _list_lengths(m["recipient_keys"]), _list_lengths(m["recipient_names"])
    )
    parents, rkeys = _explode_keys(m["recipient_keys"])
    # without the owner's key only outgoing recipients are surely others
    rkeys = rkeys.mask(rkeys == owner) if owner is not None else rkeys.mask(incoming[parents])
    parties = pd.DataFrame(
        {
            "conversation_id": np.concatenate(
                [
                    m["conversation_id"].to_numpy()[incoming],
                    m["conversation_id"].to_numpy()[parents],
                ]
            ),
            "key": pd.concat(
                [m["sender_key"][incoming].reset_index(drop=True), rkeys], ignore_index=True
            ),
        }
    ).dropna()
    if owner is not None:
        parties = parties[parties["key"] != owner]
    distinct = parties.drop_duplicates()
    n_parties = distinct.groupby("conversation_id").size()
    contact = distinct.groupby("conversation_id")["key"].first()
    # an incoming message's recipients include the owner: more than one means others too
    crowded = pd.Series(n_recipients > 1, index=m.index)
    group_conv = set(m.loc[crowded.to_numpy(), "conversation_id"]) | set(
        n_parties.index[n_parties > 1]
    )
    is_group = m["conversation_id"].isin(group_conv)
    title = m["conversation_title"].fillna("")
    anonymous = (
        (m["sender_name"] == ANONYMOUS_SENDER).fillna(False) & m["sender_key"].isna() & incoming
    )
    sponsored_conv = set(m.loc[(title == SPONSORED_TITLE) | anonymous, "conversation_id"])
    m["is_sponsored"] = m["conversation_id"].isin(sponsored_conv)
    m = m.loc[~is_group & (keep_sponsored | ~m["is_sponsored"])].copy()
    m["contact_key"] = m["conversation_id"].map(contact).astype("string")
    # a display name: the contact's connection name, else the name they wrote under / to
    first_recipient = pd.Series(_first_names(m["recipient_names"]), index=m.index, dtype="string")
    named = m["sender_name"].where(m["direction"] == "incoming", first_recipient)
    conv_name = named.groupby(m["conversation_id"]).first()
    names = ex.connections.dropna(subset=["member_key"]).drop_duplicates("member_key")
    by_key = names.set_index("member_key")["full_name"]
    m["contact_name"] = (
        m["contact_key"].map(by_key).astype("string").fillna(m["conversation_id"].map(conv_name))
    ).astype("string")
    m = m.sort_values(["conversation_id", "sent_at"], kind="stable").reset_index(drop=True)
    cols = [
        "conversation_id",
        "sent_at",
        "direction",
        "sender_key",
        "sender_name",
        "content",
        "subject",
        "conversation_title",
        "contact_key",
        "contact_name",
        "is_sponsored",
    ]
    return m[cols]


def _first_names(values: pd.Series) -> np.ndarray:
    lengths = _list_lengths(values)
    out = np.full(len(values), None, dtype=object)
    has = lengths > 0
    if has.any():
        flat = pc.list_flatten(pa.array(values)).to_numpy(zero_copy_only=False)
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        out[has] = flat[starts[has]]
    return out


def conversations(ex: Export, *, keep_sponsored: bool = False) -> pd.DataFrame:
    """One row per one-to-one conversation, with who started it and when it was answered.

    Returns
    -------
    pandas.DataFrame
        ``conversation_id, contact_key, contact_name, started_at, started_by`` (``"owner"`` /
        ``"contact"``), ``first_reply_at`` (first message from the other side after the first
        message, NaT if none), ``last_at``, ``n_outgoing``, ``n_incoming``, ``follow_ups``
        (further messages from the starter before any reply), ``follow_ups_14d`` (those sent
        within 14 days of the first), ``is_sponsored``.
    """
    m = messages(ex, keep_sponsored=keep_sponsored)
    return conversations_from(m)


def conversations_from(m: pd.DataFrame, *, window_days: float = 14) -> pd.DataFrame:
    """:func:`conversations` from already prepared :func:`messages`."""
    g = m.groupby("conversation_id", sort=False)
    first = g.head(1).set_index("conversation_id")
    starter = m["conversation_id"].map(first["direction"])
    start = m["conversation_id"].map(first["sent_at"])
    is_first = ~m["conversation_id"].duplicated()
    opposite = (m["direction"] != starter).to_numpy(dtype=bool)
    first_reply = m["sent_at"].where(opposite).groupby(m["conversation_id"], sort=False).min()
    reply_at = m["conversation_id"].map(first_reply)
    before_reply = reply_at.isna() | (m["sent_at"] < reply_at)
    follow = (~opposite) & ~is_first.to_numpy() & before_reply.to_numpy(dtype=bool)
    within = follow & (m["sent_at"] <= start + window_days * DAY).to_numpy(dtype=bool)
    out = pd.DataFrame(
        {
            "contact_key": first["contact_key"],
            "contact_name": first["contact_name"],
            "started_at": first["sent_at"],
            "started_by": np.where(first["direction"] == "outgoing", "owner", "contact"),
            "first_reply_at": first_reply,
            "last_at": g["sent_at"].max(),
            "n_outgoing": (m["direction"] == "outgoing").groupby(m["conversation_id"]).sum(),
            "n_incoming": (m["direction"] == "incoming").groupby(m["conversation_id"]).sum(),
            "follow_ups": pd.Series(follow).groupby(m["conversation_id"].to_numpy()).sum(),
            "follow_ups_14d": pd.Series(within).groupby(m["conversation_id"].to_numpy()).sum(),
            "is_sponsored": first["is_sponsored"],
        }
    )
    out.index.name = "conversation_id"
    out = out.reset_index()
    out["started_by"] = out["started_by"].astype("string")
    for c in ("n_outgoing", "n_incoming", "follow_ups", "follow_ups_14d"):
        out[c] = out[c].astype("int64")
    return out
