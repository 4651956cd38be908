"""Helpers the report notebooks share: loading with privacy, sections, tables, headlines.

Code that two notebooks would otherwise copy lives here. Every helper that writes into the
report escapes what it writes, so a name like ``<script>`` shows as text.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from networkkit.errors import ExportError, SectionSkipped
from networkkit.plots import truncate
from networkkit.reports._figures import install as _install_figures
from networkkit.reports._figures import show_figure
from networkkit.reports._render import HEADLINE_MIME

__all__ = [
    "figure",
    "format_rate",
    "has_rows",
    "missing",
    "note",
    "publish_headline",
    "rate_table",
    "say",
    "section",
    "setup",
    "show",
    "show_figure",
    "show_rates",
    "show_trend",
    "truncate",
]


def setup() -> None:
    """Prepare a notebook for reporting: the house plot style and pandas display options."""
    import matplotlib.pyplot as plt

    from networkkit.plots import use_style

    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipykernel
        get_ipython = None
    shell = get_ipython() if get_ipython is not None else None
    if shell is not None and type(shell).__name__ == "ZMQInteractiveShell":
        # a kernel: figures go into the notebook even when MPLBACKEND says otherwise
        shell.run_line_magic("matplotlib", "inline")
    if shell is not None:
        # every figure: inline SVG with its text as text, a phone-sized drawing, alt text
        _install_figures(shell)
    use_style()
    plt.rcParams["figure.max_open_warning"] = 0
    pd.set_option("display.max_rows", 100)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.width", 120)


def _display_html(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))


def say(text: str) -> None:
    """Show one paragraph of plain text (escaped: never interpreted as HTML)."""
    _display_html(f"<p>{html.escape(text)}</p>")


def note(text: str) -> None:
    """Show a side note in italics (escaped)."""
    _display_html(f'<p class="nk-note">{html.escape(text)}</p>')


def missing(text: str) -> None:
    """Say that a section's data is missing (escaped), in the report's warning style."""
    _display_html(f'<p class="nk-missing">{html.escape(text)}</p>')


def _rows(df: Any) -> int:
    """Rows of a pandas frame, or of any narwhals-supported frame (Spark counts in Spark)."""
    if isinstance(df, pd.DataFrame):
        return len(df)
    import narwhals as nw

    frame = nw.from_native(df)
    lf = frame.lazy() if isinstance(frame, nw.DataFrame) else frame
    return int(lf.select(nw.len()).collect(backend="pandas").to_native().iloc[0, 0])


def has_rows(df: pd.DataFrame | None, *, what: str, file: str | None = None) -> bool:
    """Return whether ``df`` has rows; if not, say in one sentence what is missing.

    Parameters
    ----------
    df : pandas.DataFrame or None
        The table a section needs.
    what : str
        What the rows are, plural (``"invitations"``).
    file : str, optional
        The export file they come from (``"Invitations.csv"``).

    Returns
    -------
    bool
        True when there is at least one row.
    """
    if df is not None and _rows(df) > 0:
        return True
    where = f" ({file} is missing or empty)" if file else ""
    missing(f"This export holds no {what}{where}, so this section is left out.")
    return False


@contextlib.contextmanager
def section(title: str) -> Iterator[None]:
    """Run one report section; a data problem ends it with a sentence, not the report.

    :class:`networkkit.errors.ExportError` (the data cannot support the measure) and
    :class:`SectionSkipped` are caught and said; any other exception is a bug and propagates,
    so the report fails loudly (and the tests with it).

    Parameters
    ----------
    title : str
        The section's name, used in the sentence.

    Yields
    ------
    None
    """
    try:
        yield
    except SectionSkipped as skip:
        if str(skip):
            missing(str(skip))
    except ExportError as err:
        missing(f"{title} could not be measured from this data: {err}")


def _fmt_pct(value: float) -> str:
    return "–" if value is None or pd.isna(value) else f"{100 * float(value):.1f} %"


def format_rate(k: Any, n: Any, low: Any = None, high: Any = None) -> str:
    """Format a rate with its counts and interval: ``"12 / 40 = 30.0 % (17.9–45.6 %)"``.

    Parameters
    ----------
    k, n : number or NA
        Numerator and denominator. A missing numerator means the source does not track it:
        ``"not tracked"``, never 0 %.
    low, high : float, optional
        The interval bounds.

    Returns
    -------
    str
        The formatted rate.
    """
    if k is None or pd.isna(k):
        return "not tracked"
    if n is None or pd.isna(n) or float(n) == 0:
        return f"{float(k):.0f} / 0 (no denominator)"
    text = f"{float(k):.0f} / {float(n):.0f} = {_fmt_pct(float(k) / float(n))}"
    if low is not None and high is not None and not (pd.isna(low) or pd.isna(high)):
        text += f" ({100 * float(low):.1f}–{100 * float(high):.1f} %)"
    if float(n) < 30:
        text += " · small sample"
    return text


def figure(rows: int = 0) -> Any:
    """Return the Axes of a new report figure, taller for ``rows`` labelled rows.

    Parameters
    ----------
    rows : int, default 0
        Rows of a horizontal chart (0: the default height).

    Returns
    -------
    matplotlib.axes.Axes
        The new figure's Axes.
    """
    import matplotlib.pyplot as plt

    height = 4.0 if rows == 0 else min(0.35 * rows + 1.4, 9.0)
    return plt.figure(figsize=(8, height)).gca()


def show_rates(
    data: pd.DataFrame,
    *,
    label: str,
    rate: str,
    numerator: str,
    denominator: str,
    title: str,
) -> None:
    """Draw one rate per row with its interval and counts (:func:`networkkit.plots.rates`).

    Parameters
    ----------
    data : pandas.DataFrame
        One row per bar, with ``rate``, ``rate_low``/``rate_high`` and the count columns.
    label, rate, numerator, denominator : str
        Columns: the row label, the rate, and its counts.
    title : str
        The figure's title.
    """
    import matplotlib.pyplot as plt

    from networkkit import plots

    plots.rates(
        data,
        label=label,
        rate=rate,
        numerator=numerator,
        denominator=denominator,
        title=title,
        ax=figure(len(data)),
    )
    plt.show()


def published_rates(df: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """Return the rates a measure published: name → (numerator, denominator) columns.

    Every measure records them in ``attrs["rates"]`` (:func:`networkkit._stats.add_rate`);
    pairs whose columns are not in ``df`` are left out.
    """
    rates = getattr(df, "attrs", {}).get("rates", {}) or {}
    return {
        name: (str(k), str(n))
        for name, (k, n) in rates.items()
        if k in df.columns and n in df.columns
    }


def rate_table(
    df: pd.DataFrame,
    *,
    rates: Mapping[str, tuple[str, str]] | Sequence[str] | None = None,
    keep: Sequence[str] = (),
    labels: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Turn rate columns into readable text columns with counts and intervals.

    Parameters
    ----------
    df : pandas.DataFrame
        Holds each rate's numerator and denominator columns and, where present,
        ``<rate>_low`` / ``<rate>_high``.
    rates : mapping of str to (str, str), or sequence of str, optional
        The rates to show. Their numerator and denominator are the ones the measure
        published (``df.attrs["rates"]``, see :func:`published_rates`): a formatter never
        restates a definition (the explore notebook once divided opens by delivered, not
        by the threads that track opens, and showed a rate outside its own interval). A
        mapping's pairs serve only for rates the measure did not publish (columns added by
        the report itself). Default: every published rate. A rate whose numerator column is
        absent or missing reads "not tracked".
    keep : sequence of str
        Other columns to keep first (labels, group columns).
    labels : mapping of str to str, optional
        Display names for the columns.

    Returns
    -------
    pandas.DataFrame
        ``keep`` columns, then one text column per rate.
    """
    published = published_rates(df)
    if rates is None:
        chosen = dict(published)
    elif isinstance(rates, Mapping):
        chosen = {name: published.get(name, pair) for name, pair in rates.items()}
    else:
        missing_def = [name for name in rates if name not in published]
        if missing_def:
            raise ValueError(f"the measure published no definition of {missing_def[0]!r}")
        chosen = {name: published[name] for name in rates}
    out = df[[c for c in keep if c in df.columns]].copy()
    for rate, (num, den) in chosen.items():
        k = df[num] if num in df.columns else pd.Series(pd.NA, index=df.index)
        n = df[den] if den in df.columns else pd.Series(pd.NA, index=df.index)
        lo = (
            df[f"{rate}_low"] if f"{rate}_low" in df.columns else pd.Series(np.nan, index=df.index)
        )
        hi = (
            df[f"{rate}_high"]
            if f"{rate}_high" in df.columns
            else pd.Series(np.nan, index=df.index)
        )
        out[rate] = [format_rate(a, b, c, d) for a, b, c, d in zip(k, n, lo, hi, strict=True)]
    if labels:
        out = out.rename(columns=dict(labels))
    return out


