"""The top of each report: the headline band, "What to do next" and the table of contents.

The HTML contract (issue 15): the headline band is an element with ``id="headline"``; the
actions are an ``<ol>`` inside an element with ``id="next-actions"``, one ``<li>`` per action.
Both are short enough to sit in the first 1280×800 screen. Everything written is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

import pandas as pd

from networkkit.reports._notebook import _display_html

__all__ = [
    "anchor",
    "change_words",
    "headline_values",
    "show_actions",
    "show_answer",
    "show_contents",
    "show_headline",
]


def anchor(title: str) -> str:
    """Return the HTML id nbconvert gives a markdown heading: spaces become hyphens."""
    return title.strip().replace(" ", "-")


def headline_values(frame: pd.DataFrame) -> dict[str, float | None]:
    """Return the headline frame's values by measure, as the run history records them."""
    return {
        str(m): (None if pd.isna(v) else float(v))
        for m, v in zip(frame["measure"], frame["value"], strict=True)
    }


def _is_rate(row: pd.Series) -> bool:
    return pd.notna(row["denominator"]) and pd.notna(row["low"]) and pd.notna(row["high"])


def _big(row: pd.Series) -> str:
    value = row["value"]
    if pd.isna(value):
        return "–"
    if _is_rate(row) and row["measure"] != "median_days_to_reply":
        return f"{100 * float(value):.0f} %"
    if float(value) == int(float(value)):
        return f"{int(float(value)):,}"
    return f"{float(value):,.1f}"


def _detail(row: pd.Series) -> str:
    k, n = row["numerator"], row["denominator"]
    parts = []
    if pd.notna(k) and pd.notna(n):
        parts.append(f"{int(k):,} of {int(n):,}")
    if pd.notna(row["low"]) and pd.notna(row["high"]):
        if row["measure"] == "median_days_to_reply":
            parts.append(f"likely {row['low']:.1f}–{row['high']:.1f} days")
        else:
            parts.append(f"likely {100 * row['low']:.0f}–{100 * row['high']:.0f} %")
    return " · ".join(parts)


def change_words(trend: pd.DataFrame | None, measure: str, *, rate: bool) -> str:
    """Say how a headline number changed since the last run on the same date window.

    Parameters
    ----------
    trend : pandas.DataFrame or None
        :func:`networkkit.history.trend`'s result (``None``: no history kept).
    measure : str
        The headline measure.
    rate : bool
        Whether the measure is a share (the change is in percentage points).

    Returns
    -------
    str
        ``"+3 since the last run"``, ``"no change since the last run"``, ``"first run"``,
        ``"the date window changed since the last run"``, or ``""`` without a history.
    """
    if trend is None:
        return ""
    earlier = [c for c in trend.columns if c not in {"measure", "this run", "change"}]
    if not earlier:
        return "first run"
    if all(c.endswith("(other window)") for c in earlier):
        return "the date window changed since the last run"
    row = trend[trend["measure"] == measure]
    if row.empty or pd.isna(row["change"].iloc[0]):
        return "not measured in the last run"
    change = float(row["change"].iloc[0])
    if change == 0:
        return "no change since the last run"
    text = f"{100 * change:+.1f} points" if rate else f"{change:+,.1f}".replace(".0", "")
    return f"{text} since the last run"


def show_headline(
    frame: pd.DataFrame, *, trend: pd.DataFrame | None = None, scope: str = ""
) -> None:
    """Show the headline band: each number with its denominator, interval and change.

    Parameters
    ----------
    frame : pandas.DataFrame
        :func:`networkkit.network.headline` or :func:`networkkit.outreach.headline`.
    trend : pandas.DataFrame, optional
        :func:`networkkit.history.trend` for the same measures (the change since the last run
        on the same window).
    scope : str
        One short line under the band: the data's window and what was inferred.
    """
    cards = []
    for _, row in frame.iterrows():
        change = change_words(trend, str(row["measure"]), rate=_is_rate(row))
        lines = [
            f'<div class="nk-hl-value">{html.escape(_big(row))}</div>',
            f'<div class="nk-hl-label">{html.escape(str(row["label"]))}</div>',
        ]
        detail = _detail(row)
        if detail:
            lines.append(f'<div class="nk-hl-detail">{html.escape(detail)}</div>')
        if row["note"]:
            # without a value the note is the answer ("fewer than half have replied"): kept
            # on a phone too
            kind = "nk-hl-note nk-hl-why" if pd.isna(row["value"]) else "nk-hl-note"
            lines.append(f'<div class="{kind}">{html.escape(str(row["note"]))}</div>')
        if change:
            lines.append(f'<div class="nk-hl-change">{html.escape(change)}</div>')
        cards.append(f'<div class="nk-hl-card">{"".join(lines)}</div>')
    foot = f'<p class="nk-hl-scope">{html.escape(scope)}</p>' if scope else ""
    _display_html(f'<section id="headline" class="nk-headline">{"".join(cards)}</section>{foot}')


def show_actions(actions: pd.DataFrame, *, who: str, verbs: Mapping[str, str], empty: str) -> None:
    """Show "What to do next": an ordered list, one item per action, with its reason.

    Parameters
    ----------
    actions : pandas.DataFrame
        :func:`networkkit.network.next_actions` or :func:`networkkit.outreach.next_actions`.
    who : str
        The column naming the person or thread (``name``, ``thread``).
    verbs : mapping of str to str
        Each action kind in words (``reply`` → ``Reply to``).
    empty : str
        What to say when there is nothing to do.
    """
    items = []
    for _, row in actions.iterrows():
        verb = verbs.get(str(row["kind"]), str(row["kind"]).replace("_", " "))
        name = row[who] if who in row.index and pd.notna(row[who]) else "someone"
        items.append(
            f"<li><strong>{html.escape(verb)} {html.escape(str(name))}</strong>"
            f" — {html.escape(str(row['reason']))}</li>"
        )
    body = f"<ol>{''.join(items)}</ol>" if items else f"<ol></ol><p>{html.escape(empty)}</p>"
    _display_html(
        f'<section id="next-actions" class="nk-actions"><h2>What to do next</h2>{body}</section>'
    )


def show_contents(titles: Sequence[str]) -> None:
    """Show the table of contents: one link per section, in the report's order."""
    links = "".join(
        f'<a href="#{html.escape(anchor(t), quote=True)}">{html.escape(t)}</a>' for t in titles
    )
    _display_html(f'<nav class="nk-toc" aria-label="Contents">{links}</nav>')


def show_answer(answer: str) -> None:
    """Open a section with the one sentence, computed from the data, that answers it.

    Parameters
    ----------
    answer : str
        The sentence (escaped), e.g. "You met about 1 in 4 of your connections in person."
    """
    _display_html(f'<p class="nk-answer">{html.escape(answer)}</p>')
