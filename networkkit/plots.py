"""Matplotlib figures for the reports, in one consistent style.

Every function takes the tidy DataFrame a measure returns first, everything else keyword-only;
columns are named by string; ``ax=None`` draws on :func:`matplotlib.pyplot.gca`; the Axes is
returned; extra ``**kwargs`` go to the underlying matplotlib call. Nothing here calls
``plt.show()`` or ``savefig`` — the notebook (or the caller) decides what to do with the figure.

Use :func:`use_style` once (the report notebooks do) or :data:`STYLE` with
``plt.style.context(STYLE)`` to get the house look.

Text from the data is always plain text: mathtext is off (a company named ``$x$`` is
drawn as typed, never parsed), and glyphs come from a fallback chain (:data:`FONT_FALLBACK`)
that covers Latin, Greek, Cyrillic, Arabic, Hebrew, Japanese, Chinese and Korean with fonts
installed from PyPI. Each function also records a one-sentence description of what it drew,
computed from the data: :func:`alt_text` returns it (the reports use it as the figure's alt
text).
"""

from __future__ import annotations

import importlib.util
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import MaxNLocator

__all__ = [
    "FONT_FALLBACK",
    "PALETTE",
    "STYLE",
    "alt_text",
    "bars",
    "cadence",
    "funnel",
    "growth",
    "heatmap",
    "rate_axis_limit",
    "rates",
    "register_fonts",
    "set_alt_text",
    "stage_rates",
    "time_to_reply",
    "trend",
    "trend_lines",
    "truncate",
    "use_style",
]

#: Fonts shipped in PyPI packages (package, file inside it), added to matplotlib on import.
_PACKAGED_FONTS: tuple[tuple[str, str], ...] = (
    ("matplotlib_fontja", "fonts/ipaexg.ttf"),  # IPAexGothic: Japanese
    ("mplfonts", "fonts/NotoSansCJKsc-Regular.otf"),  # Noto Sans CJK SC: Chinese, Korean
)

#: Font families tried in order for each glyph. DejaVu Sans (shipped with matplotlib) draws
#: Latin, Greek, Cyrillic, Arabic and Hebrew; IPAexGothic (``matplotlib-fontja``) Japanese;
#: Noto Sans CJK SC (``mplfonts``) Chinese and Korean. The Noto families after them are used
#: only when the system has them (Debian's ``fonts-noto-core`` / ``fonts-noto-cjk``, an
#: optional extra) for glyphs none of the packaged fonts has.
FONT_FALLBACK: tuple[str, ...] = (
    "DejaVu Sans",
    "IPAexGothic",
    "Noto Sans CJK SC",
    "Noto Sans CJK JP",
    "Noto Sans",
    "Noto Sans Arabic",
    "Noto Sans Hebrew",
)


def register_fonts() -> tuple[str, ...]:
    """Add the packaged fonts to matplotlib and return the fallback families it can use.

    Returns
    -------
    tuple of str
        The families of :data:`FONT_FALLBACK` matplotlib knows, in order (a family that is
        not installed is left out, so matplotlib never warns that it cannot find it).
    """
    known = {entry.name for entry in font_manager.fontManager.ttflist}
    for package, relative in _PACKAGED_FONTS:
        spec = importlib.util.find_spec(package)  # locates the package without running it
        folders = list(spec.submodule_search_locations or []) if spec else []
        for folder in folders:
            path = Path(folder) / relative
            if path.is_file():
                name = font_manager.FontProperties(fname=path).get_name()
                if name not in known:
                    font_manager.fontManager.addfont(str(path))
                    known.add(name)
    return tuple(family for family in FONT_FALLBACK if family in known)


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

#: Longest category label drawn on an axis (cut at a word boundary with "…"; the alt text and
#: the tables keep the whole text).
LABEL_CHARS = 40

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
    "font.family": list(register_fonts()),
    "text.parse_math": False,
    "svg.fonttype": "none",
}


def use_style() -> None:
    """Apply :data:`STYLE` to matplotlib's global rcParams."""
    plt.rcParams.update(STYLE)


_ALT: weakref.WeakKeyDictionary[Axes, str] = weakref.WeakKeyDictionary()


def set_alt_text(ax: Axes, sentence: str) -> None:
    """Record what ``ax`` shows, in one sentence (:func:`alt_text` returns it).

    Parameters
    ----------
    ax : matplotlib.axes.Axes
        A drawn Axes.
    sentence : str
        Its description, e.g. "Bar chart of ...".
    """
    _ALT[ax] = " ".join(str(sentence).split())


