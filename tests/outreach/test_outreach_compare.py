"""Template comparison: omnibus test against scipy, Holm against a hand computation."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import networkkit as nk


def _log(groups: dict[str, tuple[int, int]]) -> pd.DataFrame:
    """A log with ``delivered`` threads per template, ``replied`` of them answering."""
    rows = []
    for tpl, (delivered, replied) in groups.items():
        for i in range(delivered):
            tid = f"{tpl}-{i}"
            rows.append({"thread_id": tid, "event": "sent", "at": "2025-01-06 09:00", "step": 1,
                         "template": tpl})  # fmt: skip
            if i < replied:
                rows.append({"thread_id": tid, "event": "replied", "at": "2025-01-07 09:00"})
    df = pd.DataFrame(rows)
    df["at"] = pd.to_datetime(df["at"], utc=True)
    df["template"] = df["template"].astype("string")
    return df


def test_holm_by_hand():
    # p sorted: 0.01*4=0.04, 0.02*3=0.06, 0.03*2=0.06, 0.04*1=0.04 -> running max 0.04 .06 .06 .06
    got = nk.outreach.holm([0.03, 0.01, 0.04, 0.02])
    np.testing.assert_allclose(got, [0.06, 0.04, 0.06, 0.06])
    np.testing.assert_allclose(nk.outreach.holm([0.5, 0.6]), [1.0, 1.0])
    assert len(nk.outreach.holm([])) == 0


def test_chi_square_across_three_templates_equals_scipy():
    groups = {"A": (120, 30), "B": (100, 12), "C": (90, 20)}
    res = nk.outreach.compare(_log(groups), by="template")
    table = np.array([[r, d - r] for d, r in groups.values()])
    chi2, p, dof, _ = stats.chi2_contingency(table)
    assert res.test == "chi-square"
    assert res.statistic == pytest.approx(chi2) and res.p_value == pytest.approx(p)
    assert res.dof == dof == 2
    assert res.summary["template"].tolist() == ["A", "B", "C"]
    assert res.summary["replied"].tolist() == [30, 12, 20]
    assert list(res.pairwise.columns) == [
        "group_a", "group_b", "rate_a", "rate_b", "difference", "test", "p_value", "p_holm",
        "significant",
    ]  # fmt: skip
    raw = []
    for a, b in (("A", "B"), ("A", "C"), ("B", "C")):
        sub = table[[list(groups).index(a), list(groups).index(b)]]
        raw.append(stats.chi2_contingency(sub)[1])
    np.testing.assert_allclose(res.pairwise["p_value"], raw)
    np.testing.assert_allclose(res.pairwise["p_holm"], nk.outreach.holm(raw))
    assert "not assigned at random" in res.note and res.randomized is False


def test_small_two_by_two_uses_fisher(small):
    res = nk.outreach.compare(small, by="template")
    # A: 2 of 3 delivered replied; B: 2 of 4; the template-less thread is left out
    assert res.summary[["delivered", "replied"]].values.tolist() == [[3, 2], [4, 2]]
    assert res.test == "fisher exact"
    assert res.p_value == pytest.approx(stats.fisher_exact([[2, 1], [2, 2]]).pvalue)
    assert len(res.pairwise) == 1 and res.pairwise["p_holm"].iloc[0] == pytest.approx(res.p_value)


def test_the_data_can_say_assignment_was_random():
    log = _log({"A": (40, 10), "B": (40, 20)}).assign(randomized=True)
    res = nk.outreach.compare(log, by="template")
    assert res.randomized is True and "at random" in res.note
    assert nk.outreach.compare(log, by="template", randomized=False).randomized is False


def test_pairwise_tests_only_the_largest_groups():
    # 25 templates; the 20 with most delivered threads are paired, the 5 smallest named
    groups = {f"T{k:02d}": (40 + k, 5 + (k % 7)) for k in range(25)}
    res = nk.outreach.compare(_log(groups), by="template")
    assert len(res.summary) == 25  # every group keeps its rate and interval
    assert len(res.pairwise) == 20 * 19 // 2
    assert sorted(res.not_compared) == ["T00", "T01", "T02", "T03", "T04"]
    assert "Only the 20 largest groups were compared in pairs; 5 smaller ones were not." in (
        res.note
    )
    paired = set(res.pairwise["group_a"]) | set(res.pairwise["group_b"])
    assert paired == {f"T{k:02d}" for k in range(5, 25)}
    # the omnibus test still covers all 25 groups
    table = np.array([[r, d - r] for d, r in groups.values()])
    assert res.dof == 24
    assert res.statistic == pytest.approx(stats.chi2_contingency(table)[0], rel=1e-9)
    everything = nk.outreach.compare(_log(groups), by="template", max_pairwise=25)
    assert len(everything.pairwise) == 300 and everything.not_compared == []
