"""Kaplan–Meier bounds: a bound that is not estimable is NaN, never 0 (issue 18, item 3).

Checked against lifelines (a test dependency), an implementation independent of scipy's.
"""

from __future__ import annotations

import numpy as np
import pytest

from networkkit._stats import kaplan_meier, kaplan_meier_counts

lifelines = pytest.importorskip("lifelines")


def _lifelines(durations, observed, at):
    from lifelines.utils import median_survival_times

    fit = lifelines.KaplanMeierFitter().fit(durations, observed)
    ci = median_survival_times(fit.confidence_interval_)
    band = fit.confidence_interval_survival_function_
    idx = np.searchsorted(band.index.to_numpy(), at, side="right") - 1
    low = 1 - band.iloc[idx, 1].to_numpy()
    high = 1 - band.iloc[idx, 0].to_numpy()
    return fit.median_survival_time_, float(ci.iloc[0, 0]), float(ci.iloc[0, 1]), low, high


@pytest.mark.parametrize("estimator", ["units", "counts"])
def test_a_censored_shortest_time_is_no_lower_bound_of_the_median(estimator):
    # the shortest thread (an hour, 0.04 days) has no reply yet: it was reported as the
    # median's lower bound, and the day-1 interval as [0, 1]
    d = np.array([0.04, 2, 3, 5, 8, 9, 11, 12])
    o = np.array([0, 1, 1, 0, 1, 1, 0, 1], dtype=bool)
    at = [1, 3, 7]
    km = (
        kaplan_meier(d, o, at=at)
        if estimator == "units"
        else kaplan_meier_counts(d, o.astype(int), (~o).astype(int), at=at)
    )
    median, low, high, share_low, share_high = _lifelines(d, o, at)
    assert km.median == pytest.approx(median)
    assert km.median_low == pytest.approx(low) and km.median_low != pytest.approx(0.04)
    assert (np.isnan(km.median_high) and np.isinf(high)) or km.median_high == pytest.approx(high)
    assert km.by_time["share_low"].to_numpy() == pytest.approx(share_low, abs=1e-9)
    assert km.by_time["share_high"].to_numpy() == pytest.approx(share_high, abs=1e-9)
    assert km.by_time.loc[0, ["share_low", "share_high"]].tolist() == [0.0, 0.0]


def test_no_reply_at_all_gives_a_settled_zero_not_an_open_interval():
    km = kaplan_meier_counts([1.0, 4.0], [0, 0], [1, 1], at=[1, 3, 7])
    assert km.by_time["share_low"].tolist()[:2] == [0.0, 0.0]
    assert np.isnan(km.by_time["share_low"].iloc[2])  # beyond the longest follow-up
    assert np.isnan(km.median_low) and np.isnan(km.median_high)


@pytest.mark.parametrize("seed", range(20))
def test_bounds_agree_with_lifelines_on_random_censored_samples(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 60))
    d = np.round(rng.exponential(5, n), 2)
    o = rng.random(n) < rng.uniform(0.2, 0.9)
    if not o.any():
        o[0] = True
    at = [1, 3, 7, 14]
    km = kaplan_meier_counts(d, o.astype(int), (~o).astype(int), at=at)
    median, low, high, share_low, share_high = _lifelines(d, o, at)
    for ours, theirs in ((km.median, median), (km.median_low, low), (km.median_high, high)):
        assert (np.isnan(ours) and np.isinf(theirs)) or ours == pytest.approx(theirs)
    inside = np.asarray(at) <= d.max()
    assert km.by_time["share_low"].to_numpy()[inside] == pytest.approx(share_low[inside], abs=1e-9)
    assert km.by_time["share_high"].to_numpy()[inside] == pytest.approx(
        share_high[inside], abs=1e-9
    )
