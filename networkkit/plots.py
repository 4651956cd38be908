"""Matplotlib figures for the reports, in one consistent style.

Every function takes the tidy DataFrame a measure returns first, everything else keyword-only;
columns are named by string; ``ax=None`` draws on :func:`matplotlib.pyplot.gca`; the Axes is
returned; extra ``**kwargs`` go to the underlying matplotlib call. Nothing here calls
``plt.show()`` or ``savefig`` — the notebook (or the caller) decides what to do with the figure.

Use :func:`use_style` once (the report notebooks do) or :data:`STYLE` with
``plt.style.context(STYLE)`` to get the house look.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.ticker import MaxNLocator

__all__ = [
    "PALETTE",
    "STYLE",
    "bars",
    "cadence",
    "funnel",
    "growth",
    "heatmap",
    "rate_axis_limit",
    "rates",
    "stage_rates",
    "time_to_reply",
    "trend",
    "trend_lines",
    "use_style",
]

#: Colour cycle: colour-blind safe (Okabe–Ito), first colour is the report's accent.
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)

#: rcParams of the house style.
STYLE: dict[str, Any] = {
    "figure.figsize": (8.0, 4.0),
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.autolayout": True,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.8,
    "axes.prop_cycle": plt.cycler(color=list(PALETTE)),
    "legend.frameon": False,
    "image.cmap": "Blues",
}


def use_style() -> None:
    """Apply :data:`STYLE` to matplotlib's global rcParams."""
    plt.rcParams.update(STYLE)


def _ax(ax: Axes | None) -> Axes:
    return plt.gca() if ax is None else ax


def _label(ax: Axes, *, title: str | None, xlabel: str | None, ylabel: str | None) -> Axes:
    if title is not None:
        ax.set_title(title)
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    return ax


def _percent_axis(axis: Any) -> None:
    axis.set_major_formatter(plt.FuncFormatter(lambda v, _pos: f"{v:.0%}"))