def _generic_alt(ax: Axes) -> str:
    """Describe an Axes no function here drew, from its title, labels and marks."""
    title = ax.get_title() or ax.get_title("left") or ax.get_title("right")
    what = f"Chart “{title}”" if title else "Chart"
    axes = [label for label in (ax.get_xlabel(), ax.get_ylabel()) if label]
    marks = []
    for count, noun in ((len(ax.patches), "bar"), (len(ax.lines), "line")):
        if count:
            marks.append(f"{count} {noun}{'' if count == 1 else 's'}")
    parts = [what]
    if axes:
        parts.append(" against ".join(f"“{a}”" for a in axes))
    if marks:
        parts.append("with " + " and ".join(marks))
    return ", ".join(parts) + "."


def alt_text(obj: Figure | Axes) -> str:
    """Return a one-sentence description of a figure or Axes drawn here.

    The functions of this module record a sentence computed from the data (the extremes,
    totals or ranges shown); an Axes drawn by other code is described from its title, axis
    labels and marks, so the result is never empty.

    Parameters
    ----------
    obj : matplotlib.figure.Figure or matplotlib.axes.Axes
        What to describe; a figure's colour bars and twin axes are skipped.

    Returns
    -------
    str
        The sentence (several Axes' sentences are joined by "; ").
    """
    axes = [obj] if isinstance(obj, Axes) else list(obj.axes)
    said = [_ALT[a] for a in axes if a in _ALT]
    if not said:
        main = [a for a in axes if a.get_label() != "<colorbar>"][:1]
        said = [_generic_alt(a) for a in main]
    text = "; ".join(s.rstrip(".") for s in said)
    return (text + ".") if text else "An empty figure."


def _plain(ax: Axes) -> None:
    """Make every text of ``ax``'s figure plain text (no mathtext), tick labels included.

    Tick labels are made lazily at draw time; for fixed labels (categories) they are made
    now, so they are plain whatever the rcParams are when the figure is drawn.
    """
    for axis in (ax.xaxis, ax.yaxis):
        locs = axis.get_majorticklocs()
        axis.get_major_ticks(len(locs))
    for text in ax.figure.findobj(Text):
        text.set_parse_math(False)


def _num(value: Any) -> str:
    value = float(value)
    return f"{value:,.0f}" if value == round(value) else f"{value:,.1f}"


def _pct(value: Any) -> str:
    return "n/a" if pd.isna(value) else f"{float(value):.0%}"