#: Longest text shown in a table cell before it is cut (at a word boundary, with "…").
CELL_CHARS = 80


def _cell(value: Any, *, nowrap: bool) -> str:
    """One table cell as HTML: escaped, long text cut with the whole in ``title``."""
    text = str(value)
    short = truncate(text, CELL_CHARS)
    if short != " ".join(text.split()):
        whole = html.escape(" ".join(text.split()), quote=True)
        return f'<span class="nk-cut" title="{whole}">{html.escape(short)}</span>'
    if nowrap:
        return f'<span class="nk-nowrap">{html.escape(text)}</span>'
    return html.escape(text)


def _table_html(view: pd.DataFrame, *, index: bool, nowrap: set[str]) -> str:
    """Return a framed table: it scrolls sideways inside a visible frame, with a cue on phones."""
    cells = view.copy()
    for col in cells.columns:
        cells[col] = [_cell(v, nowrap=col in nowrap) for v in cells[col]]
    cells.columns = [html.escape(str(c)) for c in cells.columns]
    if index:
        cells.index = [html.escape(str(i)) for i in cells.index]
    table = cells.to_html(index=index, escape=False, border=0, classes="nk-table")
    frame = (
        f'<div class="nk-table-frame" role="region" tabindex="0" '
        f'aria-label="Table of {len(view)} row{"" if len(view) == 1 else "s"}; '
        f'it scrolls sideways">{table}</div>'
    )
    if _width_chars(view, index=index) <= PHONE_CHARS:
        return frame
    return (
        frame + '<p class="nk-scroll-cue" aria-hidden="true">Swipe the table sideways to see '
        "every column →</p>"
    )


