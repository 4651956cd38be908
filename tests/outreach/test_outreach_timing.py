"""Time to reply (against lifelines and a hand computation) and reply by step."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

import networkkit as nk
from networkkit._stats import kaplan_meier

warnings.filterwarnings("ignore", "The confidence interval is undefined", RuntimeWarning)

# delivered threads: (days, replied) by hand from tests/fixtures/outreach/README.md,
# censored at as_of 2025-03-20 09:00
HAND = {
    "t01": (1.0, True),
    "t03": (5.75, True),
    "t05": (4 / 24, True),
    "t08": (10.0, True),
    "t04": (15 + 1 / 24, False),
    "t06": (14 + 23 / 24, False),
    "t09": (7 + 21 / 24, False),
    "t11": (16 + 23 / 24, False),
}


def test_time_to_reply_by_hand(small):
    t = nk.outreach.time_to_reply(small)
    assert list(t.columns[:5]) == ["n", "replied", "median_days", "median_low", "median_high"]
    row = t.iloc[0]
    assert (row["n"], row["replied"]) == (8, 4)
    # S: 7/8 after 4 h, 6/8 after 1 d, 5/8 after 5.75 d, one censored at 7.875, then 5/8*3/4
    assert row["median_days"] == pytest.approx(10.0)
    assert row["replied_by_1d"] == pytest.approx(0.25)
    assert row["replied_by_3d"] == pytest.approx(0.25)
    assert row["replied_by_7d"] == pytest.approx(0.375)
    assert row["replied_by_14d"] == pytest.approx(1 - 0.625 * 0.75)
    assert np.isnan(row["replied_by_30d"])  # beyond the longest follow-up
    assert t.attrs["as_of"] == pd.Timestamp("2025-03-20 09:00", tz="UTC")


def test_time_to_reply_matches_lifelines(small):
    lifelines = pytest.importorskip("lifelines")
    durations = np.array([v[0] for v in HAND.values()])
    observed = np.array([v[1] for v in HAND.values()])
    kmf = lifelines.KaplanMeierFitter().fit(durations, observed)
    t = nk.outreach.time_to_reply(small).iloc[0]
    assert t["median_days"] == pytest.approx(kmf.median_survival_time_)
    for d in (1, 3, 7, 14):
        assert t[f"replied_by_{d}d"] == pytest.approx(1 - kmf.predict(d))


def test_time_to_reply_by_group_and_curve(small):
    t = nk.outreach.time_to_reply(small, by="template")
    assert t["template"].tolist()[:2] == ["A", "B"]
    assert t["n"].tolist() == [3, 4, 1]
    assert t["replied"].tolist() == [2, 2, 0]
    c = nk.outreach.reply_curve(small)
    assert list(c.columns) == ["days", "share", "share_low", "share_high"]
    assert c["share"].iloc[0] == 0 and c["share"].is_monotonic_increasing
    assert c["share"].max() == pytest.approx(1 - 0.625 * 0.75)
    same = nk.outreach.time_to_reply(small, curve=True)
    pd.testing.assert_frame_equal(c, same)


def test_as_of_moves_the_censoring(small):
    t = nk.outreach.time_to_reply(small, as_of="2025-03-08 00:00").iloc[0]
    # threads first touched by then: t01 t03 t04 t05 t06 t11; replies by then: t01, t05
    assert (t["n"], t["replied"]) == (6, 2)


def test_reply_by_step_by_hand(small):
    r = nk.outreach.reply_by_step(small)
    assert list(r.columns) == [
        "step", "received", "replied", "reply_rate", "reply_rate_low", "reply_rate_high",
        "small_sample",
    ]  # fmt: skip
    assert r[["step", "received", "replied"]].values.tolist() == [
        [1, 8, 2],
        [2, 3, 2],
        [3, 1, 0],
        [4, 1, 0],
        [5, 1, 0],
    ]
    assert r["reply_rate"].iloc[1] == pytest.approx(2 / 3)


def test_reply_by_step_per_template(small):
    r = nk.outreach.reply_by_step(small, by="template")
    a = r[r["template"] == "A"][["step", "received", "replied"]].values.tolist()
    assert a == [[1, 3, 1], [2, 2, 1], [3, 1, 0], [4, 1, 0], [5, 1, 0]]


@pytest.fixture(scope="module")
def realistic():
    """A sample log: replies at any second, ties, threads still waiting at the end."""
    return nk.sample.events(threads=4_000, seed=21)


def _reference(events: pd.DataFrame, by: str | None, as_of: pd.Timestamp):
    """Scipy's Kaplan–Meier over the delivered threads one by one (the estimate before
    the engine counted durations), per group."""
    t = nk.outreach.threads(events, by=by)
    t = t[~t["bounced"] & (t["first_touch_at"] <= as_of)]
    observed = t["replied"] & (t["first_reply_at"] <= as_of)
    end = t["first_reply_at"].where(observed, as_of)
    t = t.assign(days=(end - t["first_touch_at"]).dt.total_seconds() / 86400, observed=observed)
    parts = t.groupby(by, sort=True) if by else [((), t)]
    return {k: kaplan_meier(p["days"], p["observed"], at=AT) for k, p in parts}


AT = (1, 3, 7, 14, 30)


@pytest.mark.filterwarnings("ignore:The confidence interval is undefined:RuntimeWarning")
@pytest.mark.parametrize("engine", ["pandas", "polars-lazy", "duckdb"])
def test_time_to_reply_from_counts_equals_scipy_per_thread(realistic, engine, on_engine):
    as_of = realistic["at"].max() - pd.Timedelta(days=20)
    ev = on_engine(realistic, engine)
    for by in (None, "channel"):
        ref = _reference(realistic, by, as_of)
        got = nk.outreach.time_to_reply(ev, by=by, as_of=as_of, at=AT)
        curve = nk.outreach.reply_curve(ev, by=by, as_of=as_of)
        assert len(got) == len(ref) == (2 if by else 1)
        assert (got["replied_by_7d"] > 0).all() and (got["replied"] > 100).all()
        for i, (key, km) in enumerate(ref.items()):
            row = got.iloc[i]
            if by:
                assert row[by] == key
            assert (row["n"], row["replied"]) == (km.n, km.events)
            for name, field in (
                ("median_days", "median"),
                ("median_low", "median_low"),
                ("median_high", "median_high"),
            ):
                assert row[name] == pytest.approx(getattr(km, field), abs=1e-12, nan_ok=True)
            for _, r in km.by_time.iterrows():
                for col in ("share", "share_low", "share_high"):
                    name = f"replied_by_{r['time']:g}d" + col[5:]
                    assert row[name] == pytest.approx(r[col], abs=1e-12, nan_ok=True)
            c = curve[curve[by] == key] if by else curve
            want = km.curve[km.curve["time"] > 0]
            np.testing.assert_array_equal(c["days"].to_numpy()[1:], want["time"].to_numpy())
            for col in ("share", "share_low", "share_high"):
                np.testing.assert_allclose(
                    c[col].to_numpy()[1:], want[col].to_numpy(), rtol=0, atol=1e-12
                )


@pytest.mark.filterwarnings("ignore:The confidence interval is undefined:RuntimeWarning")
@pytest.mark.parametrize("engine", ["pandas", "duckdb"])
def test_resolution_counts_whole_steps_in_the_engine(realistic, engine, on_engine):
    # with a resolution, durations are rounded up to whole hours in the engine: the estimate
    # equals scipy's over the threads' durations rounded up by hand, and at most one count
    # per hour leaves the engine
    from networkkit.outreach._timing import _durations

    as_of = realistic["at"].max() - pd.Timedelta(days=20)
    t = nk.outreach.threads(realistic)
    t = t[~t["bounced"] & (t["first_touch_at"] <= as_of)]
    observed = t["replied"] & (t["first_reply_at"] <= as_of)
    end = t["first_reply_at"].where(observed, as_of)
    us = (end - t["first_touch_at"]).to_numpy().astype("timedelta64[us]").astype(np.int64)
    hour = 3_600_000_000
    days = (-(-us // hour) * hour) / 86_400e6
    km = kaplan_meier(days, observed.to_numpy(), at=AT)

    ev = on_engine(realistic, engine)
    got = nk.outreach.time_to_reply(ev, as_of=as_of, at=AT, resolution="1h").iloc[0]
    assert (got["n"], got["replied"]) == (km.n, km.events)
    for _, r in km.by_time.iterrows():
        for col in ("share", "share_low", "share_high"):
            name = f"replied_by_{r['time']:g}d" + col[5:]
            assert got[name] == pytest.approx(r[col], abs=1e-12, nan_ok=True)
    assert got["median_days"] == pytest.approx(km.median, abs=1e-12, nan_ok=True)
    curve = nk.outreach.reply_curve(ev, as_of=as_of, resolution="1h")
    assert np.all(np.isclose(curve["days"] * 24, np.round(curve["days"] * 24)))  # whole hours

    counts, _ = _durations(ev, [], as_of, "1h")
    # one row per (hour, replied or not) that occurs: bounded by the hours the log spans,
    # however many threads it holds
    pairs = pd.DataFrame({"d": days, "o": observed.to_numpy()}).drop_duplicates()
    assert len(counts) == len(pairs) <= 2 * (days.max() * 24 + 1)
    # whole days are whole hours: the shares move only by ties of censored and replied
    exact = nk.outreach.time_to_reply(ev, as_of=as_of, at=AT).iloc[0]
    for d in AT:
        assert got[f"replied_by_{d}d"] == pytest.approx(exact[f"replied_by_{d}d"], abs=2e-3)


def test_resolution_must_be_a_positive_duration(small):
    with pytest.raises(ValueError, match="resolution takes a duration"):
        nk.outreach.time_to_reply(small, resolution="soon")
    with pytest.raises(ValueError, match="positive duration"):
        nk.outreach.time_to_reply(small, resolution="0s")
