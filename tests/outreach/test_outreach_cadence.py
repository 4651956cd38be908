"""Follow-up cadence and send time, by hand on the small fixture."""

from __future__ import annotations

import pandas as pd
import pytest

import networkkit as nk


def test_cadence_per_thread(small):
    c = nk.outreach.cadence(small)
    assert list(c.columns) == [
        "thread_id", "first_touch_at", "follow_ups", "follow_ups_14d", "gaps_days",
        "mean_gap_days", "min_gap_days", "max_gap_days", "within_etiquette", "replied",
    ]  # fmt: skip
    assert len(c) == 8  # delivered threads
    c = c.set_index("thread_id")
    assert c.loc["t04", "follow_ups"] == 4 and c.loc["t04", "follow_ups_14d"] == 4
    assert c.loc["t04", "gaps_days"] == [3.0, 3.0, 3.0, 3.0]
    assert bool(c.loc["t04", "within_etiquette"]) is False
    assert c.loc["t03", "gaps_days"] == [3.0] and c.loc["t03", "follow_ups"] == 1
    assert c.loc["t01", "gaps_days"] == [] and pd.isna(c.loc["t01", "mean_gap_days"])
    assert c["within_etiquette"].sum() == 7


def test_cadence_counts_only_follow_ups_in_the_first_14_days():
    times = ["2025-01-01", "2025-01-05", "2025-01-09", "2025-01-13", "2025-01-20"]
    log = pd.DataFrame(
        {
            "thread_id": "x",
            "event": "sent",
            "at": pd.to_datetime(times, utc=True),
            "step": range(1, 6),
        }
    )
    c = nk.outreach.cadence(log).iloc[0]
    assert c["follow_ups"] == 4 and c["follow_ups_14d"] == 3  # 01-20 is day 19
    assert bool(c["within_etiquette"]) is True
    assert c["max_gap_days"] == pytest.approx(7.0) and c["min_gap_days"] == pytest.approx(4.0)


def test_cadence_summary(small):
    s = nk.outreach.cadence_summary(small)
    assert s["within_etiquette"].tolist() == [True, False]
    assert s[["threads", "replied"]].values.tolist() == [[7, 4], [1, 0]]
    assert s["share"].tolist() == pytest.approx([7 / 8, 1 / 8])
    assert s["reply_rate"].iloc[0] == pytest.approx(4 / 7)


def test_send_time(small):
    s = nk.outreach.send_time(small)
    assert list(s.columns) == [
        "weekday", "weekday_name", "hour", "sent", "delivered", "replied",
        "reply_rate", "reply_rate_low", "reply_rate_high", "small_sample",
    ]  # fmt: skip
    got = {(r.weekday_name, r.hour): (r.sent, r.delivered, r.replied) for r in s.itertuples()}
    assert got == {
        ("Mon", 9): (3, 2, 2),  # t01 t02(bounced) t08
        ("Mon", 11): (1, 1, 1),  # t05
        ("Tue", 10): (1, 1, 0),  # t11
        ("Tue", 14): (1, 1, 1),  # t03
        ("Wed", 8): (1, 1, 0),  # t04
        ("Wed", 12): (1, 1, 0),  # t09
        ("Thu", 10): (1, 1, 0),  # t06
        ("Fri", 16): (1, 0, 0),  # t07
    }


def _log(rows):
    log = pd.DataFrame(rows, columns=["thread_id", "event", "at", "step"])
    at = pd.to_datetime(log["at"], utc=True, format="ISO8601").astype("datetime64[us, UTC]")
    return log.assign(at=at, step=log["step"].astype("Int64"))


@pytest.mark.parametrize("engine", ["pandas", "polars-lazy", "duckdb"])
def test_follow_up_counts_by_hand_and_as_cadence(engine, small, on_engine):
    log = _log(
        [
            # a: touches on days 0, 2, 6 (gaps 2 and 4: mean 3); the day-9 touch follows the
            # reply on day 8, so it is conversation, not a follow-up
            ("a", "sent", "2025-01-01", 1),
            ("a", "sent", "2025-01-03", 2),
            ("a", "sent", "2025-01-07", 3),
            ("a", "replied", "2025-01-09", None),
            ("a", "sent", "2025-01-10", 4),
            # b: one follow-up 5 days on, sent twice (a duplicated step-2 touch, day 5 and 6):
            # two follow-ups, one gap of 5 days (cadence() takes each step's first touch)
            ("b", "sent", "2025-01-01", 1),
            ("b", "sent", "2025-01-06", 2),
            ("b", "sent", "2025-01-07", 2),
            # c: no follow-up, no reply; d: bounced (not delivered)
            ("c", "sent", "2025-01-02", 1),
            ("d", "sent", "2025-01-02", 1),
            ("d", "bounced", "2025-01-02 00:01", None),
            # e: follow-ups 1 day apart, then a reply
            ("e", "sent", "2025-01-01", 1),
            ("e", "sent", "2025-01-02", 2),
            ("e", "replied", "2025-01-02 12:00", None),
        ]
    )
    f = nk.outreach.follow_up_counts(on_engine(log, engine))
    assert f.values.tolist() == [[0, 1, 0], [1, 1, 1], [2, 2, 1]]
    # mean gaps: a 3, b 5, e 1 -> median 3
    assert f.attrs == {"median_gap_days": 3.0, "threads_with_gaps": 3}
    per = nk.outreach.cadence(log)
    assert per.set_index("thread_id")["mean_gap_days"].dropna().to_dict() == {
        "e": 1.0, "a": 3.0, "b": 5.0
    }  # fmt: skip
    # the hand-counted fixture: the figure's numbers equal those from cadence() per thread
    per = nk.outreach.cadence(small)
    f = nk.outreach.follow_up_counts(on_engine(small, engine))
    counts = per["follow_ups"].value_counts().sort_index()
    assert f["follow_ups"].tolist() == counts.index.tolist() == [0, 1, 4]
    assert f["threads"].tolist() == counts.tolist()
    assert f["replied"].tolist() == per.groupby("follow_ups")["replied"].sum().tolist()
    assert f.attrs["median_gap_days"] == per["mean_gap_days"].median()