#: Characters a table row can hold on a 400 px phone (0.85 rem text in a 350 px column); a
#: wider table shows the scroll cue there.
PHONE_CHARS = 46


def _width_chars(view: pd.DataFrame, *, index: bool) -> int:
    """Estimate a table's narrowest width in characters.

    Each column is as wide as its longest word (cells wrap between words), plus 2 characters
    of padding.
    """
    columns = [view.index.astype(str), *(view[c].astype(str) for c in view.columns)]
    heads = ["", *map(str, view.columns)]
    if not index:
        columns, heads = columns[1:], heads[1:]
    total = 0
    for head, values in zip(heads, columns, strict=True):
        words = [w for text in [head, *values] for w in str(text).split()]
        total += max((len(w) for w in words), default=1) + 2
    return total


def show(
    df: pd.DataFrame,
    *,
    columns: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
    percent: Sequence[str] = (),
    max_rows: int = 50,
    index: bool = False,
) -> None:
    """Show a table in the report: escaped HTML, missing as "–", percentages formatted.

    Parameters
    ----------
    df : pandas.DataFrame
        The table.
    columns : sequence of str, optional
        Columns to show, in order (the rest are left out); all by default.
    labels : mapping of str to str, optional
        Display names for the columns; by default ``snake_case`` → ``snake case``.
    percent : sequence of str
        Columns holding shares in [0, 1] to show as percentages.
    max_rows : int, default 50
        Show at most this many rows and say how many were left out.
    index : bool, default False
        Show the index.
    """
    view = df if columns is None else df[[c for c in columns if c in df.columns]]
    view = view.head(max_rows).copy()
    nowrap = set()  # numbers and dates never wrap
    for col in percent:
        if col in view.columns:
            view[col] = view[col].map(_fmt_pct)
            nowrap.add(col)
    for col in view.columns:
        if pd.api.types.is_numeric_dtype(view[col]) and not pd.api.types.is_bool_dtype(view[col]):
            nowrap.add(col)
        if pd.api.types.is_float_dtype(view[col]):
            view[col] = view[col].map(lambda v: "–" if pd.isna(v) else f"{v:,.1f}")
        elif isinstance(view[col].dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(
            view[col]
        ):
            view[col] = view[col].dt.strftime("%Y-%m-%d")
            nowrap.add(col)
        elif pd.api.types.is_bool_dtype(view[col]):
            view[col] = view[col].map({True: "yes", False: "no"})
    view = view.astype(object).where(view.notna(), "–")
    names = {c: (labels or {}).get(c, str(c).replace("_", " ")) for c in view.columns}
    view = view.rename(columns=names)
    _display_html(_table_html(view, index=index, nowrap={names[c] for c in nowrap}))
    if len(df) > max_rows:
        note(f"Showing the first {max_rows} of {len(df)} rows.")


def publish_headline(measures: Mapping[str, float]) -> None:
    """Hand the report's headline measures to the renderer (for the run history).

    The output carries only a private MIME type, so it never shows in the HTML.

    Parameters
    ----------
    measures : mapping of str to float
        Headline measure → value (NaN/None for not measurable).
    """
    from IPython.display import display

    clean = {str(k): (None if v is None or pd.isna(v) else float(v)) for k, v in measures.items()}
    display({HEADLINE_MIME: clean}, raw=True)


def _is_share(measure: str) -> bool:
    return "_share" in measure or "_rate" in measure or measure == "initiative"


def show_trend(table: pd.DataFrame) -> None:
    """Show this run's headline measures against earlier runs (or say it is the first run).

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`networkkit.history.trend`'s result: ``measure``, earlier runs, ``this run``,
        ``change``.
    """
    earlier = [c for c in table.columns if c not in {"measure", "this run", "change"}]
    if not earlier:
        note("This is the first run recorded: later runs will show the trend against it.")
    else:
        _plot_trend(table, earlier)
    view = table.copy()
    for col in [*earlier, "this run", "change"]:
        view[col] = [
            "–"
            if pd.isna(v)
            else (
                (f"{100 * v:+.1f} pts" if col == "change" else f"{100 * v:.1f} %")
                if _is_share(str(m))
                else (f"{v:+,.0f}" if col == "change" else f"{v:,.0f}")
            )
            for m, v in zip(view["measure"], view[col], strict=True)
        ]
    view["measure"] = view["measure"].str.replace("_", " ", regex=False)
    show(view, max_rows=100)


def _plot_trend(table: pd.DataFrame, earlier: Sequence[str]) -> None:
    """Draw the share-type headline measures across the earlier runs and this one."""
    import matplotlib.pyplot as plt

    from networkkit.plots import trend_lines

    shares = table[table["measure"].map(lambda m: _is_share(str(m)))]
    shares = shares[shares[list(earlier)].notna().any(axis=1)]  # a line needs two points
    if shares.empty:
        return
    now = pd.Timestamp.now(tz="UTC")
    long = shares.melt(
        id_vars="measure", value_vars=[*earlier, "this run"], var_name="run", value_name="value"
    ).dropna(subset=["value"])
    if long.empty:
        return
    long["run_at"] = [
        now if run == "this run" else pd.Timestamp(run, tz="UTC") for run in long["run"]
    ]
    long["measure"] = long["measure"].str.replace("_", " ", regex=False)
    ax = trend_lines(
        long,
        title="Headline rates across runs",
        ylabel="Share",
        ax=plt.figure(figsize=(8, 3.5)).gca(),
    )
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _pos: f"{v:.0%}"))
    ax.legend(fontsize=8, ncol=2)
    plt.show()