def truncate(text: str, limit: int = 40) -> str:
    """Shorten ``text`` to at most ``limit`` characters, at a word boundary, ending in "…".

    Parameters
    ----------
    text : str
        The text.
    limit : int, default 40
        Most characters kept, the "…" included.

    Returns
    -------
    str
        ``text`` itself when it fits; else its longest prefix ending at a word boundary
        (a single over-long word is cut inside it), with "…" appended.

    Examples
    --------
    >>> truncate("¡Seguimos en contacto la semana que viene!", 20)
    '¡Seguimos en…'
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    head = text[: max(limit - 1, 1)]
    cut = head.rstrip()
    if not (head[-1].isspace() or text[len(head)].isspace()):  # inside a word: drop it
        space = cut.rfind(" ")
        if space > 0:
            cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"


def _ax(ax: Axes | None) -> Axes:
    return plt.gca() if ax is None else ax


def _label(
    ax: Axes, *, title: str | None, xlabel: str | None, ylabel: str | None, alt: str
) -> Axes:
    """Set the labels, record the alt text and make every text plain."""
    set_alt_text(ax, alt)
    if title is not None:
        ax.set_title(title)
    if xlabel is not None:
        ax.set_xlabel(xlabel)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    _plain(ax)
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
    counts = data[new].astype(float)
    if len(data):
        first, last = (pd.Timestamp(xs.iloc[i]).strftime("%b %Y") for i in (0, -1))
        peak = int(np.nanargmax(counts.to_numpy())) if counts.notna().any() else 0
        alt = (
            f"Bar chart “{title}” from {first} to {last}: {_num(counts.sum())} in all, "
            f"most in {pd.Timestamp(xs.iloc[peak]).strftime('%b %Y')} "
            f"({_num(counts.iloc[peak])})."
        )
    else:
        alt = f"Bar chart “{title}” with no periods."
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel, alt=alt)


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
    names = [truncate(name, LABEL_CHARS) for name in ordered[label].astype(str)]
    ax.barh(np.arange(len(ordered)), ordered[value].astype(float), **kwargs)
    ax.set_yticks(np.arange(len(ordered)), names)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: whole-number ticks
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    alt = f"Horizontal bar chart “{title}” of {len(data)} bars"
    if len(data):
        values = data[value].astype(float).reset_index(drop=True)
        top, low = int(values.idxmax()), int(values.idxmin())
        names = data[label].astype(str).reset_index(drop=True)
        alt += (
            f": largest {names[top]} ({_num(values[top])} {xlabel.lower()}), "
            f"smallest {names[low]} ({_num(values[low])})"
        )
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel, alt=alt + ".")


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
        # a column just right of the Axes, a fixed distance from its edge, which the layout
        # keeps inside the figure (anchored in data coordinates, it moved as the layout
        # narrowed the Axes, and a phone-width figure cut "236 / 300" to "236 / 30")
        for yi, ki, ni in zip(y, k, n, strict=True):
            text = "n/a" if np.isnan(ni) else f"{ki:.0f} / {ni:.0f}"
            ax.annotate(
                text,
                (1.0, yi),
                xycoords=("axes fraction", "data"),
                xytext=(6, 0),
                textcoords="offset points",
                va="center",
                annotation_clip=False,
            )
    ax.set_yticks(y, [truncate(name, LABEL_CHARS) for name in ordered[label].astype(str)])
    ax.set_xlim(0, rate_axis_limit(r if err is None else r + err[1]))
    _percent_axis(ax.xaxis)
    ax.grid(axis="x")
    ax.grid(axis="y", visible=False)
    alt = f"Dot chart “{title}” of {len(data)} rates with their intervals"
    known = ordered[ordered[rate].notna()]
    if len(known):
        hi_row = known.loc[known[rate].astype(float).idxmax()]
        lo_row = known.loc[known[rate].astype(float).idxmin()]
        alt += (
            f": highest {hi_row[label]} at {_pct(hi_row[rate])}, "
            f"lowest {lo_row[label]} at {_pct(lo_row[rate])}"
        )
    return _label(ax, title=title, xlabel=xlabel, ylabel=None, alt=alt + ".")


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
    shown = [
        f"{row.label} {100 * row.rate:.0f} % of {row.denominator:,.0f}"
        if row.tracked and np.isfinite(row.rate)
        else f"{row.label} not tracked"
        for row in stages.itertuples(index=False)
    ]
    alt = f"Bar chart “{title}”, each stage over its own denominator: " + "; ".join(shown) + "."
    return _label(
        ax,
        title=title,
        xlabel="Share of the stage's own denominator (95 % interval)",
        ylabel=None,
        alt=alt,
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
    steps = ", ".join(
        f"{stage.replace('_', ' ')} {'not tracked' if np.isnan(v) else _num(v)}"
        for stage, v in zip(stages, values, strict=True)
    )
    alt = f"Bar chart “{title}” of {ylabel.lower()} per stage: {steps}."
    return _label(ax, title=title, xlabel="Stage", ylabel=ylabel, alt=alt)


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
    ends = []
    for name, group in groups[:4]:
        g = group.sort_values(time)
        g = g[g[time].astype(float) <= (xmax if xmax is not None else np.inf)]
        last = float(g[share].iloc[-1]) if len(g) else 0.0
        ends.append(f"{'' if name is None else f'{name}: '}{_pct(last)}")
    more = f" (and {len(groups) - 4} more curves)" if len(groups) > 4 else ""
    horizon = f"by day {xmax:g}" if xmax is not None else "at the end"
    alt = f"Step chart “{title}”: share of threads replied {horizon}, {', '.join(ends)}{more}."
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel, alt=alt)


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
    alt = (
        f"Heat map “{title}” of {value.replace('_', ' ')} by {ylabel.lower()} and {xlabel.lower()}"
    )
    stacked = grid.stack().dropna()
    if len(stacked):
        (r_best, c_best), best = stacked.idxmax(), stacked.max()
        shown = _pct(best) if percent else _num(best)
        alt += f": highest {shown} at {lookup.get(r_best, r_best)}, {c_best}"
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel, alt=alt + ".")


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
    counts = data[y].astype(float).reset_index(drop=True)
    alt = f"Bar chart “{title}”: {_num(counts.sum())} {ylabel.lower()}"
    if len(data):
        xs_ = data[x].astype(float).reset_index(drop=True)
        alt += f", most with {_num(xs_[int(counts.idxmax())])} follow-ups"
        if limit is not None:
            alt += f", {_num(counts[xs_ > limit].sum())} beyond the advised limit of {limit:g}"
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel, alt=alt + ".")


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
    moves = []
    for name, group in data.sort_values(x).groupby(by, sort=True):
        values = group[y].astype(float).dropna()
        if len(values):
            moves.append(f"{name} from {values.iloc[0]:.3g} to {values.iloc[-1]:.3g}")
    runs = data[x].nunique()
    alt = f"Line chart “{title}” across {runs} runs: " + "; ".join(moves[:5]) or "no values"
    return _label(ax, title=title, xlabel=xlabel, ylabel=ylabel, alt=alt + ".")


#: The old name of :func:`trend_lines`, kept for one release (:func:`networkkit.history.trend`
#: is the table these lines draw).
trend = trend_lines
