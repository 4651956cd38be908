"""from_messages: LinkedIn conversations the owner started, as outreach events."""

from __future__ import annotations

import pandas as pd
import pytest

import networkkit as nk
from networkkit.export import Export, Owner

OWNER = "sam-member-fictive"


def _msg(conv, who, at, to=None, subject=None, draft=False, direction="auto"):
    out = who == OWNER
    if direction == "auto":
        direction = "outgoing" if out else "incoming"
    return {
        "conversation_id": conv,
        "conversation_title": subject,
        "sender_name": "Sam Member" if out else who.title(),
        "sender_key": who,
        "recipient_keys": to if to is not None else [OWNER],
        "sent_at": at,
        "subject": subject,
        "content": "Hello there",
        "is_draft": draft,
        "direction": direction,
    }


ROWS = [
    # c1: InMail with a subject, one follow-up, then a reply, then more conversation
    _msg("c1", OWNER, "2025-02-03 09:00", ["ana-fictive"], subject="A role at Example Co"),
    _msg("c1", OWNER, "2025-02-06 09:00", ["ana-fictive"]),
    _msg("c1", "ana-fictive", "2025-02-07 12:00"),
    _msg("c1", OWNER, "2025-02-07 13:00", ["ana-fictive"]),
    _msg("c1", "ana-fictive", "2025-02-08 13:00"),
    # c2: someone else wrote first: not outreach
    _msg("c2", "bo-fictive", "2025-02-04 10:00"),
    _msg("c2", OWNER, "2025-02-04 11:00", ["bo-fictive"]),
    # c3: group chat started by the owner: excluded
    _msg("c3", OWNER, "2025-02-05 10:00", ["cy-fictive", "di-fictive"]),
    _msg("c3", "cy-fictive", "2025-02-05 11:00", [OWNER, "di-fictive"]),
    # c4: plain message, never answered, two follow-ups
    _msg("c4", OWNER, "2025-02-10 08:00", ["eve-fictive"]),
    _msg("c4", OWNER, "2025-02-14 08:00", ["eve-fictive"]),
    _msg("c4", OWNER, "2025-02-20 08:00", ["eve-fictive"]),
    # a draft in c5: not sent, so not a touch
    _msg("c5", OWNER, "2025-02-11 08:00", ["flo-fictive"], draft=True),
]


@pytest.fixture(scope="module")
def ex() -> Export:
    return Export.from_frames(messages=ROWS, owner=Owner(name="Sam Member", member_key=OWNER))


def test_events_of_owner_started_conversations(ex):
    ev = nk.outreach.from_messages(ex)
    assert list(ev.columns) == list(nk.outreach.EVENT_COLUMNS)
    assert set(ev["thread_id"]) == {"c1", "c4"}
    c1 = ev[ev["thread_id"] == "c1"]
    assert c1["event"].tolist() == ["sent", "sent", "replied"]
    assert c1["step"].tolist()[:2] == [1, 2]
    assert c1["at"].iloc[2] == pd.Timestamp("2025-02-07 12:00", tz="UTC")
    assert c1["positive"].isna().all()
    assert set(c1["channel"]) == {"inmail"}
    assert set(c1["recipient_key"]) == {"ana-fictive"}
    c4 = ev[ev["thread_id"] == "c4"]
    assert c4["step"].tolist() == [1, 2, 3] and set(c4["channel"]) == {"message"}
    assert ev.attrs["excluded"] == {
        "drafts": 1, "no_conversation": 0, "unknown_direction": 0, "group_chats": 1,
        "started_by_others": 1,
    }  # fmt: skip


def test_linkedin_funnel_shows_opens_as_not_tracked(ex):
    ev = nk.outreach.from_messages(ex)
    f = nk.outreach.funnel(ev, by="channel")
    assert f[["channel", "sent", "delivered", "replied"]].values.tolist() == [
        ["inmail", 1, 1, 1],
        ["message", 1, 1, 0],
    ]
    assert f["opened"].isna().all() and f["clicked"].isna().all()
    assert f["open_rate"].isna().all()
    assert f["positive"].isna().all()
    steps = nk.outreach.reply_by_step(ev)
    assert steps[["step", "received", "replied"]].values.tolist() == [
        [1, 2, 0], [2, 2, 1], [3, 1, 0],
    ]  # fmt: skip


def test_direction_from_the_owner_key_when_missing():
    rows = [dict(r, direction=None) for r in ROWS]
    ex = Export.from_frames(messages=rows, owner=Owner(name="Sam Member", member_key=OWNER))
    assert set(nk.outreach.from_messages(ex)["thread_id"]) == {"c1", "c4"}


def test_unknown_owner_is_an_event_log_error():
    rows = [dict(r, direction=None) for r in ROWS]
    with pytest.raises(nk.EventLogError, match="owner"):
        nk.outreach.from_messages(Export.from_frames(messages=rows))


def test_no_messages_gives_an_empty_log():
    ev = nk.outreach.from_messages(Export.from_frames())
    assert len(ev) == 0 and list(ev.columns) == list(nk.outreach.EVENT_COLUMNS)
    assert nk.outreach.funnel(ev)["sent"].tolist() == [0]
