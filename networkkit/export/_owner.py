"""Who made the export: the owner inferred from evidence that agrees, and how sure that is.

Evidence, each read on its own:

- ``Profile.csv``: the member's name;
- messages: the party (by name, and by key where URLs exist) present in most conversations —
  the owner takes part in every one. ``LinkedIn Member`` is never a name: when it is the
  party of most conversations and no named party is, the member appears under that label and
  their messages are the ``LinkedIn Member`` ones outside sponsored conversations;
- the 2018 ``Direction`` column: the sender of ``OUTGOING`` messages;
- invitations: the sender of outgoing and the recipient of incoming invitations.

The owner is the profile's name when there is one, else the first other source's. Confidence
is ``high`` when two or more sources agree and none disagrees, ``medium`` with one source,
``low`` when sources disagree or the member is only ``LinkedIn Member``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from networkkit.export._keys import STR, member_key, whole
from networkkit.export._model import Owner

__all__ = ["ANONYMOUS", "OwnerGuess", "infer_owner"]

ANONYMOUS = "LinkedIn Member"
SPONSORED = "Sponsored Conversation"
#: A party present in at least this share of conversations is taken to be the owner.
MOST = 0.5


@dataclass
class OwnerGuess:
    """The owner, the evidence for it, and what the loader must know to give directions."""

    owner: Owner
    sources: list[str] = field(default_factory=list)
    confidence: str = "none"
    notes: list[str] = field(default_factory=list)
    #: the member appears as ``LinkedIn Member`` in their own messages
    anonymous: bool = False


def _mode(values: pa.Array) -> Any:
    values = whole(values).drop_null()
    if len(values) == 0:
        return None
    counts = pc.value_counts(values)
    vals = counts.field("values").to_pylist()
    cnts = counts.field("counts").to_pylist()
    best = max(cnts)
    return min(v for v, c in zip(vals, cnts, strict=True) if c == best)


def _true(mask: pa.Array) -> pa.Array:
    return pc.fill_null(mask, False)


def _codes(arr: pa.Array) -> tuple[np.ndarray, pa.Array]:
    """Integer code per row (-1 where null) and the distinct values, by one hash pass."""
    encoded = whole(arr).cast(STR).dictionary_encode()
    codes = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)
    return codes.astype(np.int64), encoded.dictionary


def _coverage(msg: dict[str, pa.Array], single: str, listed: str) -> dict[Any, float]:
    """Share of conversations each party (sender or listed recipient) takes part in.

    Parties and conversations are coded as integers once; distinct (conversation, party)
    pairs are counted with numpy, so a million messages cost a sort of a few million ints.
    """
    conv, _ = _codes(msg["conversation_id"])
    lists = whole(msg[listed])
    parents = pc.list_parent_indices(lists).to_numpy(zero_copy_only=False)
    party, values = _codes(
        pa.concat_arrays([whole(msg[single]).cast(STR), pc.list_flatten(lists).cast(STR)])
    )
    conv_all = np.concatenate([conv, conv[parents]])
    ok = (conv_all >= 0) & (party >= 0)
    n_conv = int(np.count_nonzero(np.bincount(conv_all[ok]))) if ok.any() else 0
    if not n_conv or not len(values):
        return {}
    pairs = np.sort(conv_all[ok] * len(values) + party[ok])
    # distinct pairs by one sort (numpy 2's hashing np.unique took 0.9 s on 1M messages)
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
    counts = np.bincount(pairs % len(values), minlength=len(values))
    names = values.to_pylist()
    return {names[i]: counts[i] / n_conv for i in np.flatnonzero(counts)}


def _top(cover: dict[Any, float], *, skip: str | None = None) -> tuple[Any, float]:
    best, share = None, 0.0
    for value, s in sorted(cover.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        if value != skip:
            best, share = value, s
            break
    return best, share


def key_for_name(name: str, tables: dict[str, dict[str, pa.Array]]) -> str | None:
    """Find a member's key from rows where the named person is the sender or invitee."""
    inv = tables.get("invitations")
    if inv is not None and len(inv["sender_name"]):
        is_out = _true(pc.equal(inv["direction"], "outgoing"))
        named = _true(pc.equal(inv["sender_name"], name))
        key = _mode(inv["inviter_key"].filter(pc.and_(is_out, named)))
        if key:
            return key
        is_in = _true(pc.equal(inv["direction"], "incoming"))
        named = _true(pc.equal(inv["recipient_name"], name))
        key = _mode(inv["invitee_key"].filter(pc.and_(is_in, named)))
        if key:
            return key
    msg = tables.get("messages")
    if msg is not None and len(msg["sender_name"]):
        named = _true(pc.equal(msg["sender_name"], name))
        key = _mode(msg["sender_key"].filter(named))
        if key:
            return key
    return None


