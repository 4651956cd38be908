"""The funnel against hand counts (tests/fixtures/outreach/README.md) and scipy's intervals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import networkkit as nk

COLUMNS = [
    "sent", "bounced", "delivered", "opened", "clicked", "replied", "positive",
    "open_rate", "open_rate_low", "open_rate_high",
    "click_rate", "click_rate_low", "click_rate_high",
    "reply_rate", "reply_rate_low", "reply_rate_high",
    "positive_rate", "positive_rate_low", "positive_rate_high",
    "click_to_open", "click_to_open_low", "click_to_open_high",
    "small_sample", "machine_opens", "tracked",
]  # fmt: skip


def test_overall_counts_match_the_hand_count(small):
    f = nk.outreach.funnel(small)
    assert list(f.columns) == COLUMNS
    row = f.iloc[0]
    counts = {c: int(row[c]) for c in COLUMNS[:7]}
    assert counts == {
        "sent": 10, "bounced": 2, "delivered": 8, "opened": 3,
        "clicked": 2, "replied": 4, "positive": 2,
    }  # fmt: skip
    assert row["open_rate"] == pytest.approx(3 / 8)
    assert row["reply_rate"] == pytest.approx(4 / 8)
    assert row["positive_rate"] == pytest.approx(2 / 8)
    assert row["click_to_open"] == pytest.approx(2 / 3)
    assert bool(row["small_sample"]) is True
    assert row["machine_opens"] == "excluded"
    assert row["tracked"] == 8  # email only: every delivered thread can be opened


def test_by_template_matches_the_hand_count(small):
    f = nk.outreach.funnel(small, by="template")
    assert list(f.columns) == ["template", *COLUMNS]
    assert f["template"].tolist()[:2] == ["A", "B"] and pd.isna(f["template"].iloc[2])
    got = f[["sent", "bounced", "delivered", "opened", "clicked", "replied", "positive"]]
    assert got.astype(int).values.tolist() == [
        [4, 1, 3, 2, 1, 2, 1],
        [5, 1, 4, 1, 1, 2, 1],
        [1, 0, 1, 0, 0, 0, 0],
    ]


def test_machine_opens_can_be_counted_and_the_table_says_so(small):
    f = nk.outreach.funnel(small, by="template", machine_opens="include")
    assert f["opened"].astype(int).tolist() == [3, 1, 0]
    assert set(f["machine_opens"]) == {"included"}
    assert f.attrs["machine_opens"] == "included"
    with pytest.raises(ValueError):
        nk.outreach.funnel(small, machine_opens="maybe")


def test_untracked_opens_are_na_never_zero(small):
    linkedin_like = small[~small["event"].isin(["opened", "clicked"])].drop(columns="machine")
    linkedin_like.attrs = {}  # a frame built by hand: tracking is read from the data
    f = nk.outreach.funnel(linkedin_like)
    assert f["opened"].isna().all() and f["clicked"].isna().all()
    assert f["open_rate"].isna().all() and f["click_to_open"].isna().all()
    assert f["replied"].iloc[0] == 4
    assert f.attrs["not_tracked"] == ["opened", "clicked"]
    assert f["machine_opens"].iloc[0] == "not tracked"


def test_positive_is_na_where_no_reply_is_marked(small):
    f = nk.outreach.funnel(small.drop(columns="positive"))
    assert f["positive"].isna().all() and f["positive_rate"].isna().all()


def test_as_of_counts_the_funnel_as_it_stood(small):
    f = nk.outreach.funnel(small, as_of="2025-03-05 00:00")
    # threads first touched by then: t01 t02 t03 t05 t11; replies by then: t01 t05 only
    assert int(f["sent"].iloc[0]) == 5
    assert int(f["delivered"].iloc[0]) == 4
    assert int(f["replied"].iloc[0]) == 2


def test_intervals_equal_scipy_wilson(small):
    f = nk.outreach.funnel(small, by="template")
    for _, row in f.iterrows():
        for rate, k in (("reply_rate", "replied"), ("open_rate", "opened")):
            ci = stats.binomtest(int(row[k]), int(row["delivered"])).proportion_ci(method="wilson")
            assert row[f"{rate}_low"] == pytest.approx(ci.low, abs=1e-12)
            assert row[f"{rate}_high"] == pytest.approx(ci.high, abs=1e-12)


def test_interval_equals_a_published_value():
    # Newcombe (1998), Stat Med 17:857, table I: 81/263 -> Wilson 0.2553 to 0.3662
    rows = [
        {"thread_id": f"x{i}", "event": "sent", "at": "2025-01-01", "step": 1} for i in range(263)
    ]
    rows += [{"thread_id": f"x{i}", "event": "replied", "at": "2025-01-02"} for i in range(81)]
    f = nk.outreach.funnel(
        pd.DataFrame(rows).assign(at=lambda d: pd.to_datetime(d["at"], utc=True))
    )
    assert round(float(f["reply_rate_low"].iloc[0]), 4) == 0.2553
    assert round(float(f["reply_rate_high"].iloc[0]), 4) == 0.3662
    assert bool(f["small_sample"].iloc[0]) is False


def test_reply_within_censors_young_threads(small):
    r7 = nk.outreach.reply_within(small, days=7)
    assert r7[["eligible", "replied", "censored"]].iloc[0].tolist() == [8, 3, 0]
    r14 = nk.outreach.reply_within(small, days=14)
    assert r14[["eligible", "replied", "censored"]].iloc[0].tolist() == [5, 3, 3]
    assert r14["rate"].iloc[0] == pytest.approx(3 / 5)
    assert r14.attrs["as_of"] == pd.Timestamp("2025-03-20 09:00", tz="UTC")
    assert list(r14.columns) == [
        "days", "eligible", "replied", "rate", "rate_low", "rate_high", "censored", "small_sample"
    ]  # fmt: skip


def test_linkedin_response_rate_divides_by_sent_and_censors(small):
    young = nk.outreach.linkedin_response_rate(small)
    assert young[["sent", "replied_30d", "censored"]].iloc[0].tolist() == [0, 0, 10]
    assert young["response_rate"].isna().all()
    assert "10 sends younger than 30 days" in young.attrs["note"]
    later = nk.outreach.linkedin_response_rate(small, as_of="2025-04-30")
    assert later[["sent", "replied_30d", "censored"]].iloc[0].tolist() == [10, 4, 0]
    assert later["response_rate"].iloc[0] == pytest.approx(0.4)


def test_threads_table(small):
    t = nk.outreach.threads(small, by="template")
    assert len(t) == 10 and "t10" not in set(t["thread_id"])
    assert list(t.columns) == [
        "thread_id", "template", "first_touch_at", "steps", "bounced", "opened", "clicked",
        "replied", "first_reply_at", "days_to_reply", "positive", "follow_ups_before_reply",
    ]  # fmt: skip
    t = t.set_index("thread_id")
    assert t.loc["t03", "steps"] == 2 and t.loc["t03", "follow_ups_before_reply"] == 1
    assert t.loc["t03", "days_to_reply"] == pytest.approx(5.75)
    assert bool(t.loc["t03", "opened"]) is False  # machine open only
    assert bool(t.loc["t03", "positive"]) is False
    assert pd.isna(t.loc["t05", "positive"])  # unmarked reply
    assert bool(t.loc["t11", "replied"]) is False  # its "reply" came before the first touch
    assert t.loc["t04", "steps"] == 5
    assert np.isnan(t.loc["t04", "days_to_reply"])


def test_a_reader_saying_opens_are_tracked_keeps_zero_opens_as_zero(small):
    no_opens = small[~small["event"].isin(["opened", "clicked"])]
    assert no_opens.attrs["networkkit_tracked"] == ["opened", "clicked"]
    f = nk.outreach.funnel(no_opens)
    assert int(f["opened"].iloc[0]) == 0 and float(f["open_rate"].iloc[0]) == 0.0


def test_linkedin_threads_have_opens_not_tracked_never_zero(small):
    # t05..t08 (template B) go out as InMail: no pixel, so B's opens are unknown, not 0,
    # and the overall open rate counts only the email threads' opens over email threads.
    mixed = small.copy()
    is_b = (mixed["template"] == "B").fillna(False).astype(bool)
    mixed["channel"] = mixed["channel"].mask(is_b, "InMail")
    by = nk.outreach.funnel(mixed, by="template").set_index("template")
    assert pd.isna(by.loc["B", "opened"]) and pd.isna(by.loc["B", "open_rate"])
    assert pd.isna(by.loc["B", "clicked"]) and pd.isna(by.loc["B", "click_to_open"])
    assert by.loc["B", "tracked"] == 0 and by.loc["B", "replied"] == 2
    assert by.loc["A", "opened"] == 2 and by.loc["A", "open_rate"] == pytest.approx(2 / 3)
    overall = nk.outreach.funnel(mixed).iloc[0]
    # delivered: A 3 + none 1 by email, B 4 by InMail (t11 is B too)
    assert overall["tracked"] == 4 and overall["delivered"] == 8
    assert overall["opened"] == 2 and overall["open_rate"] == pytest.approx(2 / 4)
    assert overall["reply_rate"] == pytest.approx(4 / 8)


def test_measures_run_side_by_side_in_threads_give_the_same_numbers(small):
    # the pandas path keeps one DuckDB connection per thread (opening one costs 25 ms); a
    # connection is not for two threads at once, so threads must not share one
    from concurrent.futures import ThreadPoolExecutor

    want = nk.outreach.funnel(small, by="template")
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda _i: nk.outreach.funnel(small, by="template"), range(16)))
    for frame in got:
        pd.testing.assert_frame_equal(frame, want)
