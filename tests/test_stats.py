"""Wilson intervals and Kaplan–Meier against independent computations."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from lifelines import KaplanMeierFitter
from scipy import stats

from networkkit._stats import add_rate, kaplan_meier, wilson_interval


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
