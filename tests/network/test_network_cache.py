"""Measures follow an export edited in place (issue 18, item 10: no stale cached frames)."""

from __future__ import annotations

import pandas as pd

import networkkit as nk
from networkkit.export import Export, Owner

ME = "sam-member-fictive"


def _msg(conv, who, at, to):
    return {
        "conversation_id": conv,
        "sender_name": who,
        "sender_key": who,
        "recipient_keys": [to],
        "sent_at": at,
        "content": "Good to hear from you",
        "direction": "outgoing" if who == ME else "incoming",
    }


def _export() -> Export:
    rows = [
        _msg("c1", ME, "2025-03-01 09:00", "ana-fictive"),
        _msg("c1", "ana-fictive", "2025-03-02 09:00", ME),
        _msg("c2", ME, "2025-03-03 09:00", "bo-fictive"),
        _msg("c2", "bo-fictive", "2025-03-04 09:00", ME),
    ]
    connections = [
        {"member_key": "ana-fictive", "full_name": "Ana Fictive", "connected_on": "2024-01-01"},
        {"member_key": "bo-fictive", "full_name": "Bo Fictive", "connected_on": "2024-01-02"},
    ]
    return Export.from_frames(
        messages=rows, connections=connections, owner=Owner(name="Sam", member_key=ME)
    )


def test_reciprocity_follows_messages_dropped_in_place():
    ex = _export()
    before = nk.network.reciprocity(ex)
    # Bo's answer is dropped from the same frame object: the id-keyed cache kept it
    bo = ex.messages.index[ex.messages["sender_key"] == "bo-fictive"]
    ex.messages.drop(index=bo, inplace=True)
    after = nk.network.reciprocity(ex)
    assert not before.equals(after)
    fresh = nk.network.reciprocity(
        Export.from_frames(
            messages=ex.messages.copy(),
            connections=ex.connections.copy(),
            owner=ex.owner,
        )
    )
    pd.testing.assert_frame_equal(after, fresh)


def test_a_value_edited_in_place_is_seen_too():
    ex = _export()
    ex.as_of = pd.Timestamp("2025-03-31", tz="UTC")
    first = nk.network.response_latency(ex).set_index("who")
    assert first.loc["others_answer", "median_days"] == 1.0
    later = ex.messages["direction"] == "incoming"
    ex.messages.loc[later, "sent_at"] = pd.Timestamp("2025-03-10 09:00", tz="UTC")
    again = nk.network.response_latency(ex).set_index("who")
    assert again.loc["others_answer", "median_days"] > 1.0
