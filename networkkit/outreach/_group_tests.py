"""Comparing reply rates across templates (or any column): omnibus and pairwise tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from networkkit.outreach._funnel import funnel

__all__ = ["CompareResult", "compare", "holm"]

NOT_RANDOM = (
    "Groups were not assigned at random (as far as the data says), so a difference can come "
    "from who was contacted, when, and by whom, not only from the {by} itself."
)
RANDOM = "The data marks the {by} as assigned at random, so a difference can be read causally."


def holm(p_values: Sequence[float]) -> np.ndarray:
    """Holm's step-down adjustment of p-values (family-wise error control).

    Parameters
    ----------
    p_values : sequence of float
        Unadjusted p-values.

    Returns
    -------
    numpy.ndarray
        Adjusted p-values in the input order: the i-th smallest p is multiplied by (m − i + 1),
        made non-decreasing in that order, and capped at 1.
    """
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    if m == 0:
        return p
    order = np.argsort(p, kind="stable")
    scaled = (m - np.arange(m)) * p[order]
    adjusted = np.minimum(np.maximum.accumulate(scaled), 1.0)
    out = np.empty(m)
    out[order] = adjusted
    return out


@dataclass
class CompareResult:
    """The result of :func:`compare`.

    Attributes
    ----------
    by : str
        The grouping column.
    summary : pandas.DataFrame
        One row per group: the group column, ``delivered``, ``replied``, ``reply_rate``,
        ``reply_rate_low``, ``reply_rate_high``, ``small_sample``.
    test : str
        ``"chi-square"`` or ``"fisher exact"`` (2 groups with an expected count under 5), or
        ``"none"`` (fewer than 2 groups with delivered threads).
    statistic : float
        The chi-square statistic (Fisher: the odds ratio).
    dof : int
        Degrees of freedom of the chi-square test (1 for Fisher, 0 for none).
    p_value : float
        The omnibus p-value.
    pairwise : pandas.DataFrame
        One row per pair of groups: ``group_a``, ``group_b``, ``rate_a``, ``rate_b``,
        ``difference`` (rate_a − rate_b), ``test``, ``p_value``, ``p_holm`` (Holm-adjusted),
        ``significant`` (p_holm < alpha).
    randomized : bool
        Whether the data says groups were assigned at random.
    note : str
        The caveat to show with the comparison.
    not_compared : list
        Groups left out of the pairwise tests because they were not among the
        ``max_pairwise`` largest (by delivered threads); empty when every group was paired.
    """

    by: str
    summary: pd.DataFrame
    test: str
    statistic: float
    dof: int
    p_value: float
    pairwise: pd.DataFrame = field(repr=False)
    randomized: bool = False
    note: str = ""
    not_compared: list[Any] = field(default_factory=list)


def _two_by_two(table: np.ndarray) -> tuple[str, float, float]:
    expected = stats.contingency.expected_freq(table)
    if (expected < 5).any():
        res = stats.fisher_exact(table)
        return "fisher exact", float(res.statistic), float(res.pvalue)
    chi2, p, _, _ = stats.chi2_contingency(table)
    return "chi-square", float(chi2), float(p)


def compare(
    events: Any,
    by: str = "template",
    *,
    alpha: float = 0.05,
    confidence: float = 0.95,
    randomized: bool | None = None,
    max_pairwise: int = 20,
) -> CompareResult:
    """Compare reply rates (replied ÷ delivered threads) across the groups of ``by``.

    Omnibus test over the groups × (replied, not replied) table: chi-square
    (``scipy.stats.chi2_contingency``), or Fisher's exact test for two groups when an expected
    count is under 5. Then every pair of the ``max_pairwise`` largest groups is tested the
    same way and the pairwise p-values are adjusted with Holm's step-down method; smaller
    groups are named in ``not_compared`` (so 2,000 templates cost 190 pairs, not 2 million).

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine); counts are made inside the engine by
        :func:`funnel`. Threads whose ``by`` value is missing are left out.
    by : str, default "template"
        The column to compare.
    alpha : float, default 0.05
        Family-wise error rate for ``significant``.
    confidence : float, default 0.95
        Wilson interval level in the summary.
    randomized : bool, optional
        Whether groups were assigned at random. Default: true only when the log has a boolean
        ``randomized`` column that is true on every event.
    max_pairwise : int, default 20
        How many of the largest groups (by delivered threads, ties by name) are tested in
        pairs.

    Returns
    -------
    CompareResult
        ``summary``, the omnibus ``test``, ``statistic``, ``dof``, ``p_value``, the
        ``pairwise`` table and the ``note`` on random assignment.
    """
    f = funnel(events, by=by, confidence=confidence)
    f = f[f[by].notna() & (f["delivered"] > 0)].reset_index(drop=True)
    summary = f[
        [by, "delivered", "replied", "reply_rate", "reply_rate_low", "reply_rate_high"]
    ].copy()
    summary["small_sample"] = f["small_sample"]
    if randomized is None:
        randomized = _says_random(events)
    table = np.column_stack(
        [summary["replied"].to_numpy(), (summary["delivered"] - summary["replied"]).to_numpy()]
    ).astype(float)
    test, statistic, dof, p_value = "none", np.nan, 0, np.nan
    if len(summary) >= 2 and table.sum(axis=0).min() > 0:
        if len(summary) == 2:
            test, statistic, p_value = _two_by_two(table)
            dof = 1
        else:
            statistic, p_value, dof, _ = stats.chi2_contingency(table)
            test, statistic, p_value, dof = (
                "chi-square",
                float(statistic),
                float(p_value),
                int(dof),
            )
    by_size = sorted(
        range(len(summary)),
        key=lambda i: (-int(summary["delivered"].iloc[i]), str(summary[by].iloc[i])),
    )
    paired = sorted(by_size[: max(int(max_pairwise), 0)])
    not_compared = [summary[by].iloc[i] for i in sorted(by_size[max(int(max_pairwise), 0) :])]
    rows = []
    for i, j in combinations(paired, 2):
        sub = table[[i, j]]
        if sub.sum(axis=0).min() > 0:
            kind, _, p = _two_by_two(sub)
        else:  # nobody (or everybody) replied in both: no evidence of a difference
            kind, p = "none", 1.0
        rows.append(
            {
                "group_a": summary[by].iloc[i],
                "group_b": summary[by].iloc[j],
                "rate_a": float(summary["reply_rate"].iloc[i]),
                "rate_b": float(summary["reply_rate"].iloc[j]),
                "test": kind,
                "p_value": p,
            }
        )
    pairwise = pd.DataFrame(
        rows, columns=["group_a", "group_b", "rate_a", "rate_b", "test", "p_value"]
    )
    pairwise.insert(4, "difference", pairwise["rate_a"] - pairwise["rate_b"])
    pairwise["p_holm"] = holm(pairwise["p_value"].to_numpy())
    pairwise["significant"] = pairwise["p_holm"] < alpha
    note = (RANDOM if randomized else NOT_RANDOM).format(by=by)
    if not_compared:
        note += (
            f" Only the {len(paired)} largest groups were compared in pairs; "
            f"{len(not_compared)} smaller ones were not."
        )
    return CompareResult(
        by=by,
        summary=summary,
        test=test,
        statistic=float(statistic),
        dof=int(dof),
        p_value=float(p_value),
        pairwise=pairwise,
        randomized=bool(randomized),
        note=note,
        not_compared=not_compared,
    )


def _says_random(events: Any) -> bool:
    import narwhals as nw

    from networkkit.outreach._log_schema import as_lazy, to_pandas

    lf = as_lazy(events)
    if "randomized" not in lf.collect_schema().names():
        return False
    got = to_pandas(
        lf.select(
            nw.col("randomized").fill_null(False).cast(nw.Int64).min().alias("all"),
        )
    )
    return bool(got["all"].iloc[0] == 1)
