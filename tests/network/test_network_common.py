"""The shared message preparation: what counts as a one-to-one conversation, and the cache."""

import dataclasses

import networkkit.network as nn
from networkkit.export import Export, Owner
from networkkit.network import _common


def _m(cid, sender, recipients, at, direction, **kw):
    return dict(
        conversation_id=cid,
        sender_key=sender,
        sender_name=sender,
        recipient_keys=recipients,
        recipient_names=recipients,
        sent_at=at,
        direction=direction,
        content="hello",
        **kw,
    )


def test_one_to_one_only(ex):
    m = _common.messages(ex)
    # c6 sponsored, c9 group, c10 draft are out; 8 conversations stay
    assert sorted(m["conversation_id"].unique()) == sorted(
        ["2-c1", "2-c2", "2-c3", "2-c4", "2-c5", "2-c7", "2-c8", "2-c11"]
    )
    kept = _common.messages(ex, keep_sponsored=True)
    assert "2-c6" in set(kept["conversation_id"])
    assert kept.loc[kept["conversation_id"] == "2-c6", "is_sponsored"].all()
    # rows sorted by conversation then time
    assert (m.groupby("conv")["sent_at"].apply(lambda s: s.is_monotonic_increasing)).all()


def test_group_chat_without_owner_key():
    # the owner is unknown: only outgoing recipients are surely others; a conversation
    # whose outgoing message has two recipients is a group chat
    msgs = [
        _m("a", "x", ["me"], "2024-01-01 00:00:00", "incoming"),
        _m("a", "me", ["x"], "2024-01-02 00:00:00", "outgoing"),
        _m("g", "me", ["x", "y"], "2024-01-03 00:00:00", "outgoing"),
    ]
    ex = Export.from_frames(owner=Owner(), as_of="2024-02-01", messages=msgs)
    assert set(_common.messages(ex)["conversation_id"]) == {"a"}
    assert nn.initiative(ex)["conversations"].tolist() == [1]


def test_cache_follows_the_export():
    msgs = [_m("a", "x", ["me"], "2024-01-01 00:00:00", "incoming")]
    owner = Owner(name="Me", member_key="me")
    ex = Export.from_frames(owner=owner, as_of="2024-02-01", messages=msgs)
    assert nn.initiative(ex)["owner_started"].tolist() == [0]
    # replacing the table is seen (the cache is keyed on the frame objects)
    ex.messages = Export.from_frames(
        messages=[_m("b", "me", ["x"], "2024-01-01 00:00:00", "outgoing")]
    ).messages
    assert nn.initiative(ex)["owner_started"].tolist() == [1]
    other = dataclasses.replace(ex, owner=Owner(name="X", member_key="x"))
    assert _common.messages(other) is not _common.messages(ex)
