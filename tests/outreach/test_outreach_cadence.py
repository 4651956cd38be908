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
