"""Statistics shared by the measures: Wilson intervals and Kaplan–Meier summaries.

Thin, tested wrappers over scipy so that every layer reports intervals the same way
(METRICS.md: Wilson score, 95 %, ``small_sample`` under n = 30). :func:`kaplan_meier_counts`
is the one estimator written here: the same product-limit estimate and log-log band as
``scipy.stats.ecdf``, but from counts per distinct time, which scipy cannot take
(``CensoredData`` holds individual values, without weights), so that an engine can aggregate
millions of units into a few counts before the estimate.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import special, stats

__all__ = [
    "HEADLINE_COLUMNS",
    "RATES_ATTR",
    "SMALL_SAMPLE",
    "KaplanMeier",
    "add_rate",
    "describe_rates",
    "format_rate",
    "headline_frame",
    "headline_row",
    "kaplan_meier",
    "kaplan_meier_counts",
    "wilson_interval",
]

#: A rate over fewer units than this is flagged ``small_sample`` (METRICS.md).
SMALL_SAMPLE = 30
#: ``DataFrame.attrs`` key under which :func:`add_rate` records each rate's (numerator,
#: denominator) columns, so that whoever shows the rate takes them from the measure itself.
RATES_ATTR = "networkkit_rates"


def wilson_interval(
    k: np.ndarray | Sequence[float] | float,
    n: np.ndarray | Sequence[float] | float,
    *,
    confidence: float = 0.95,
) -> tuple[np.ndarray, np.ndarray]:
    """Wilson score interval for ``k`` successes out of ``n``, vectorised.

    Equal to ``scipy.stats.binomtest(k, n).proportion_ci(method="wilson")`` element-wise, but
    computed for many groups at once.

    Parameters
    ----------
    k, n : array-like
        Successes and trials; ``n == 0`` gives NaN bounds.
    confidence : float, default 0.95
        Two-sided confidence level.

    Returns
    -------
    low, high : numpy.ndarray
        The interval bounds, in [0, 1].
    """
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    z = stats.norm.ppf(0.5 + confidence / 2)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        denom = 1 + z**2 / n
        centre = (p + z**2 / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denom
        low = np.clip(centre - half, 0.0, 1.0)
        high = np.clip(centre + half, 0.0, 1.0)
    empty = n <= 0
    low = np.where(empty, np.nan, low)
    high = np.where(empty, np.nan, high)
    # exact bounds at the edges (floating error otherwise leaves 1e-17)
    low = np.where(~empty & (k <= 0), 0.0, low)
    high = np.where(~empty & (k >= n), 1.0, high)
    return low, high


def add_rate(
    df: pd.DataFrame,
    name: str,
    numerator: str,
    denominator: str,
    *,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Add ``name``, ``name_low`` and ``name_high`` columns: numerator ÷ denominator.

    Parameters
    ----------
    df : pandas.DataFrame
        Holds the count columns.
    name : str
        The rate's column name, e.g. ``"reply_rate"``.
    numerator, denominator : str
        Count columns; a zero denominator gives NaN.
    confidence : float, default 0.95
        Interval level.

    Returns
    -------
    pandas.DataFrame
        ``df`` with three more columns (modified in place and returned). The rate's
        numerator and denominator columns are published in ``df.attrs["rates"][name]``
        (a ``(numerator, denominator)`` pair), so that formatters read the measure's own
        definition instead of restating it.
    """
    rates = dict(df.attrs.get("rates", {}))
    rates[name] = (numerator, denominator)
    df.attrs["rates"] = rates
    k = df[numerator].to_numpy(dtype=float, na_value=np.nan)
    n = df[denominator].to_numpy(dtype=float, na_value=np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        df[name] = np.where(n > 0, k / n, np.nan)
    df[f"{name}_low"], df[f"{name}_high"] = wilson_interval(k, n, confidence=confidence)
    df.attrs.setdefault(RATES_ATTR, {})[name] = (numerator, denominator)
    return df


#: Columns (and dtypes) of every headline frame, network and outreach alike.
HEADLINE_COLUMNS = {
    "measure": "string",
    "label": "string",
    "value": "float64",
    "numerator": "Int64",
    "denominator": "Int64",
    "low": "float64",
    "high": "float64",
    "note": "string",
}


def headline_row(
    measure: str,
    label: str,
    *,
    value: float | None = None,
    numerator: int | None = None,
    denominator: int | None = None,
    rate: bool = False,
    low: float | None = None,
    high: float | None = None,
    note: str = "",
) -> dict:
    """One row of a headline frame (see :func:`headline_frame`).

    With ``rate`` the value is ``numerator`` ÷ ``denominator`` and ``low``/``high`` its 95 %
    Wilson interval (NaN without a denominator); otherwise ``value`` is given and the bounds
    are those given (e.g. a median's confidence bounds), else NaN.
    """
    low = np.nan if low is None else float(low)
    high = np.nan if high is None else float(high)
    if rate:
        k, n = float(numerator or 0), float(denominator or 0)
        value = k / n if n > 0 else np.nan
        lo, hi = wilson_interval(k, n)
        low, high = float(lo), float(hi)
    return {
        "measure": measure,
        "label": label,
        "value": np.nan if value is None else float(value),
        "numerator": numerator,
        "denominator": denominator,
        "low": low,
        "high": high,
        "note": note,
    }


def headline_frame(rows: list[dict]) -> pd.DataFrame:
    """Return :func:`headline_row` rows as a frame with :data:`HEADLINE_COLUMNS`, in order."""
    out = pd.DataFrame(rows, columns=list(HEADLINE_COLUMNS))
    out["numerator"] = pd.array(out["numerator"].tolist(), dtype="Int64")
    out["denominator"] = pd.array(out["denominator"].tolist(), dtype="Int64")
    return out.astype(HEADLINE_COLUMNS)


def _pct(value: float) -> str:
    return f"{100 * value:.1f} %"


def format_rate(k: object, n: object, value: object, low: object, high: object) -> str:
    """Format one rate as ``"131 / 178 = 73.6 % (66.7–79.5 %)"``, every number as given.

    Nothing is recomputed: the point estimate is the measure's own rate, the interval its own
    bounds, the counts its own numerator and denominator columns.

    Parameters
    ----------
    k, n : number or NA
        Numerator and denominator. A missing numerator means the source does not track it:
        ``"not tracked"``, never 0 %.
    value, low, high : float or NA
        The rate and its interval.

    Returns
    -------
    str
        The rate in words; `` · small sample`` is added when ``n`` < :data:`SMALL_SAMPLE`.
    """
    if k is None or pd.isna(k):
        return "not tracked"
    if n is None or pd.isna(n) or float(n) == 0 or value is None or pd.isna(value):
        return f"{float(k):.0f} / 0 (no denominator)"
    text = f"{float(k):.0f} / {float(n):.0f} = {_pct(float(value))}"
    if not (low is None or high is None or pd.isna(low) or pd.isna(high)):
        text += f" ({100 * float(low):.1f}–{100 * float(high):.1f} %)"
    if float(n) < SMALL_SAMPLE:
        text += " · small sample"
    return text


def describe_rates(result: pd.DataFrame, *, labels: Sequence[str] | None = None) -> pd.DataFrame:
    """List every rate a measure returned with its own counts and interval, one row each.

    A measure records, for each rate it adds, which columns are its numerator and denominator
    (``result.attrs[RATES_ATTR]``, written by :func:`add_rate`). This reads them from there,
    so a rate is never shown over a denominator other than its own.

    Parameters
    ----------
    result : pandas.DataFrame
        A measure's result, e.g. ``nk.outreach.funnel(events, by="template")``.
    labels : sequence of str, optional
        Columns that name each row (group columns); by default the leading text, boolean and
        categorical columns (pass numeric ones, such as ``["step"]``, by name).

    Returns
    -------
    pandas.DataFrame
        The label columns, then ``rate`` (name), ``numerator``, ``denominator`` (the count
        column names), ``k``, ``n``, ``value``, ``low``, ``high`` (as the measure returned
        them) and ``text`` (:func:`format_rate`).

    Raises
    ------
    ValueError
        When ``result`` records no rates (it is not a measure's result with rates, or its
        ``attrs`` were dropped by a pandas operation).
    """
    rates = result.attrs.get(RATES_ATTR)
    if not rates:
        raise ValueError(
            "this table records no rates: pass a measure's result as returned (its attrs name "
            "each rate's numerator and denominator)"
        )
    if labels is None:
        labels = []
        for col in result.columns:
            dtype = result[col].dtype
            if not (
                pd.api.types.is_string_dtype(dtype)
                or pd.api.types.is_bool_dtype(dtype)
                or isinstance(dtype, pd.CategoricalDtype)
            ):
                break
            labels.append(col)
    rows = []
    for _, row in result.iterrows():
        for rate, (num, den) in rates.items():
            if rate not in result.columns:
                continue
            k = row[num] if num in result.columns else pd.NA
            n = row[den] if den in result.columns else pd.NA
            value, low, high = row[rate], row.get(f"{rate}_low"), row.get(f"{rate}_high")
            rows.append(
                {
                    **{col: row[col] for col in labels},
                    "rate": rate,
                    "numerator": num,
                    "denominator": den,
                    "k": k,
                    "n": n,
                    "value": value,
                    "low": low,
                    "high": high,
                    "text": format_rate(k, n, value, low, high),
                }
            )
    columns = [*labels, "rate", "numerator", "denominator", "k", "n", "value", "low", "high"]
    return pd.DataFrame(rows, columns=[*columns, "text"])


@dataclass
class KaplanMeier:
    """A Kaplan–Meier estimate of time to an event, with right-censoring.

    Attributes
    ----------
    n : int
        Units (threads, conversations).
    events : int
        Units whose event was observed.
    median : float
        Median time to event (NaN when fewer than half had it).
    median_low, median_high : float
        Confidence bounds of the median from the pointwise band (NaN where not reached).
    curve : pandas.DataFrame
        ``time``, ``share`` (share with the event by then: 1 − survival), ``share_low``,
        ``share_high``.
    by_time : pandas.DataFrame
        ``time``, ``share``, ``share_low``, ``share_high`` at the requested times.
    """

    n: int
    events: int
    median: float
    median_low: float
    median_high: float
    curve: pd.DataFrame = field(repr=False)
    by_time: pd.DataFrame = field(repr=False)


def _settled(surv: np.ndarray, low: np.ndarray, high: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the log-log band where the survival is settled, NaN where not estimable.

    The log-log band has no value where the survival is 1 (no event yet) or 0 (every unit
    had it): there the estimate has no variance and the band is the point itself (1 or 0),
    as lifelines reports it. Anywhere else a missing bound stays NaN, "not estimable": it was
    once turned into 0, which made a censored unit's time the median's lower bound.
    """
    low = np.where(surv >= 1.0, 1.0, np.where(surv <= 0.0, 0.0, low))
    high = np.where(surv >= 1.0, 1.0, np.where(surv <= 0.0, 0.0, high))
    return low, high


def _first_crossing(times: np.ndarray, values: np.ndarray, level: float) -> float:
    hit = np.nonzero(values <= level)[0]
    return float(times[hit[0]]) if len(hit) else float("nan")


def kaplan_meier(
    durations: np.ndarray | Sequence[float],
    observed: np.ndarray | Sequence[bool],
    *,
    at: Sequence[float] = (1, 3, 7, 14, 30),
    confidence: float = 0.95,
) -> KaplanMeier:
    """Kaplan–Meier estimate via ``scipy.stats.ecdf`` on censored data.

    Parameters
    ----------
    durations : array-like
        Time from start to the event, or to censoring where ``observed`` is false; must be ≥ 0.
    observed : array-like of bool
        True where the event happened.
    at : sequence of float, default (1, 3, 7, 14, 30)
        Times at which to report the share with the event.
    confidence : float, default 0.95
        Level of the pointwise (log-log) band.

    Returns
    -------
    KaplanMeier
        Counts, median with bounds, curve and shares at ``at``.
    """
    d = np.asarray(durations, dtype=float)
    o = np.asarray(observed, dtype=bool)
    keep = np.isfinite(d)
    d, o = np.clip(d[keep], 0.0, None), o[keep]
    at_arr = np.asarray(list(at), dtype=float)
    nan_times = pd.DataFrame(
        {"time": at_arr, "share": np.nan, "share_low": np.nan, "share_high": np.nan}
    )
    if len(d) == 0:
        empty = pd.DataFrame(columns=["time", "share", "share_low", "share_high"], dtype=float)
        return KaplanMeier(0, 0, np.nan, np.nan, np.nan, empty, nan_times)
    if not o.any():
        curve = pd.DataFrame(
            {"time": [0.0], "share": [0.0], "share_low": [0.0], "share_high": [0.0]}
        )
        horizon = d.max()
        within = np.where(at_arr <= horizon, 0.0, np.nan)
        by_time = nan_times.assign(share=within, share_low=within, share_high=within)
        return KaplanMeier(len(d), 0, np.nan, np.nan, np.nan, curve, by_time)
    data = stats.CensoredData(uncensored=d[o], right=d[~o])
    res = stats.ecdf(data)
    sf = res.sf
    times = np.asarray(sf.quantiles, dtype=float)
    surv = np.asarray(sf.probabilities, dtype=float)
    with np.errstate(all="ignore"), warnings.catch_warnings():
        # "undefined at some observations": where the survival is 1 or 0 (see _settled)
        warnings.simplefilter("ignore", RuntimeWarning)
        band = sf.confidence_interval(confidence_level=confidence, method="log-log")
    lo, hi = _settled(
        surv,
        np.asarray(band.low.evaluate(times), dtype=float),
        np.asarray(band.high.evaluate(times), dtype=float),
    )
    curve = pd.DataFrame(
        {"time": times, "share": 1 - surv, "share_low": 1 - hi, "share_high": 1 - lo}
    )
    horizon = d.max()
    s_at = np.asarray(sf.evaluate(at_arr), dtype=float)
    with np.errstate(all="ignore"):
        lo_at, hi_at = _settled(
            s_at,
            np.asarray(band.low.evaluate(at_arr), dtype=float),
            np.asarray(band.high.evaluate(at_arr), dtype=float),
        )
    return _result(
        n=len(d),
        events=int(o.sum()),
        times=times,
        bands=(surv, lo, hi),
        curve=curve,
        at=(at_arr, s_at, lo_at, hi_at),
        horizon=horizon,
    )


def _result(*, n, events, times, bands, curve, at, horizon) -> KaplanMeier:
    """Assemble a :class:`KaplanMeier` from the survival curve and its band at ``times``.

    Shares at the ``at`` times are NaN beyond the horizon (the longest follow-up); the
    median and its bounds are where the curve and its band first reach one half.
    """
    at_arr, s_at, lo_at, hi_at = at
    surv, lo, hi = bands
    beyond = at_arr > horizon
    by_time = pd.DataFrame(
        {
            "time": at_arr,
            "share": np.where(beyond, np.nan, 1 - s_at),
            "share_low": np.where(beyond, np.nan, 1 - hi_at),
            "share_high": np.where(beyond, np.nan, 1 - lo_at),
        }
    )
    return KaplanMeier(
        n=n,
        events=events,
        median=_first_crossing(times, surv, 0.5),
        median_low=_first_crossing(times, lo, 0.5),
        median_high=_first_crossing(times, hi, 0.5),
        curve=curve,
        by_time=by_time,
    )


def kaplan_meier_counts(
    times: np.ndarray | Sequence[float],
    events: np.ndarray | Sequence[int],
    censored: np.ndarray | Sequence[int],
    *,
    at: Sequence[float] = (1, 3, 7, 14, 30),
    confidence: float = 0.95,
) -> KaplanMeier:
    """Kaplan–Meier estimate from counts per time: equal to :func:`kaplan_meier` on the units.

    For units aggregated inside an engine: ``events[i]`` units had the event at ``times[i]``
    and ``censored[i]`` were censored then. Times may repeat and come in any order. The
    estimate, its log-log (exponential Greenwood) band, the median and its bounds are computed
    with the same formulas and operations as ``scipy.stats.ecdf`` uses on the units one by
    one (scipy takes no weights), so the results are equal to :func:`kaplan_meier` on the
    expanded data, to floating-point rounding.

    Parameters
    ----------
    times : array-like
        Time from start to the event or to censoring; non-finite times are left out, negative
        ones count as 0 (as in :func:`kaplan_meier`).
    events, censored : array-like of int
        Units with the event, and units censored, at each time.
    at : sequence of float, default (1, 3, 7, 14, 30)
        Times at which to report the share with the event.
    confidence : float, default 0.95
        Level of the pointwise (log-log) band.

    Returns
    -------
    KaplanMeier
        Counts, median with bounds, curve (one row per distinct time) and shares at ``at``.
    """
    t = np.asarray(times, dtype=float)
    died = np.asarray(events, dtype=np.int64)
    lost = np.asarray(censored, dtype=np.int64)
    keep = np.isfinite(t) & (died + lost > 0)
    t, died, lost = np.clip(t[keep], 0.0, None), died[keep], lost[keep]
    at_arr = np.asarray(list(at), dtype=float)
    nan_times = pd.DataFrame(
        {"time": at_arr, "share": np.nan, "share_low": np.nan, "share_high": np.nan}
    )
    n_units = int(died.sum() + lost.sum())
    if n_units == 0:
        empty = pd.DataFrame(columns=["time", "share", "share_low", "share_high"], dtype=float)
        return KaplanMeier(0, 0, np.nan, np.nan, np.nan, empty, nan_times)
    horizon = float(t.max())
    if not died.any():
        curve = pd.DataFrame(
            {"time": [0.0], "share": [0.0], "share_low": [0.0], "share_high": [0.0]}
        )
        within = np.where(at_arr <= horizon, 0.0, np.nan)
        by_time = nan_times.assign(share=within, share_low=within, share_high=within)
        return KaplanMeier(n_units, 0, np.nan, np.nan, np.nan, curve, by_time)
    # one row per distinct time, ascending; at risk = units whose time is at least this one
    uniq, inverse = np.unique(t, return_inverse=True)
    d = np.bincount(inverse, weights=died, minlength=len(uniq)).astype(np.int64)
    c = np.bincount(inverse, weights=lost, minlength=len(uniq)).astype(np.int64)
    n = np.cumsum((d + c)[::-1])[::-1]
    surv = np.cumprod((n - d) / n)
    z = special.ndtri(1 / 2 + confidence / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        se = np.sqrt(1 / np.log(surv) ** 2 * np.cumsum(d / (n * (n - d))))
        lnl = np.log(-np.log(surv))
        low = np.clip(np.exp(-np.exp(lnl + z * se)), 0, 1)
        high = np.clip(np.exp(-np.exp(lnl - z * se)), 0, 1)
    lo, hi = _settled(surv, low, high)
    curve = pd.DataFrame(
        {"time": uniq, "share": 1 - surv, "share_low": 1 - hi, "share_high": 1 - lo}
    )
    # step functions continuous from the right, 1 before the first time (scipy's evaluate)
    i = np.searchsorted(uniq, at_arr, side="right") - 1

    def step(values: np.ndarray) -> np.ndarray:
        return np.where(i >= 0, values[np.maximum(i, 0)], 1.0)

    s_at = step(surv)
    lo_at, hi_at = step(lo), step(hi)
    return _result(
        n=n_units,
        events=int(d.sum()),
        times=uniq,
        bands=(surv, lo, hi),
        curve=curve,
        at=(at_arr, s_at, lo_at, hi_at),
        horizon=horizon,
    )