def name_for_key(key: str, tables: dict[str, dict[str, pa.Array]]) -> str | None:
    """Find a member's display name from rows sent under their key."""
    msg = tables.get("messages")
    if msg is not None:
        name = _mode(msg["sender_name"].filter(_true(pc.equal(msg["sender_key"], key))))
        if name and name != ANONYMOUS:
            return name
    inv = tables.get("invitations")
    if inv is not None:
        name = _mode(inv["sender_name"].filter(_true(pc.equal(inv["inviter_key"], key))))
        if name and name != ANONYMOUS:
            return name
    return None


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold().strip() == b.casefold().strip()


class _Whole(Mapping):
    """A table's columns, each made one array (:func:`whole`) when first read.

    Only the few columns the evidence reads: combining every column of a million messages
    (their contents too) copied hundreds of MiB at the load's peak.
    """

    def __init__(self, columns: Mapping[str, pa.Array | pa.ChunkedArray]) -> None:
        self._columns = columns
        self._whole: dict[str, pa.Array] = {}

    def __getitem__(self, name: str) -> pa.Array:
        if name not in self._whole:
            self._whole[name] = whole(self._columns[name])
        return self._whole[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)


def infer_owner(given: str | None, tables: dict[str, dict[str, pa.Array]]) -> OwnerGuess:
    """Infer the owner of an export from its (pyarrow) tables; see the module's docstring."""
    read = {"profile", "messages", "invitations"}
    tables = {t: _Whole(cols) for t, cols in tables.items() if t in read}
    if given is not None and str(given).strip():
        given = str(given).strip()
        if "/" in given or "linkedin." in given.lower():
            key = member_key(given)
            owner = Owner(name=name_for_key(key, tables), member_key=key, source="given")
        else:
            owner = Owner(name=given, member_key=key_for_name(given, tables), source="given")
        return OwnerGuess(owner, ["given"], "given")

    names: dict[str, str | None] = {}
    prof = tables.get("profile")
    if prof is not None and len(prof["full_name"]) and prof["full_name"][0].is_valid:
        names["Profile.csv"] = prof["full_name"][0].as_py()
    msg = tables.get("messages")
    anon_share = named_share = 0.0
    msg_key, key_share = None, 0.0
    if msg is not None and len(msg["sender_name"]):
        cover = _coverage(msg, "sender_name", "recipient_names")
        name, share = _top(cover, skip=ANONYMOUS)
        anon_share, named_share = cover.get(ANONYMOUS, 0.0), share
        if name is not None and share >= MOST:
            names["messages"] = name
        keys = _coverage(msg, "sender_key", "recipient_keys")
        msg_key, key_share = _top(keys)
        d18 = msg["direction_2018"]
        if d18.null_count < len(d18):
            out = _true(pc.equal(pc.utf8_lower(d18), "outgoing"))
            name18 = _mode(msg["sender_name"].filter(out))
            if name18 and name18 != ANONYMOUS:
                names["Direction column"] = name18
    inv = tables.get("invitations")
    if inv is not None and len(inv["sender_name"]):
        is_out = _true(pc.equal(inv["direction"], "outgoing"))
        is_in = _true(pc.equal(inv["direction"], "incoming"))
        both = pa.concat_arrays(
            [whole(inv["sender_name"]).filter(is_out), whole(inv["recipient_name"]).filter(is_in)]
        )
        both = both.filter(_true(pc.not_equal(both, ANONYMOUS)))
        inv_name = _mode(both)
        if inv_name:
            names["invitations"] = inv_name

    picked = next((v for v in names.values() if v), None)
    agree = [src for src, v in names.items() if _same(v, picked)]
    disagree = [src for src, v in names.items() if v and not _same(v, picked)]
    key = key_for_name(picked, tables) if picked else None
    if key is None and msg_key is not None and key_share >= MOST:
        key = msg_key
        if picked is None:
            picked = name_for_key(key, tables)
        agree.append("message URLs")
    elif key is not None and msg_key is not None and key_share >= MOST and key != msg_key:
        disagree.append("message URLs")
    elif key is not None and key == msg_key and key_share >= MOST:
        agree.append("message URLs")
    # the label is the member's only when it shares most conversations with named people
    anonymous = "messages" not in names and anon_share >= MOST and named_share > 0
    notes: list[str] = []
    if anonymous:
        agree.append("messages as 'LinkedIn Member'")
        notes.append(
            "The member appears as 'LinkedIn Member' in most conversations, so messages from "
            "'LinkedIn Member' outside sponsored conversations are taken as theirs."
        )
    if picked is None and key is None and not anonymous:
        has_messages = msg is not None and len(msg["sender_name"]) > 0
        said = "The owner cannot be told from this export, so messages have no direction."
        return OwnerGuess(Owner(), [], "none", [said] if has_messages else [])
    if disagree:
        confidence = "low"
        notes.append(
            "The owner is uncertain: "
            + ", ".join(agree)
            + " point to one member and "
            + ", ".join(disagree)
            + " to another."
        )
    elif anonymous:
        confidence = "low"
    else:
        confidence = "high" if len(agree) >= 2 else "medium"
    first = agree[0] if agree else "messages"
    source = {"Profile.csv": "profile", "invitations": "invitations"}.get(first, "messages")
    return OwnerGuess(
        Owner(name=picked, member_key=key, source=source), agree, confidence, notes, anonymous
    )
