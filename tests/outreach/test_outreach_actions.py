"""Outreach next actions on tests/fixtures/actions/outreach.csv (see its README)."""

from pathlib import Path

import numpy as np
import pandas as pd
import polars as pl
import pytest

import networkkit as nk

LOG = Path(__file__).parents[1] / "fixtures" / "actions" / "outreach.csv"


@pytest.fixture(scope="module")
def ev():
    return nk.outreach.read_events(LOG)


def test_follow_up_status_known_by_hand(ev):
    s = nk.outreach.follow_up_status(ev).set_index("thread_id")
    want = {
        "f1": "due",  # first touch 10 days ago, no follow-up yet
        "f2": "due",  # 1 follow-up, last touch 7 days ago
        "f3": "wait",  # first touch 2 days ago: under the 3-day gap
        "f4": "stop",  # 3 follow-ups: the budget is spent
        "f5": "stop",  # 19 days since the first touch, touched 12 days ago
        "f6": "stop",  # 4 follow-ups
        "f7": "replied",
        "f8": "due",  # 1 follow-up (by LinkedIn), last touch 5 days ago
        "f9": "bounced",
        "f10": "wait",  # sent at as_of
    }
    assert s.loc[list(want), "status"].to_dict() == want
    # the May threads are over: closed (no reply) or replied, never "stop"
    bulk = s[s.index.str.match(r"^[ab]\d")]
    assert set(bulk["status"]) == {"closed", "replied"}
    assert s.loc["f6", "follow_ups"] == 4 and s.loc["f5", "days_since_first"] == 19.0


def test_next_actions_in_the_order_known_by_hand(ev):
    a = nk.outreach.next_actions(ev)
    assert list(zip(a["kind"], a["thread_id"].fillna(""), strict=True)) == [
        ("follow_up", "f2"),
        ("follow_up", "f1"),
        ("follow_up", "f8"),
        ("stop_follow_up", "f6"),
        ("stop_follow_up", "f4"),
        ("stop_follow_up", "f5"),
        ("pause_template", ""),
    ]
    assert a["template"].iloc[-1] == "B"
    assert list(a["rank"]) == list(range(1, 8))
    assert a["priority"].is_monotonic_decreasing
    r = a["reason"].tolist()
    assert r[0] == (
        "No reply; last touch 7 days ago, 1 follow-up so far: send follow-up 2 of 3 within "
        "the next 2 days."
    )
    assert r[2].endswith("by email like the first touch.")
    assert r[3] == "4 follow-ups without a reply, more than 3: stop following up."
    assert "past the 14-day window" in r[5]
    assert "1 reply from 20 (5 %)" in r[6] and "13 from 29 (45 %)" in r[6]
    assert not a["reason"].str.contains("_").any()


def test_no_template_pause_when_the_difference_could_be_chance(ev):
    # keep only the hand-made threads: template A alone, no comparison, no pause
    few = ev[ev["thread_id"].str.startswith("f")]
    a = nk.outreach.next_actions(few)
    assert "pause_template" not in set(a["kind"])
    # B's one reply of 20 against A's 13 of 29 is significant: paused; with alpha tiny, not
    strict = nk.outreach.next_actions(ev, alpha=1e-6)
    assert "pause_template" not in set(strict["kind"])


def test_next_actions_as_of_and_cap(ev):
    # a week later f1, f2, f8 are past their two weeks (or near): nothing is due any more
    later = nk.outreach.next_actions(ev, as_of="2025-06-27 12:00")
    assert "follow_up" not in set(later["kind"]) or set(
        later.loc[later["kind"] == "follow_up", "thread_id"]
    ) <= {"f3", "f10"}
    assert len(nk.outreach.next_actions(ev, top_n=2)) == 2


@pytest.mark.parametrize("engine", ["polars", "duckdb"])
def test_next_actions_same_on_engines(ev, engine):
    if engine == "polars":
        other = pl.from_pandas(ev)
    else:
        duckdb = pytest.importorskip("duckdb")
        other = duckdb.from_df(ev)
    pd.testing.assert_frame_equal(nk.outreach.next_actions(ev), nk.outreach.next_actions(other))


def test_channel_switches(ev):
    sw = nk.outreach.channel_switches(ev).set_index("thread_id")
    assert set(sw.index[sw["switched"]]) == {"a01", "b02", "f8"}
    assert sw.loc["f8", "first_channel"] == "email" and sw.loc["f8", "other_channel"] == "linkedin"
    assert sw.loc["a01", "replied"] and sw.loc["a01", "touches"] == 2


