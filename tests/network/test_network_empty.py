"""Every measure copes with an empty export and with one without messages or invitations."""

import pandas as pd
import pytest

import networkkit.network as nn

MEASURES = {
    "growth": nn.growth,
    "companies": nn.companies,
    "met_in_person": nn.met_in_person,
    "met_in_person_summary": nn.met_in_person_summary,
    "invitations": nn.invitations,
    "reciprocity": nn.reciprocity,
    "initiative": nn.initiative,
    "unanswered": nn.unanswered,
    "unanswered_summary": nn.unanswered_summary,
    "response_latency": nn.response_latency,
    "follow_up_etiquette": nn.follow_up_etiquette,
    "freshness": nn.freshness,
    "freshness_summary": nn.freshness_summary,
    "response_latency_curve": nn.response_latency_curve,
    "keep_warm": nn.keep_warm,
    "inbound_offers": nn.inbound_offers,
    "offer_summary": nn.offer_summary,
    "waiting": nn.waiting,
    "pending_invitations": nn.pending_invitations,
    "next_actions": nn.next_actions,
    "headline": nn.headline,
    "profile_checklist": nn.profile_checklist,
}


@pytest.fixture(scope="module")
def columns(ex):
    """The columns each measure returns on the full fixture."""
    return {name: list(f(ex).columns) for name, f in MEASURES.items()}


@pytest.mark.parametrize("name", sorted(MEASURES))
@pytest.mark.parametrize("which", ["empty_ex", "connections_only"])
def test_same_columns_without_data(request, columns, name, which):
    data = request.getfixturevalue(which)
    out = MEASURES[name](data)
    assert isinstance(out, pd.DataFrame)
    assert list(out.columns) == columns[name]


def test_no_data_rows_are_honest(empty_ex, connections_only):
    # one "no data" row where a measure is a single summary: zero counts, NaN rates
    r = nn.reciprocity(empty_ex).iloc[0]
    assert r["connections"] == 0 and pd.isna(r["messaged_share"])
    i = nn.initiative(empty_ex)
    assert i["conversations"].tolist() == [0] and i["initiative"].isna().all()
    lat = nn.response_latency(connections_only)
    assert lat["conversations"].tolist() == [0, 0]
    assert lat["median_days"].isna().all()
    inv = nn.invitations(connections_only)
    assert inv["invitations"].sum() == 0 and len(inv) == 4
    s = nn.offer_summary(empty_ex)
    assert s["offers"].tolist() == [0, 0, 0]
    m = nn.met_in_person_summary(empty_ex)
    assert m["connections"].sum() == 0 and m["share"].isna().all()
    # lists are empty frames
    for f in (nn.growth, nn.unanswered, nn.keep_warm, nn.inbound_offers, nn.freshness):
        assert f(empty_ex).empty
    # connections without messages: everyone is "never" messaged, "unknown" met
    assert set(nn.freshness(connections_only)["status"]) == {"never"}
    assert set(nn.met_in_person(connections_only)["status"]) == {"unknown"}
    assert nn.reciprocity(connections_only)["messaged"].tolist() == [0]


def test_initiative_by_period_without_messages(connections_only):
    out = nn.initiative(connections_only, freq="M")
    assert out.empty
    assert "initiative" in out.columns


def test_waiting_on_the_hand_counted_export(ex):
    # c3: Ola wrote 2024-04-01 and was never answered (305.6 days before as_of); the two
    # templated InMails (c7, c8) need no answer; every other conversation ends with the member
    w = nn.waiting(ex)
    assert list(w["member_key"]) == ["ola-nordmann"]
    assert round(w["waiting_days"].iloc[0], 3) == round(
        (pd.Timestamp("2025-01-31", tz="UTC") - pd.Timestamp("2024-04-01 10:00", tz="UTC"))
        / pd.Timedelta(days=1),
        3,
    )
