"""Next actions on the hand-built export tests/fixtures/actions/export (see its README)."""

from pathlib import Path

import pandas as pd
import pytest

import networkkit as nk
import networkkit.network as nn

EXPORT = Path(__file__).parents[1] / "fixtures" / "actions" / "export"


@pytest.fixture(scope="module")
def ex():
    return nk.load_export(EXPORT)


def test_fixture_as_of(ex):
    assert ex.as_of == pd.Timestamp("2026-03-01 12:00", tz="UTC")


def test_waiting_points_at_people_waiting_for_the_member(ex):
    w = nn.waiting(ex)
    # Ava (19 d), Rita's personal recruiter message (14 d), Ben answered Sam's message (9 d);
    # Cleo's 2023 message is too old, Tom and Tia sent a template, Pia never answered Sam
    assert list(w["name"]) == ["Ava Archer", "Rita Reyes", "Ben Brook"]
    assert list(w["waiting_days"]) == [19.0, 14.0, 9.0]
    assert list(w["started_by"]) == ["contact", "contact", "owner"]
    assert w["offer"].tolist()[1] == "personal" and w["offer"].isna().sum() == 2
    assert "Cleo Crane" in set(nn.waiting(ex, within_days=2000)["name"])


def test_pending_invitations(ex):
    p = nn.pending_invitations(ex)
    # Kim Kale's invitation is now a connection; Sam's own outgoing invitation is not listed
    assert list(p["name"]) == ["Hana Hill", "Ivan Ivory", "Jon Jones"]
    assert list(p["has_note"]) == [True, True, False]
    assert p["met_evidence"].notna().tolist() == [True, False, False]


def test_next_actions_in_the_order_known_by_hand(ex):
    a = nn.next_actions(ex)
    assert list(zip(a["kind"], a["name"], strict=True)) == [
        ("reply", "Ava Archer"),
        ("reply", "Ben Brook"),
        ("answer_recruiter", "Rita Reyes"),
        ("accept_invitation", "Hana Hill"),
        ("accept_invitation", "Ivan Ivory"),
        ("reconnect", "Dana Dale"),
        ("reconnect", "Eli Eaton"),
        ("review_invitation", "Jon Jones"),
    ]
    assert list(a["rank"]) == list(range(1, 9))
    assert a["priority"].is_monotonic_decreasing
    assert list(a["conversation_id"].iloc[:3]) == ["2-YWN0YXZh", "2-YWN0YmVu", "2-YWN0cml0YQ=="]
    assert a["conversation_id"].iloc[3:].isna().all()
    assert list(a["days"]) == [19.0, 9.0, 14.0, 3.0, 9.0, 153.0, 42.0, 4.0]
    reasons = a.set_index("name")["reason"]
    assert (
        reasons["Ava Archer"] == "Wrote you a message 19 days ago and is waiting for your answer."
    )
    assert "uses your first name" in reasons["Rita Reyes"]
    assert "names your company" in reasons["Rita Reyes"]
    assert "even to decline" in reasons["Rita Reyes"]
    assert "met in person" in reasons["Hana Hill"]
    assert "personal note" in reasons["Ivan Ivory"]
    assert "without a note" in reasons["Jon Jones"]
    assert "every 30 days" in reasons["Dana Dale"] and "153 days" in reasons["Dana Dale"]
    # no codes in the reasons
    assert not a["reason"].str.contains(r"_|;").any()


def test_next_actions_never_lists_templates_and_is_capped(ex):
    a = nn.next_actions(ex)
    assert not {"Tom Temple", "Tia Temple", "Cleo Crane", "Gus Gray", "Fay Ford"} & set(a["name"])
    assert list(nn.next_actions(ex, top_n=3)["name"]) == ["Ava Archer", "Ben Brook", "Rita Reyes"]


def test_next_actions_on_an_empty_export():
    from networkkit.export import Export

    a = nn.next_actions(Export())
    assert a.empty and list(a.columns)[:3] == ["rank", "kind", "name"]
    assert nn.waiting(Export()).empty and nn.pending_invitations(Export()).empty


def test_headline_counted_by_hand(ex):
    h = nn.headline(ex).set_index("measure")
    assert list(h.index) == [
        "connections",
        "new_connections",
        "met_in_person",
        "waiting",
        "member_reply_rate",
        "others_reply_rate",
        "going_quiet",
    ]
    assert h.loc["connections", "value"] == 11
    assert (h.loc["new_connections", "numerator"], h.loc["new_connections", "denominator"]) == (
        3,
        11,
    )
    assert (h.loc["met_in_person", "numerator"], h.loc["met_in_person", "denominator"]) == (1, 11)
    assert h.loc["met_in_person", "value"] == pytest.approx(1 / 11)
    assert h.loc["met_in_person", "low"] < 1 / 11 < h.loc["met_in_person", "high"]
    assert h.loc["waiting", "value"] == 3
    assert (
        h.loc["member_reply_rate", "numerator"],
        h.loc["member_reply_rate", "denominator"],
    ) == (
        3,
        6,
    )
    assert (
        h.loc["others_reply_rate", "numerator"],
        h.loc["others_reply_rate", "denominator"],
    ) == (
        2,
        3,
    )
    assert h.loc["going_quiet", "value"] == 2
    assert h["low"].isna().sum() == 4  # counts carry no interval


def test_headline_with_an_annotation_confirms_a_meeting(ex):
    ann = pd.DataFrame({"member_key": ["ava-archer"], "met_in_person": ["yes"]})
    h = nn.headline(ex, annotations=ann).set_index("measure")
    assert h.loc["met_in_person", "numerator"] == 2
    assert h.loc["met_in_person", "note"].startswith("1 confirmed by you, 1 inferred")


def test_profile_checklist(ex):
    p = nn.profile_checklist(ex).set_index("item")
    assert list(p.index) == [
        "headline",
        "summary",
        "current_position",
        "skills",
        "recent_activity",
    ]
    assert p["ok"].to_dict() == {
        "headline": True,
        "summary": True,
        "current_position": True,
        "skills": False,
        "recent_activity": True,
    }
    assert p.loc["current_position", "detail"] == "Data Engineer at Example Co"
    assert p.loc["skills", "detail"] == "3 skills listed; add at least 2 more"
    assert "shares" in p.loc["recent_activity", "detail"]
    assert nn.profile_checklist(ex, min_skills=3).set_index("item").loc["skills", "ok"]


def test_profile_checklist_without_files():
    from networkkit.export import Export

    p = nn.profile_checklist(Export())
    assert not p["ok"].any() and len(p) == 5
    assert p.set_index("item").loc["recent_activity", "detail"] == "No activity in the export"


def test_next_actions_per_kind_keeps_room_for_other_kinds(ex):
    # with one action per kind the list names each kind once, in rank order
    a = nn.next_actions(ex, per_kind=1)
    assert list(a["kind"]) == list(nn._actions.KINDS)
    assert list(a["name"]) == ["Ava Archer", "Rita Reyes", "Hana Hill", "Dana Dale", "Jon Jones"]
