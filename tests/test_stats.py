"""Wilson intervals and Kaplan–Meier against independent computations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from lifelines import KaplanMeierFitter
from scipy import stats

from networkkit._stats import add_rate, kaplan_meier, kaplan_meier_counts, wilson_interval


@pytest.mark.parametrize(("k", "n"), [(0, 10), (3, 10), (10, 10), (1, 1), (57, 430), (250, 1000)])
def test_wilson_matches_scipy_binomtest(k, n):
    low, high = wilson_interval(k, n)
    ci = stats.binomtest(k, n).proportion_ci(confidence_level=0.95, method="wilson")
    assert low == pytest.approx(ci.low, abs=1e-12)
    assert high == pytest.approx(ci.high, abs=1e-12)


def test_wilson_published_value():
    # Newcombe (1998), Statistics in Medicine 17, table I: 81/263 → 0.2553 to 0.3662
    low, high = wilson_interval(81, 263)
    assert round(float(low), 4) == 0.2553
    assert round(float(high), 4) == 0.3662


def test_wilson_zero_trials_is_nan_and_vectorised():
    low, high = wilson_interval([0, 5], [0, 10])
    assert np.isnan(low[0]) and np.isnan(high[0])
    assert 0 < low[1] < 0.5 < high[1] < 1


def test_add_rate_adds_three_columns():
    df = pd.DataFrame({"replied": [3, 0], "delivered": [10, 0]})
    add_rate(df, "reply_rate", "replied", "delivered")
    assert list(df.columns) == [
        "replied",
        "delivered",
        "reply_rate",
        "reply_rate_low",
        "reply_rate_high",
    ]
    assert df.reply_rate[0] == pytest.approx(0.3)
    assert np.isnan(df.reply_rate[1])


def test_kaplan_meier_matches_lifelines():
    rng = np.random.default_rng(7)
    durations = rng.exponential(6.0, size=200).round(2)
    observed = rng.random(200) < 0.7
    km = kaplan_meier(durations, observed, at=(1, 3, 7, 14))
    ref = KaplanMeierFitter().fit(durations, observed)
    assert km.n == 200 and km.events == int(observed.sum())
    assert km.median == pytest.approx(ref.median_survival_time_)
    expected = 1 - ref.survival_function_at_times([1, 3, 7, 14]).to_numpy()
    np.testing.assert_allclose(km.by_time.share.to_numpy(), expected, atol=1e-12)


def test_kaplan_meier_censoring_beats_naive_share():
    # 4 replies within a day, 6 threads only 2 days old and unanswered: KM keeps them "at risk"
    durations = [0.5, 0.5, 0.5, 0.5, 2, 2, 2, 2, 2, 2]
    observed = [True] * 4 + [False] * 6
    km = kaplan_meier(durations, observed, at=(1, 3))
    assert km.by_time.share[0] == pytest.approx(0.4)
    assert np.isnan(km.by_time.share[1])  # beyond the longest follow-up: not yet decided
    assert np.isnan(km.median)


def test_kaplan_meier_without_events_or_data():
    none = kaplan_meier([3.0, 5.0], [False, False], at=(1, 7))
    assert none.events == 0 and np.isnan(none.median)
    assert none.by_time.share[0] == 0.0 and np.isnan(none.by_time.share[1])
    empty = kaplan_meier([], [])
    assert empty.n == 0 and empty.curve.empty


def _counts(durations: np.ndarray, observed: np.ndarray):
    """Units aggregated per (time, observed), shuffled: what an engine brings back."""
    keys, n = np.unique(np.c_[durations, observed], axis=0, return_counts=True)
    order = np.random.default_rng(1).permutation(len(keys))
    keys, n = keys[order], n[order]
    return keys[:, 0], np.where(keys[:, 1] == 1, n, 0), np.where(keys[:, 1] == 0, n, 0)


@pytest.mark.filterwarnings("ignore:The confidence interval is undefined:RuntimeWarning")
@pytest.mark.parametrize("seed", [3, 8])
def test_kaplan_meier_counts_equals_scipy_on_the_units(seed):
    # replies at whole hours (many ties), threads censored at the end of the data, some
    # censored at the very hour of a reply; one event-free tail
    rng = np.random.default_rng(seed)
    n = 3_000
    reply = rng.exponential(4.0, size=n).round(1)
    age = rng.uniform(0, 20, size=n).round(1)
    observed = reply <= age
    durations = np.where(observed, reply, age)
    at = (0.5, 1, 3, 7, 14, 30)
    km = kaplan_meier_counts(*_counts(durations, observed), at=at)
    # the reference: scipy's estimate over the units one by one
    res = stats.ecdf(
        stats.CensoredData(uncensored=durations[observed], right=durations[~observed])
    )
    with np.errstate(all="ignore"):
        band = res.sf.confidence_interval(confidence_level=0.95, method="log-log")
    times = res.sf.quantiles
    np.testing.assert_array_equal(km.curve["time"], times)
    np.testing.assert_allclose(km.curve["share"], 1 - res.sf.probabilities, rtol=0, atol=1e-12)
    # the band where the survival is settled (1 before any reply, 0 once all replied) is that
    # point, as lifelines reports it; any other missing bound stays NaN (not estimable)
    surv = res.sf.probabilities
    high = np.where(surv >= 1, 1.0, np.where(surv <= 0, 0.0, band.high.evaluate(times)))
    low = np.where(surv >= 1, 1.0, np.where(surv <= 0, 0.0, band.low.evaluate(times)))
    np.testing.assert_allclose(km.curve["share_low"], 1 - high, rtol=0, atol=1e-12)
    np.testing.assert_allclose(km.curve["share_high"], 1 - low, rtol=0, atol=1e-12)
    assert (km.n, km.events) == (n, int(observed.sum()))
    # and every field equal to the unit-by-unit wrapper, shares at ``at`` included
    ref = kaplan_meier(durations, observed, at=at)
    for name in ("median", "median_low", "median_high"):
        assert getattr(km, name) == pytest.approx(getattr(ref, name), abs=1e-12, nan_ok=True)
    pd.testing.assert_frame_equal(km.by_time, ref.by_time, rtol=0, atol=1e-12)
    pd.testing.assert_frame_equal(km.curve, ref.curve, rtol=0, atol=1e-12)
    # lifelines' fit over the units agrees on the survival function
    kmf = KaplanMeierFitter().fit(durations, observed)
    np.testing.assert_allclose(
        km.by_time["share"][:4], 1 - kmf.survival_function_at_times(list(at[:4])), atol=1e-12
    )
    assert km.median == pytest.approx(kmf.median_survival_time_)


def test_kaplan_meier_counts_edges():
    # no event: nothing estimated beyond 0, shares 0 up to the longest follow-up
    none = kaplan_meier_counts([2.0, 5.0], [0, 0], [3, 1], at=(1, 7))
    assert (none.n, none.events) == (4, 0) and np.isnan(none.median)
    assert none.by_time.share.tolist()[0] == 0.0 and np.isnan(none.by_time.share[1])
    # nothing at all (rows with zero counts are no units)
    assert kaplan_meier_counts([1.0], [0], [0]).n == 0
    # every unit had the event at one time: the curve jumps to 1 there
    all_at_once = kaplan_meier_counts([2.0], [5], [0], at=(1, 2))
    assert all_at_once.curve.share.tolist() == [1.0]
    assert all_at_once.by_time.share.tolist() == [0.0, 1.0] and all_at_once.median == 2.0


def test_headline_rows_carry_their_counts():
    from networkkit._stats import HEADLINE_COLUMNS, headline_frame, headline_row

    rate = headline_row("r", "A rate", numerator=3, denominator=12, rate=True)
    count = headline_row("c", "A count", value=7)
    h = headline_frame([rate, count])
    assert list(h.columns) == list(HEADLINE_COLUMNS)
    assert h.loc[0, "value"] == 0.25
    low, high = wilson_interval(3, 12)
    assert (h.loc[0, "low"], h.loc[0, "high"]) == (float(low), float(high))
    assert h.loc[1, "value"] == 7 and pd.isna(h.loc[1, "numerator"]) and np.isnan(h.loc[1, "low"])
    empty = headline_frame([headline_row("e", "No data", numerator=0, denominator=0, rate=True)])
    assert np.isnan(empty.loc[0, "value"]) and np.isnan(empty.loc[0, "low"])
