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

import hashlib
from typing import Any

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
    """Return ``ex.as_of`` (UTC), else the newest activity, else now (an empty export)."""
    if ex.as_of is not None:
        return pd.Timestamp(ex.as_of)
    latest = ex.latest_activity()
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


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values of an integer array (a sort, faster than ``np.unique``'s hash)."""
    a = np.sort(values, kind="stable")
    return a[np.r_[True, a[1:] != a[:-1]]] if len(a) else a


def ts_ints(values: pd.Series) -> np.ndarray:
    """Microseconds since the epoch of a UTC timestamp column (NaT → int64 minimum)."""
    return values.dt.as_unit("us").array.asi8


def ints_ts(values: np.ndarray) -> pd.Series:
    """Inverse of :func:`ts_ints` (int64 minimum → NaT)."""
    return pd.Series(pd.to_datetime(values, unit="us", utc=True)).dt.as_unit("us")


_NAT = np.iinfo(np.int64).min
_KEPT = (
    "conversation_id",
    "sent_at",
    "direction",
    "sender_key",
    "sender_name",
    "content",
    "subject",
    "conversation_title",
    "recipient_names",
)
_NEEDED = (*_KEPT, "recipient_keys", "is_draft")
_CACHE: dict[tuple, pd.DataFrame] = {}
#: Results kept: prepared messages (two forms), offers and met-in-person evidence, for a few
#: exports at a time (``compare_exports`` reads two).
_CACHE_SIZE = 16


def _digest(frame: pd.DataFrame, columns: tuple[str, ...]) -> str:
    """Return a digest of the values of ``columns``, row order included.

    Hashes the columns' Arrow buffers (offsets, values, validity) with their offset and
    length: a few hundred MB/s, no conversion to Python objects. Equal values in a different
    memory layout give another digest, which only costs a fresh preparation.
    """
    h = hashlib.blake2b(digest_size=16)
    h.update(str(len(frame)).encode())
    for name in columns:
        if name not in frame.columns:
            continue
        arr = pa.array(frame[name])
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks()
        _feed(h, arr)
    return h.hexdigest()


def _feed(h: Any, arr: pa.Array) -> None:
    h.update(f"{arr.type}|{arr.offset}|{len(arr)}".encode())
    for buf in arr.buffers():
        if buf is not None:
            h.update(memoryview(buf))


def _content_key(ex: Export) -> tuple:
    """Return what :func:`messages` depends on, by value (an edited export: a new key).

    The cache was keyed on ``id(ex)`` and the frames' identity, so that
    ``ex.messages.drop(..., inplace=True)`` (same objects, other rows) returned the old
    result; a digest of the values' buffers costs a few percent of preparing them again.
    """
    return (
        _digest(ex.messages, _NEEDED),
        _digest(ex.connections, ("member_key", "full_name")),
        repr(ex.owner),
    )


def _frame_digest(frame: pd.DataFrame, columns: tuple[str, ...]) -> str | None:
    """Return :func:`_digest` of ``columns``; None where a column has no Arrow form."""
    try:
        return _digest(frame, columns)
    except (pa.ArrowException, TypeError, ValueError):
        return None


def shared(
    ex: Export, name: str, reads: dict[str, tuple[str, ...]], options: tuple, compute: Any
) -> pd.DataFrame:
    """Compute a measure once per export content and options; later calls get a copy.

    A report asks for some measures several times (the offers feed the headline, the
    waiting list, the next actions and their own section; met-in-person evidence feeds the
    headline, the summary and the table). The result is kept in the cache of
    :func:`messages`, keyed on the same digest of the messages, connections and owner, a
    digest of the other tables the measure ``reads`` (table name → columns) and its
    ``options``: an export edited in place gets a fresh result. A table whose values have no
    Arrow form is not cached (computed each time).

    Parameters
    ----------
    ex : Export
        The export.
    name : str
        The measure's name, part of the key.
    reads : dict of str to tuple of str
        The export's tables (beyond messages) and the columns the measure reads.
    options : tuple
        The measure's options, hashable.
    compute : callable
        ``compute()`` returns the result (a DataFrame).

    Returns
    -------
    pandas.DataFrame
        A copy of the kept result (a caller may change it freely).
    """
    parts = []
    for table, columns in reads.items():
        digest = _frame_digest(getattr(ex, table), columns)
        if digest is None:
            return compute()
        parts.append((table, digest))
    key = (name, _content_key(ex), tuple(parts), options)
    hit = _CACHE.get(key)
    if hit is None:
        hit = compute()
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = hit
    return hit.copy()


def messages(ex: Export, *, keep_sponsored: bool = False) -> pd.DataFrame:
    """One-to-one messages with a ``contact_key`` and ``contact_name`` per row.

    The result is cached on the content of the export's ``messages``, ``connections`` and
    owner (a digest of their values, not the objects' identity), so that a report computing
    ten measures prepares the messages once, and an export edited in place is prepared again.

    Parameters
    ----------
    ex : Export
        The export.
    keep_sponsored : bool, default False
        Keep sponsored / anonymous ``LinkedIn Member`` conversations (flagged ``is_sponsored``).

    Returns
    -------
    pandas.DataFrame
        ``conversation_id``; ``conv`` (an integer code per conversation, increasing along
        the rows); ``contact`` (an integer code per contact key, -1 where unknown);
        ``sent_at, direction, sender_key, sender_name, content, subject, conversation_title,
        contact_key, contact_name, is_sponsored``; sorted by conversation and time, with a
        fresh index. Treat it as read-only.
    """
    return _messages(ex, _content_key(ex), keep_sponsored)


def _messages(ex: Export, content: tuple, keep_sponsored: bool) -> pd.DataFrame:
    key = (content, keep_sponsored)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    if keep_sponsored:
        result = _prepare(ex)
    else:
        full = _messages(ex, content, True)
        result = full[~full["is_sponsored"].to_numpy()].reset_index(drop=True)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = result
    return result


def _prepare(ex: Export) -> pd.DataFrame:
    m = ex.messages[list(_NEEDED)]  # not content_html, attachments, folder: less to copy
    owner = ex.owner.member_key
    keep = (
        m["sent_at"].notna().to_numpy(dtype=bool)
        & m["direction"].isin(["outgoing", "incoming"]).to_numpy(dtype=bool)
        & m["conversation_id"].notna().to_numpy(dtype=bool)
        & ~m["is_draft"].fillna(False).to_numpy(dtype=bool)
    )
    m = m.reset_index(drop=True) if keep.all() else m.loc[keep].reset_index(drop=True)
    cid, conv_ids = pd.factorize(m["conversation_id"])
    n_conv = len(conv_ids)
    incoming = (m["direction"] == "incoming").to_numpy(dtype=bool)
    # other parties: senders of incoming messages, recipients (minus the owner) of any message
    n_recipients = np.maximum(
        _list_lengths(m["recipient_keys"]), _list_lengths(m["recipient_names"])
    )
    parents, rkeys = _explode_keys(m["recipient_keys"])
    if owner is None:  # without the owner's key only outgoing recipients are surely others
        rkeys = rkeys.mask(incoming[parents])
    party_conv = np.concatenate([cid[incoming], cid[parents]])
    party_key = pd.Series(
        np.concatenate(
            [
                m["sender_key"].to_numpy(dtype=object, na_value=None)[incoming],
                rkeys.to_numpy(dtype=object, na_value=None),
            ]
        ),
        dtype="string",
    )
    kcode, key_ids = pd.factorize(party_key)
    key_ids = pd.Index(key_ids)
    ok = kcode >= 0
    if owner is not None:
        owner_code = key_ids.get_indexer([owner])[0]
        ok &= kcode != owner_code
    pairs = sorted_unique(party_conv[ok].astype(np.int64) * (len(key_ids) + 1) + kcode[ok])
    pair_conv = pairs // (len(key_ids) + 1)
    pair_key = pairs % (len(key_ids) + 1)
    n_parties = np.bincount(pair_conv, minlength=n_conv)
    contact = np.full(n_conv, -1, dtype=np.int64)
    contact[pair_conv[::-1]] = pair_key[::-1]  # the smallest key code per conversation
    # an incoming message's recipients include the owner: more than one means others too
    crowded = np.bincount(cid, weights=n_recipients > 1, minlength=n_conv) > 0
    is_group = crowded | (n_parties > 1)
    anonymous = (
        (m["sender_name"] == ANONYMOUS_SENDER).fillna(False).to_numpy(dtype=bool)
        & m["sender_key"].isna().to_numpy(dtype=bool)
        & incoming
    )
    titled = (m["conversation_title"] == SPONSORED_TITLE).fillna(False).to_numpy(dtype=bool)
    sponsored = np.bincount(cid, weights=titled | anonymous, minlength=n_conv) > 0
    rows = ~is_group[cid]
    order = np.flatnonzero(rows)
    t = ts_ints(m["sent_at"])
    order = order[np.lexsort((t[order], cid[order]))]
    m = m[list(_KEPT)].take(order).reset_index(drop=True)
    cid = cid[order]
    # renumber conversations 0, 1, … along the sorted rows
    conv = np.cumsum(np.r_[True, cid[1:] != cid[:-1]]) - 1 if len(cid) else cid
    conv_contact = contact[cid]
    # (no keys at all, as in 2018 exports: every contact key is missing, never an error)
    key_values = np.append(np.asarray(key_ids, dtype=object), None)
    contact_key = pd.Series(
        key_values[np.where(conv_contact >= 0, conv_contact, len(key_ids))], dtype="string"
    )
    # a display name: the contact's connection name, else the name they wrote under / to
    first_recipient = _first_names(m["recipient_names"])
    named = np.where(
        (m["direction"] == "incoming").to_numpy(dtype=bool),
        m["sender_name"].astype(object).to_numpy(),
        first_recipient,
    )
    named = pd.Series(named, dtype=object).where(pd.notna(named), None)
    has_name = named.notna().to_numpy()
    first_named = pd.Series(named[has_name].to_numpy(), index=conv[has_name])
    first_named = first_named[~first_named.index.duplicated()]
    fallback = pd.Series(first_named.reindex(np.arange(conv.max() + 1 if len(conv) else 0)))
    names = ex.connections.dropna(subset=["member_key"]).drop_duplicates("member_key")
    by_key = pd.Series(names["full_name"].to_numpy(), index=names["member_key"].to_numpy())
    uniq_keys = pd.unique(contact_key.dropna())
    from_conn = by_key.reindex(uniq_keys)
    contact_name = contact_key.map(from_conn).astype(object)
    contact_name = contact_name.where(
        contact_name.notna(), fallback.to_numpy(dtype=object)[conv] if len(conv) else None
    )
    out = pd.DataFrame(
        {
            "conversation_id": m["conversation_id"],
            "conv": conv.astype(np.int64),
            "sent_at": m["sent_at"],
            "direction": m["direction"],
            "sender_key": m["sender_key"],
            "sender_name": m["sender_name"],
            "content": m["content"],
            "subject": m["subject"],
            "conversation_title": m["conversation_title"],
            "contact": conv_contact,
            "contact_key": contact_key,
            "contact_name": pd.Series(contact_name, dtype="string"),
            "is_sponsored": sponsored[cid],
        }
    )
    return out


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
    """:func:`conversations` from already prepared :func:`messages` (vectorised per group)."""
    cols = {
        "conversation_id": "string",
        "contact_key": "string",
        "contact_name": "string",
        "started_at": "datetime64[us, UTC]",
        "started_by": "string",
        "first_reply_at": "datetime64[us, UTC]",
        "last_at": "datetime64[us, UTC]",
        "n_outgoing": "int64",
        "n_incoming": "int64",
        "follow_ups": "int64",
        "follow_ups_14d": "int64",
        "is_sponsored": "bool",
    }
    if m.empty:
        return empty_frame(cols)
    conv = m["conv"].to_numpy()
    is_first = np.r_[True, conv[1:] != conv[:-1]]
    starts = np.flatnonzero(is_first)
    group = np.cumsum(is_first) - 1
    t = ts_ints(m["sent_at"])
    outgoing = (m["direction"] == "outgoing").to_numpy(dtype=bool)
    starter_out = outgoing[starts][group]
    opposite = outgoing != starter_out
    big = np.iinfo(np.int64).max
    first_reply = np.minimum.reduceat(np.where(opposite, t, big), starts)
    reply_row = first_reply[group]
    follow = ~opposite & ~is_first & (t < reply_row)
    window = int(window_days * 86_400_000_000)
    within = follow & (t <= t[starts][group] + window)
    out = pd.DataFrame(
        {
            "conversation_id": m["conversation_id"].take(starts).reset_index(drop=True),
            "contact_key": m["contact_key"].take(starts).reset_index(drop=True),
            "contact_name": m["contact_name"].take(starts).reset_index(drop=True),
            "started_at": ints_ts(t[starts]),
            "started_by": np.where(outgoing[starts], "owner", "contact"),
            "first_reply_at": ints_ts(np.where(first_reply == big, _NAT, first_reply)),
            "last_at": ints_ts(np.maximum.reduceat(t, starts)),
            "n_outgoing": np.add.reduceat(outgoing.astype(np.int64), starts),
            "n_incoming": np.add.reduceat((~outgoing).astype(np.int64), starts),
            "follow_ups": np.add.reduceat(follow.astype(np.int64), starts),
            "follow_ups_14d": np.add.reduceat(within.astype(np.int64), starts),
            "is_sponsored": m["is_sponsored"].to_numpy(dtype=bool)[starts],
        }
    )
    return conform_out(out, cols)