def test_channel_switching_by_hand(ev):
    c = nk.outreach.channel_switching(ev).set_index("group")
    # >= 2 touches before a reply: stayed a02 (replied), f2, f4, f5, f6; switched a01 (replied),
    # b02, f8
    assert c.loc["stayed", ["threads", "replied"]].tolist() == [5, 1]
    assert c.loc["switched", ["threads", "replied"]].tolist() == [3, 1]
    assert c.loc["switched", "reply_rate"] == pytest.approx(1 / 3)
    low, high = c.loc["switched", ["reply_rate_low", "reply_rate_high"]]
    assert low < 1 / 3 < high and c["small_sample"].all()


def test_send_window_needs_enough_threads(ev):
    w = nk.outreach.send_window(ev)
    assert not w["compared"].any() and not w["best"].any()
    assert w["delivered"].sum() == 49


def test_send_window_best_when_the_data_supports_it():
    # 60 threads sent on weekday mornings (30 replies) and 60 in weekday afternoons (3)
    rows = []
    start = pd.Timestamp("2025-03-03", tz="UTC")  # a Monday
    for i in range(120):
        morning = i < 60
        at = start + pd.Timedelta(days=i % 5) + pd.Timedelta(hours=9 if morning else 14)
        rows.append({"thread_id": f"t{i}", "event": "sent", "at": at, "step": 1})
        if (morning and i % 2 == 0) or (not morning and i % 20 == 0):
            rows.append(
                {"thread_id": f"t{i}", "event": "replied", "at": at + pd.Timedelta(hours=5)}
            )
    log = pd.DataFrame(rows)
    w = nk.outreach.send_window(log).set_index("window")
    assert w.loc["weekday morning (06–12)", "best"]
    assert w.loc["weekday morning (06–12)", ["delivered", "replied"]].tolist() == [60, 30]
    a = nk.outreach.next_actions(log, as_of="2025-04-30")
    assert list(a["kind"]) == ["send_window"]
    assert "weekday morning" in a["reason"].iloc[0]
    assert np.isnan(a["days"].iloc[0])


def test_headline_counted_by_hand(ev):
    h = nk.outreach.headline(ev).set_index("measure")
    assert list(h.index) == [
        "threads_sent",
        "reply_rate",
        "positive_rate",
        "median_days_to_reply",
        "follow_ups_due",
        "best_template",
    ]
    assert h.loc["threads_sent", "value"] == 50
    # 14 replies (a01-a12, b01, f7) of 49 delivered (f9 bounced); 7 positive (a01-a06, f7)
    assert (h.loc["reply_rate", "numerator"], h.loc["reply_rate", "denominator"]) == (14, 49)
    assert h.loc["reply_rate", "value"] == pytest.approx(14 / 49)
    assert (h.loc["positive_rate", "numerator"], h.loc["positive_rate", "denominator"]) == (7, 49)
    # fewer than half replied: no median, said in words, no bounds
    assert np.isnan(h.loc["median_days_to_reply", "value"])
    assert np.isnan(h.loc["median_days_to_reply", "low"])
    assert "fewer than half" in h.loc["median_days_to_reply", "note"]
    assert h.loc["follow_ups_due", "value"] == 3
    # A: 13 of 29 against B: 1 of 20, significant
    assert h.loc["best_template", "label"] == "Best template: A"
    assert (h.loc["best_template", "numerator"], h.loc["best_template", "denominator"]) == (13, 29)
    # the funnel says the same reply rate: one reply rate on the page
    f = nk.outreach.funnel(ev).iloc[0]
    assert h.loc["reply_rate", "low"] == pytest.approx(f["reply_rate_low"])


def test_headline_without_a_clear_best_template(small):
    h = nk.outreach.headline(small).set_index("measure")
    assert np.isnan(h.loc["best_template", "value"])
    assert h.loc["best_template", "note"] == "no template is clearly better than the others"
    # events_small: median time to reply 10 days (README of tests/fixtures/outreach)
    assert h.loc["median_days_to_reply", "value"] == 10


def test_per_kind_and_an_empty_log(ev):
    a = nk.outreach.next_actions(ev, per_kind=1)
    assert list(a["kind"]) == ["follow_up", "stop_follow_up", "pause_template"]
    assert list(a["thread_id"].iloc[:2]) == ["f2", "f6"]
    empty = nk.outreach.read_events(LOG).iloc[0:0]
    assert nk.outreach.follow_up_status(empty).empty
    assert nk.outreach.channel_switching(empty)["threads"].tolist() == [0, 0]
