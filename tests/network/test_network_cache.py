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


def _offer_export() -> Export:
    rows = [
        _msg("c1", "rita-fictive", "2025-03-01 09:00", ME),
        _msg("c1", ME, "2025-03-02 09:00", "rita-fictive"),
        _msg("c2", "bo-fictive", "2025-03-03 09:00", ME),
    ]
    connections = [
        {
            "member_key": "rita-fictive",
            "full_name": "Rita Fictive",
            "position": "Technical Recruiter",
            "connected_on": "2024-01-01",
        },
        {
            "member_key": "bo-fictive",
            "full_name": "Bo Fictive",
            "position": "Engineer",
            "connected_on": "2024-01-02",
        },
    ]
    return Export.from_frames(
        messages=rows, connections=connections, owner=Owner(name="Sam", member_key=ME)
    )


def test_offers_are_shared_as_copies_and_follow_an_edited_position():
    ex = _offer_export()
    first = nk.network.inbound_offers(ex)
    assert first["sender_key"].tolist() == ["rita-fictive"]
    assert first["signals"].iloc[0].startswith("recruiter_title")
    # a caller changing its result does not change what the next caller gets
    first.loc[:, "personal"] = ~first["personal"]
    again = nk.network.inbound_offers(ex)
    assert (again["personal"] != first["personal"]).all()
    # the sender's position edited in place: no recruiter any more, no offer
    ex.connections.loc[ex.connections["member_key"] == "rita-fictive", "position"] = "Engineer"
    assert nk.network.inbound_offers(ex).empty


def test_met_evidence_follows_an_invitation_note_edited_in_place():
    ex = Export.from_frames(
        messages=[_msg("c1", ME, "2025-03-01 09:00", "ana-fictive")],
        connections=[
            {"member_key": "ana-fictive", "full_name": "Ana Fictive", "connected_on": "2024-01-01"}
        ],
        invitations=[
            {
                "sender_name": "Ana Fictive",
                "recipient_name": "Sam",
                "sent_at": "2023-12-30 10:00",
                "message": "Hello Sam",
                "direction": "incoming",
                "inviter_key": "ana-fictive",
                "invitee_key": ME,
            }
        ],
        owner=Owner(name="Sam", member_key=ME),
    )
    before = nk.network.met_in_person(ex).set_index("member_key")
    assert before.loc["ana-fictive", "status"] == "unknown"
    ex.invitations.loc[0, "message"] = "Great meeting you at the conference yesterday!"
    after = nk.network.met_in_person(ex).set_index("member_key")
    assert after.loc["ana-fictive", "status"] == "inferred"
    assert "meeting you at the conference" in after.loc["ana-fictive", "evidence"]