def growth(
    data: pd.DataFrame,
    *,
    x: str = "period_start",
    new: str = "new_connections",
    total: str | None = "cumulative",
    title: str = "Connections per month",
    xlabel: str = "Month connected",
    ylabel: str = "New connections",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Bars of new connections per period, with the running total on a second axis.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per period, e.g. :func:`networkkit.network.growth`'s result.
    x, new, total : str
        Columns: the period (datetime or label), the count in it, and the running total
        (``None`` to leave the total out).
    title, xlabel, ylabel : str
        Labels.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.bar`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes holding the bars.
    """
    ax = _ax(ax)
    periods = pd.to_datetime(data[x]) if not isinstance(data[x].dtype, pd.PeriodDtype) else None
    xs = periods.dt.tz_localize(None) if periods is not None and periods.dt.tz else periods
    if xs is None:
        xs = data[x].dt.to_timestamp()
    ax.bar(xs, data[new].astype(float), width=20, label=ylabel, **kwargs)
    if total is not None and total in data:
        twin = ax.twinx()
        twin.plot(xs, data[total].astype(float), color=PALETTE[1], linewidth=2, label="Total")
        twin.set_ylabel("Total connections")
        twin.grid(False)
        twin.spines["right"].set_visible(True)
        twin.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def bars(
    data: pd.DataFrame,
    *,
    label: str,
    value: str,
    title: str,
    xlabel: str,
    ylabel: str | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Horizontal bars, largest on top (top companies, positions, ...).

    Parameters
    ----------
    data : pandas.DataFrame
        One row per bar.
    label, value : str
        Columns: the bar's label and its length.
    title, xlabel, ylabel : str
        Labels.
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.barh`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes.
    """
    ax = _ax(ax)
    ordered = data.iloc[::-1]
    ax.barh(ordered[label].astype(str), ordered[value].astype(float), **kwargs)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: whole-number ticks
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def rates(
    data: pd.DataFrame,
    *,
    label: str,
    rate: str,
    low: str | None = None,
    high: str | None = None,
    numerator: str | None = None,
    denominator: str | None = None,
    title: str,
    xlabel: str = "Rate (95 % interval)",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Rates as dots with their intervals, one row each, counts written beside.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per rate (e.g. per template, per step).
    label, rate : str
        Columns: the row's label and the rate in [0, 1].
    low, high : str, optional
        Interval bounds; default ``f"{rate}_low"`` / ``f"{rate}_high"`` when present.
    numerator, denominator : str, optional
        Count columns written as ``k / n`` beside each dot.
    title, xlabel : str
        Labels.
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.errorbar`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes.
    """
    ax = _ax(ax)
    low = low or (f"{rate}_low" if f"{rate}_low" in data else None)
    high = high or (f"{rate}_high" if f"{rate}_high" in data else None)
    ordered = data.iloc[::-1].reset_index(drop=True)
    y = np.arange(len(ordered))
    r = ordered[rate].to_numpy(dtype=float, na_value=np.nan)
    if low and high:
        lo = ordered[low].to_numpy(dtype=float, na_value=np.nan)
        hi = ordered[high].to_numpy(dtype=float, na_value=np.nan)
        err = np.vstack([np.clip(r - lo, 0, None), np.clip(hi - r, 0, None)])
    else:
        err = None
    kwargs.setdefault("fmt", "o")
    kwargs.setdefault("capsize", 3)
    ax.errorbar(r, y, xerr=err, **kwargs)
    if numerator and denominator:
        k = ordered[numerator].to_numpy(dtype=float, na_value=np.nan)
        n = ordered[denominator].to_numpy(dtype=float, na_value=np.nan)
        right = np.nanmax(np.r_[r, 0.0]) if err is None else np.nanmax(np.r_[r + err[1], 0.0])
        for yi, ki, ni in zip(y, k, n, strict=True):
            text = "n/a" if np.isnan(ni) else f"{ki:.0f} / {ni:.0f}"
            ax.annotate(text, (right, yi), xytext=(6, 0), textcoords="offset points", va="center")
    ax.set_yticks(y, ordered[label].astype(str))
    ax.set_xlim(0, rate_axis_limit(r if err is None else r + err[1], room=bool(numerator)))
    _percent_axis(ax.xaxis)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    return _label(ax, title=title, xlabel=xlabel, ylabel=None)


def rate_axis_limit(upper: Any, *, room: bool = False) -> float:
    """Return the right end of a rate axis that fits the data (the largest bound, rounded up).

    Parameters
    ----------
    upper : array-like
        The rates' upper interval bounds (or the rates), in [0, 1]; NaN ignored.
    room : bool, default False
        Leave a quarter more for counts written beside the largest rate.

    Returns
    -------
    float
        In (0, 1] (a little over 1 with ``room``): never squashes a 0–13 % range against the
        left edge of a 0–100 % axis.
    """
    values = np.asarray(upper, dtype=float)
    top = float(np.nanmax(values)) if np.isfinite(values).any() else 1.0
    step = 0.05 if top <= 0.3 else 0.1
    limit = min(1.0, max(step, np.ceil(top / step) * step))
    return limit * 1.25 if room else limit


def stage_rates(
    stages: pd.DataFrame,
    *,
    title: str = "Where threads drop out",
    ax: Axes | None = None,
) -> Axes:
    """Each funnel stage as a rate over its own named denominator, with its interval.

    Parameters
    ----------
    stages : pandas.DataFrame
        :func:`networkkit.outreach.funnel_stages`'s result.
    title : str
        The figure's title.
    ax : matplotlib.axes.Axes, optional
        Where to draw.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes: one bar per stage, "not tracked" written where the source does not track
        it, and ``k / n`` beside each bar.
    """
    ax = _ax(ax)
    ordered = stages.iloc[::-1].reset_index(drop=True)
    y = np.arange(len(ordered))
    r = ordered["rate"].to_numpy(dtype=float, na_value=np.nan)
    lo = ordered["rate_low"].to_numpy(dtype=float, na_value=np.nan)
    hi = ordered["rate_high"].to_numpy(dtype=float, na_value=np.nan)
    ax.barh(y, np.nan_to_num(r), color=PALETTE[0], alpha=0.8)
    err = np.vstack([np.clip(r - lo, 0, None), np.clip(hi - r, 0, None)])
    ax.errorbar(r, y, xerr=err, fmt="none", ecolor="#333333", capsize=3)
    for yi, row in zip(y, ordered.itertuples(index=False), strict=True):
        if row.tracked:
            text = f"{row.numerator:,.0f} / {row.denominator:,.0f}"
            x = row.rate_high if np.isfinite(row.rate_high) else row.rate
        else:
            text, x = "not tracked", 0.0
        ax.annotate(text, (x, yi), xytext=(6, 0), textcoords="offset points", va="center")
    labels = [f"{row.label}\n{row.denominator_label}" for row in ordered.itertuples(index=False)]
    ax.set_yticks(y, labels)
    ax.set_xlim(0, 1.25)  # room for the counts; ticks stop at 100 %
    ax.set_xticks(np.linspace(0, 1, 6))
    _percent_axis(ax.xaxis)
    ax.grid(axis="y", visible=False)
    return _label(
        ax, title=title, xlabel="Share of the stage's own denominator (95 % interval)", ylabel=None
    )


def funnel(
    data: pd.DataFrame,
    *,
    stages: Sequence[str] = ("sent", "delivered", "opened", "clicked", "replied", "positive"),
    title: str = "Outreach funnel",
    ylabel: str = "Threads",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Bars of the funnel's counts, stage by stage; untracked stages are labelled so.

    Parameters
    ----------
    data : pandas.DataFrame
        One row (the total) of :func:`networkkit.outreach.funnel`'s result; only the first
        row is drawn.
    stages : sequence of str
        Count columns in funnel order. A stage whose column is absent or missing is drawn as
        an empty slot labelled "not tracked".
    title, ylabel : str
        Labels.
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.bar`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes.
    """
    ax = _ax(ax)
    row = data.iloc[0]
    values = []
    for stage in stages:
        value = row[stage] if stage in data.columns else pd.NA
        values.append(np.nan if pd.isna(value) else float(value))
    xs = np.arange(len(stages))
    heights = np.nan_to_num(np.asarray(values), nan=0.0)
    ax.bar(xs, heights, **kwargs)
    top = max(heights.max(), 1.0)
    for xi, value in zip(xs, values, strict=True):
        text = "not tracked" if np.isnan(value) else f"{value:.0f}"
        ax.annotate(
            text,
            (xi, 0 if np.isnan(value) else value),
            xytext=(0, 3),
            textcoords="offset points",
            ha="center",
            va="bottom",
        )
    ax.set_ylim(0, top * 1.15)
    ax.set_xticks(xs, [s.replace("_", " ") for s in stages])
    return _label(ax, title=title, xlabel="Stage", ylabel=ylabel)


def time_to_reply(
    data: pd.DataFrame,
    *,
    time: str = "time",
    share: str = "share",
    low: str | None = "share_low",
    high: str | None = "share_high",
    by: str | None = None,
    title: str = "Time to reply",
    xlabel: str = "Days after the first touch",
    ylabel: str = "Share of threads replied",
    xmax: float | None = 60.0,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Kaplan–Meier curves: the share replied by each day, with a band.

    Parameters
    ----------
    data : pandas.DataFrame
        Curve points (``time``, ``share``, optional bounds), one group per ``by`` value.
    time, share, low, high : str
        Columns; ``low``/``high`` may be ``None`` or absent (no band).
    by : str, optional
        A column to draw one curve per value of.
    title, xlabel, ylabel : str
        Labels.
    xmax : float, optional
        Right end of the x axis (days).
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.step`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes.
    """
    ax = _ax(ax)
    groups = [(None, data)] if by is None else list(data.groupby(by, sort=True, observed=True))
    for i, (name, group) in enumerate(groups):
        g = group.sort_values(time)
        t = np.r_[0.0, g[time].to_numpy(dtype=float)]
        s = np.r_[0.0, g[share].to_numpy(dtype=float)]
        colour = PALETTE[i % len(PALETTE)]
        ax.step(
            t, s, where="post", color=colour, label=None if name is None else str(name), **kwargs
        )
        if low in g and high in g:
            lo = np.r_[0.0, g[low].to_numpy(dtype=float)]
            hi = np.r_[0.0, g[high].to_numpy(dtype=float)]
            ax.fill_between(t, lo, hi, step="post", color=colour, alpha=0.15, linewidth=0)
    if xmax is not None:
        ax.set_xlim(0, xmax)
    tops = [data[c] for c in (high, share) if c in data]
    ax.set_ylim(0, rate_axis_limit(pd.concat(tops)) if tops else 1)  # fits the data
    _percent_axis(ax.yaxis)
    if by is not None:
        ax.legend(title=by)
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def heatmap(
    data: pd.DataFrame,
    *,
    row: str,
    col: str,
    value: str,
    count: str | None = None,
    row_labels: Mapping[Any, str] | Sequence[str] | None = None,
    title: str,
    xlabel: str,
    ylabel: str,
    percent: bool = True,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw ``value`` on a ``row`` × ``col`` grid (e.g. reply rate by weekday and hour sent).

    Parameters
    ----------
    data : pandas.DataFrame
        Long form: one row per cell.
    row, col, value : str
        Columns: the grid's rows, columns and the cell value.
    count : str, optional
        A count column; cells with a count of 0 are left blank.
    row_labels : mapping or sequence of str, optional
        Labels for the row values: a mapping (``{1: "Mon", ...}``) or a sequence indexed by
        the (integer) row value.
    title, xlabel, ylabel : str
        Labels.
    percent : bool, default True
        Show the colour bar as percentages.
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.imshow`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes.
    """
    ax = _ax(ax)
    values = data[value].astype(float)
    if count is not None:
        values = values.where(data[count].astype(float) > 0)
    grid = (
        data.assign(_v=values)
        .groupby([row, col], sort=True)["_v"]
        .mean()
        .unstack(col)
        .sort_index()
        .sort_index(axis=1)
    )
    kwargs.setdefault("aspect", "auto")
    kwargs.setdefault("cmap", "Blues")
    image = ax.imshow(grid.to_numpy(dtype=float), **kwargs)
    ax.set_xticks(np.arange(grid.shape[1]), [str(c) for c in grid.columns])
    rows = list(grid.index)
    if row_labels is None:
        lookup: Mapping[Any, str] = {}
    elif isinstance(row_labels, Mapping):
        lookup = row_labels
    else:
        lookup = dict(enumerate(row_labels))
    labels = [str(lookup.get(r, r)) for r in rows]
    ax.set_yticks(np.arange(grid.shape[0]), labels)
    ax.grid(False)
    bar = ax.figure.colorbar(image, ax=ax)
    bar.set_label(value.replace("_", " "))
    if percent:
        _percent_axis(bar.ax.yaxis)
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def cadence(
    data: pd.DataFrame,
    *,
    x: str = "follow_ups",
    y: str = "threads",
    title: str = "Follow-ups per thread",
    xlabel: str = "Follow-ups sent before a reply",
    ylabel: str = "Threads",
    limit: float | None = 3,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Bars of threads by number of follow-ups, with the advised limit marked.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per follow-up count.
    x, y : str
        Columns: follow-ups and the number of threads with that many.
    title, xlabel, ylabel : str
        Labels.
    limit : float, optional
        Draw a dashed line just past this many follow-ups (METRICS.md: at most 3).
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.bar`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes.
    """
    ax = _ax(ax)
    ax.bar(data[x].astype(float), data[y].astype(float), **kwargs)
    if limit is not None:
        ax.axvline(
            limit + 0.5, color=PALETTE[5], linestyle="--", label=f"advised limit: {limit:g}"
        )
        ax.legend()
    ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel)


def trend_lines(
    data: pd.DataFrame,
    *,
    x: str = "run_at",
    y: str = "value",
    by: str = "measure",
    title: str = "Trend across runs",
    xlabel: str = "Run",
    ylabel: str = "Value",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Lines of headline measures across report runs (one line per measure).

    Parameters
    ----------
    data : pandas.DataFrame
        Long form, e.g. :func:`networkkit.history.load`'s result.
    x, y, by : str
        Columns: the run time, the value and the measure name.
    title, xlabel, ylabel : str
        Labels.
    ax : matplotlib.axes.Axes, optional
        Where to draw.
    **kwargs
        Passed to :meth:`~matplotlib.axes.Axes.plot`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes.
    """
    ax = _ax(ax)
    kwargs.setdefault("marker", "o")
    styles = ("-", "--", ":")
    for i, (name, group) in enumerate(data.sort_values(x).groupby(by, sort=True)):
        xs = pd.to_datetime(group[x], utc=True).dt.tz_localize(None)
        style = {
            "color": PALETTE[i % len(PALETTE)],
            "linestyle": styles[(i // len(PALETTE)) % len(styles)],
        }
        ax.plot(xs, group[y].astype(float), label=str(name), **(style | kwargs))
    ax.legend()
    ax.figure.autofmt_xdate()
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel)


#: The old name of :func:`trend_lines`, kept for one release (:func:`networkkit.history.trend`
#: is the table these lines draw).
trend = trend_lines
