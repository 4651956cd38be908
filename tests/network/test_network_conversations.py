import numpy as np
import pandas as pd

import networkkit.network as nn


def test_reciprocity(ex):
    r = nn.reciprocity(ex).iloc[0]
    # 8 connections, 1 hidden, 7 keyed; messaged one-to-one: Dana, Kai, Ola, Pat, Lena, Yuki
    # (Marco only has a draft); both ways: Dana, Kai, Yuki
    assert (r["connections"], r["hidden"], r["with_key"]) == (8, 1, 7)
    assert r["messaged"] == 6
    assert r["two_way"] == 3
    assert r["messaged_share"] == 6 / 7
    assert r["two_way_share"] == 3 / 7
    assert r["small_sample"]


def test_initiative(ex):
    i = nn.initiative(ex)
    # one-to-one conversations: c1 c2 c3 c4 c5 c7 c8 c11 = 8 (group c9, draft c10, sponsored
    # c6 left out); the owner started c1, c4, c5
    assert i["period"].tolist() == ["all"]
    assert i[["conversations", "owner_started"]].iloc[0].tolist() == [8, 3]
    assert i["initiative"].iloc[0] == 3 / 8


def test_initiative_by_year(ex):
    i = nn.initiative(ex, freq="Y")
    # 2024: 7 conversations, owner 2 (c1, c4); 2025: c5 by the owner
    assert i["period"].tolist() == ["2024", "2025"]
    assert i["conversations"].tolist() == [7, 1]
    assert i["owner_started"].tolist() == [2, 1]


def test_unanswered(ex):
    u = nn.unanswered(ex)
    # c4 only: c1 was answered, c5 is 6 days old
    assert u["conversation_id"].tolist() == ["2-c4"]
    row = u.iloc[0]
    assert row["member_key"] == "pat-kim"
    assert row["name"] == "Pat Kim"
    assert row["follow_ups"] == 4
    assert row["age_days"] == 243.625  # 2024-06-01 09:00 → 2025-01-31 00:00
    assert row["last_sent_at"] == pd.Timestamp("2024-06-09 09:00", tz="UTC")
    # with a 5-day window c5 (6 days old) counts too
    assert nn.unanswered(ex, min_age_days=5)["conversation_id"].tolist() == ["2-c5", "2-c4"]


def test_unanswered_summary(ex):
    s = nn.unanswered_summary(ex).iloc[0]
    assert (s["started"], s["unanswered"], s["too_recent"]) == (2, 1, 1)
    assert s["unanswered_share"] == 0.5


def test_response_latency_kaplan_meier(ex):
    r = nn.response_latency(ex).set_index("who")
    # the owner answers: c2 (2 days), c11 (3 hours) of 5 started by others (c3, c7, c8
    # never): KM survival 4/5 after 0.125 d, 3/5 after 2 d → median not reached
    own = r.loc["owner_answers"]
    assert (own["conversations"], own["answered"]) == (5, 2)
    assert np.isnan(own["median_days"])
    assert np.isclose(own["share_by_1d"], 0.2)
    assert np.isclose(own["share_by_3d"], 0.4)
    assert np.isclose(own["share_by_30d"], 0.4)
    # others answer the owner: c1 after 1 day; c4, c5 never (censored at as_of)
    oth = r.loc["others_answer"]
    assert (oth["conversations"], oth["answered"]) == (3, 1)
    assert np.isclose(oth["share_by_1d"], 1 / 3)
    assert np.isclose(oth["share_by_7d"], 1 / 3)


def test_response_latency_median_when_most_answer():
    from networkkit.export import Export, Owner

    owner = Owner(name="Sam Member", member_key="sam")

    def pair(cid, key, start, reply):
        rows = [
            dict(
                conversation_id=cid,
                sender_key=key,
                sender_name=key,
                recipient_keys=["sam"],
                recipient_names=["Sam Member"],
                sent_at=start,
                direction="incoming",
                content="hi",
            )
        ]
        if reply:
            rows.append(
                dict(
                    conversation_id=cid,
                    sender_key="sam",
                    sender_name="Sam Member",
                    recipient_keys=[key],
                    recipient_names=[key],
                    sent_at=reply,
                    direction="outgoing",
                    content="hello",
                )
            )
        return rows

    msgs = (
        pair("a", "p1", "2024-01-01 00:00:00", "2024-01-02 00:00:00")  # 1 day
        + pair("b", "p2", "2024-01-01 00:00:00", "2024-01-04 00:00:00")  # 3 days
        + pair("c", "p3", "2024-01-01 00:00:00", "2024-01-06 00:00:00")  # 5 days
        + pair("d", "p4", "2024-01-01 00:00:00", None)  # never, censored at 30 days
    )
    ex = Export.from_frames(owner=owner, as_of="2024-01-31", messages=msgs)
    r = nn.response_latency(ex, at=(2, 10)).set_index("who").loc["owner_answers"]
    # KM: S = 3/4 after 1 d, 2/4 after 3 d → median 3 days
    assert r["median_days"] == 3.0
    assert r["share_by_2d"] == 0.25
    assert r["share_by_10d"] == 0.75


def test_follow_up_etiquette(ex):
    f = nn.follow_up_etiquette(ex)
    # the owner's threads c1 (answered before any follow-up), c4 (4 follow-ups in 8 days),
    # c5 (none)
    assert f["conversation_id"].tolist() == ["2-c1", "2-c4", "2-c5"]
    assert f["follow_ups_in_window"].tolist() == [0, 4, 0]
    assert f["flagged"].tolist() == [False, True, False]
    assert f["replied"].tolist() == [True, False, False]
    # with a 5-day window only the follow-ups of 06-03 and 06-05 count: 2 ≤ 3
    assert not nn.follow_up_etiquette(ex, window_days=5)["flagged"].any()


def test_response_latency_curve(ex):
    c = nn.response_latency_curve(ex)
    own = c[c["who"] == "owner_answers"]
    # steps at 3 hours (1 of 5) and 2 days (2 of 5), then flat through the censored ones
    assert np.isclose(own["days"].iloc[0], 0.125)
    assert np.allclose(own["share"].iloc[:2], [0.2, 0.4])
    assert (own["share_low"] <= own["share"]).all() and (own["share"] <= own["share_high"]).all()
    assert set(c["who"]) == {"owner_answers", "others_answer"}
