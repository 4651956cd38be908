"""What the outreach report shows for each measure.

Each ``show_*`` takes a measure's tidy result (from :mod:`networkkit.outreach`) and writes
tables and figures into the running notebook. The numbers come from the measures; the headline
the run history keeps is :func:`networkkit.outreach.outreach_headline`.
"""

from __future__ import annotations

from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from networkkit import plots
from networkkit.outreach import send_time_summary
from networkkit.prepare import OutreachInput, any_value
from networkkit.reports._notebook import (
    figure,
    missing,
    note,
    rate_table,
    say,
    show,
    show_rates,
)

__all__ = [
    "has_values",
    "show_cadence",
    "show_comparison",
    "show_funnel",
    "show_outreach_scope",
    "show_reply_by_step",
    "show_send_time",
    "show_time_to_reply",
]

_WEEKDAYS = {1: "Mon", 2: "Tue", 3: "Wed", 4: "Thu", 5: "Fri", 6: "Sat", 7: "Sun"}

#: The funnel rates the report shows; their numerators and denominators are the funnel's own
#: (``attrs["rates"]``), never restated here.
_FUNNEL_RATES = ["open_rate", "click_rate", "reply_rate", "positive_rate"]
_FUNNEL_LABELS = {
    "open_rate": "opened (95 % interval)",
    "click_rate": "clicked (95 % interval)",
    "reply_rate": "replied (95 % interval)",
    "positive_rate": "positive reply (95 % interval)",
}


def has_values(events: pd.DataFrame, column: str, *, what: str) -> bool:
    """Return whether ``column`` of the event log holds any value; if not, say so.

    Parameters
    ----------
    events : pandas.DataFrame
        The event log.
    column : str
        The column a section groups by (``template``, ``campaign``, ...).
    what : str
        What the column records, for the sentence (``"templates"``).

    Returns
    -------
    bool
        True when at least one event has a value in ``column``.
    """
    if any_value(events, column):
        return True
    missing(
        f"This outreach log does not record {what} (no values in the column "
        f"{column!r}), so this section is left out."
    )
    return False


def _untimed(result: pd.DataFrame, what: str) -> bool:
    """Say that ``what`` is not tracked when the source records no event times or replies."""
    if "times" not in getattr(result, "attrs", {}).get("not_tracked", []):
        return False
    missing(
        f"{what} is not tracked: this source records no event times (or no replies), so any "
        "number here would be made up, not 0."
    )
    return True


def show_outreach_scope(inputs: OutreachInput, *, anonymize: bool = False) -> None:
    """Say where the outreach events come from, how many there are, and why none, if so.

    Parameters
    ----------
    inputs : networkkit.prepare.OutreachInput
        :func:`networkkit.prepare.outreach_input`'s result.
    anonymize : bool, default False
        Whether names were pseudonymised (then a note says so).
    """
    if inputs.problem:
        missing(inputs.problem)
    say(inputs.scope)
    if inputs.inferred:
        note(inputs.inferred)  # inferred owner and data end, how sure; files skipped
    if anonymize:
        note(
            "Names are replaced by stable pseudonyms; e-mail addresses and phone numbers "
            "never appear in this report."
        )


def show_funnel(
    total: pd.DataFrame,
    by_group: pd.DataFrame | None,
    *,
    by: str | None,
    response: pd.DataFrame,
    chart: bool = True,
) -> None:
    """Show the funnel's counts and rates (with intervals), by group, and LinkedIn's rate.

    Parameters
    ----------
    total : pandas.DataFrame
        :func:`networkkit.outreach.funnel` without ``by`` (one row).
    by_group : pandas.DataFrame or None
        The funnel by ``by`` (or None to leave it out).
    by : str or None
        The grouping column's name.
    response : pandas.DataFrame
        :func:`networkkit.outreach.linkedin_response_rate`.
    chart : bool, default True
        Draw the counts as bars too (the redesigned report draws the stages as rates instead,
        :func:`networkkit.plots.stage_rates`, so its appendix leaves this out).
    """
    if chart:
        plots.funnel(total, ax=figure())
        plt.show()
    show(
        rate_table(total, rates=_FUNNEL_RATES, keep=["sent", "bounced", "delivered"]),
        labels=_FUNNEL_LABELS,
    )
    opens = str(
        total.attrs.get("machine_opens", total.get("machine_opens", pd.Series([""])).iloc[0])
    )
    if opens == "excluded":
        note(
            "Opens exclude those flagged as machine opens (e.g. Apple Mail Privacy "
            "Protection pre-loading the tracking pixel)."
        )
    elif opens == "not flagged":
        note("Opens may include machine opens: this log does not flag them.")
    elif opens == "not tracked":
        note(
            "Opens and clicks are not tracked by this source, so no open or click rate "
            "can be given (not 0 %)."
        )
    tracked = total["tracked"].iloc[0] if "tracked" in total.columns else pd.NA
    delivered = total["delivered"].iloc[0]
    if pd.notna(tracked) and tracked < delivered:
        note(
            f"Opens and clicks are counted over the {int(tracked):,} delivered threads sent by "
            f"a channel that tracks them; the other {int(delivered - tracked):,} (LinkedIn "
            "messages, InMail, calls) carry no tracking and show as not tracked, not 0 %."
        )
    if by_group is not None and len(by_group) > 1:
        note(f"By {by}:")
        show(
            rate_table(by_group, rates=_FUNNEL_RATES, keep=[by, "sent", "delivered"]),
            labels=_FUNNEL_LABELS,
        )
    if len(response):
        row = response.iloc[0]
        text = rate_table(response.head(1), rates=["response_rate"])
        say(
            "LinkedIn Recruiter's response rate (replied within 30 days ÷ sent, sends at "
            f"least 30 days old): {text['response_rate'].iloc[0]}; {int(row['censored']):,} "
            "younger sends are not yet decided and left out."
        )


def show_time_to_reply(summary: pd.DataFrame, curve: pd.DataFrame, *, by: str | None) -> None:
    """Show the median time to reply and the Kaplan–Meier curve(s).

    Parameters
    ----------
    summary : pandas.DataFrame
        :func:`networkkit.outreach.time_to_reply`.
    curve : pandas.DataFrame
        :func:`networkkit.outreach.reply_curve` (``days``, ``share``, bounds).
    by : str or None
        The column the curves are split by.
    """
    if _untimed(summary, "Time to reply"):
        return
    plots.time_to_reply(curve, time="days", by=by, ax=figure())
    plt.show()
    view = summary.copy()
    view["median (95 % interval)"] = [
        "not reached"
        if pd.isna(m)
        else (f"{m:.1f} days" + ("" if pd.isna(lo) or pd.isna(hi) else f" ({lo:.1f}–{hi:.1f})"))
        for m, lo, hi in zip(
            view["median_days"], view["median_low"], view["median_high"], strict=True
        )
    ]
    shares = [
        c
        for c in view.columns
        if c.startswith("replied_by_") and not c.endswith(("_low", "_high"))
    ]
    for col in shares:
        view[col] = [
            "–" if pd.isna(v) else f"{100 * v:.1f} % ({100 * lo:.1f}–{100 * hi:.1f} %)"
            for v, lo, hi in zip(view[col], view[f"{col}_low"], view[f"{col}_high"], strict=True)
        ]
    keep = [
        c
        for c in summary.columns
        if c not in set(shares)
        and c not in {"median_days", "median_low", "median_high", "small_sample"}
        and not c.endswith(("_low", "_high"))
    ]
    show(
        view,
        columns=[*keep, "median (95 % interval)", *shares],
        labels={
            c: "replied by day " + c.removeprefix("replied_by_").removesuffix("d") for c in shares
        }
        | {"n": "threads"},
    )
    note(
        "Threads without a reply yet are censored at the end of the data, not counted as "
        "'no reply' (Kaplan–Meier). Times are counted in whole hours, rounded up."
    )


def show_reply_by_step(steps: pd.DataFrame) -> None:
    """Show the reply rate after each touch (step 1 = first message, 2+ = follow-ups).

    Parameters
    ----------
    steps : pandas.DataFrame
        :func:`networkkit.outreach.reply_by_step`.
    """
    if _untimed(steps, "The reply rate after each touch"):
        return
    view = steps.assign(
        touch=steps["step"].map(lambda s: "first touch" if s == 1 else f"follow-up {int(s) - 1}")
    )
    show(
        rate_table(view, rates=["reply_rate"], keep=["touch", "received"]),
        labels={
            "received": "threads that received it",
            "reply_rate": "replied before the next touch (95 % interval)",
        },
    )
    show_rates(
        view,
        label="touch",
        rate="reply_rate",
        numerator="replied",
        denominator="received",
        title="Reply rate after each touch",
    )


def show_comparison(result: Any, *, by: str) -> None:
    """Show a comparison of reply rates across groups with its test and caveat.

    Parameters
    ----------
    result : networkkit.outreach.CompareResult
        :func:`networkkit.outreach.compare`'s result.
    by : str
        The grouping column.
    """
    summary = result.summary
    show(
        rate_table(
            summary, rates={"reply_rate": ("replied", "delivered")}, keep=[by, "delivered"]
        ),
        labels={"reply_rate": "replied (95 % interval)"},
    )
    show_rates(
        summary,
        label=by,
        rate="reply_rate",
        numerator="replied",
        denominator="delivered",
        title=f"Reply rate by {by}",
    )
    if result.test == "none":
        say(f"Fewer than two {by} groups have delivered threads, so there is nothing to test.")
    else:
        verdict = "differ" if result.p_value < 0.05 else "do not clearly differ"
        say(
            f"Across {by} groups the reply rates {verdict} ({result.test}, statistic "
            f"{result.statistic:.2f}, p = {result.p_value:.3g})."
        )
        if len(result.pairwise):
            pairs = result.pairwise.copy()
            for col in ("p_value", "p_holm"):
                pairs[col] = pairs[col].map(lambda p: "–" if pd.isna(p) else f"{p:.3g}")
            show(
                pairs,
                columns=[
                    "group_a",
                    "group_b",
                    "rate_a",
                    "rate_b",
                    "difference",
                    "p_value",
                    "p_holm",
                    "significant",
                ],
                percent=["rate_a", "rate_b", "difference"],
                labels={"p_holm": "p (Holm-adjusted)"},
            )
    if result.note:
        note(result.note)


def show_send_time(grid: pd.DataFrame, by_day: pd.DataFrame | None = None) -> None:
    """Show the reply rate by weekday and hour of the first touch (UTC), as a heatmap.

    Parameters
    ----------
    grid : pandas.DataFrame
        :func:`networkkit.outreach.send_time`.
    by_day : pandas.DataFrame, optional
        :func:`networkkit.outreach.send_time_summary` of ``grid`` (computed when not given).
    """
    plots.heatmap(
        grid,
        row="weekday",
        col="hour",
        value="reply_rate",
        count="delivered",
        row_labels=_WEEKDAYS,
        title="Reply rate by time of the first touch",
        xlabel="Hour sent (UTC)",
        ylabel="Weekday",
        ax=plt.figure(figsize=(9, 3.8)).gca(),
    )
    plt.show()
    if by_day is None:
        by_day = send_time_summary(grid)
    show(
        rate_table(
            by_day.rename(columns={"weekday_name": "day"}),
            rates={"reply_rate": ("replied", "delivered")},
            keep=["day", "delivered"],
        ),
        labels={"reply_rate": "replied (95 % interval)"},
    )
    note(
        "Cells with few threads are noisy: read the table's intervals before changing "
        "when you send."
    )


def show_cadence(counts: pd.DataFrame, summary: pd.DataFrame) -> None:
    """Show follow-ups per thread and the reply rate of threads within / beyond the advice.

    Parameters
    ----------
    counts : pandas.DataFrame
        :func:`networkkit.outreach.follow_up_counts`: delivered threads by number of
        follow-ups, counted in the engine (no row per thread reaches the report).
    summary : pandas.DataFrame
        :func:`networkkit.outreach.cadence_summary`.
    """
    if _untimed(summary, "Follow-up cadence"):
        return
    plots.cadence(counts[["follow_ups", "threads"]], ax=figure())
    plt.show()
    view = summary.assign(
        rule=summary["within_etiquette"].map(
            {True: "≤ 3 follow-ups in 14 days", False: "more than 3 in 14 days"}
        )
    )
    total = int(view["threads"].sum())
    view["all_threads"] = total
    show(
        rate_table(
            view,
            rates={"share": ("threads", "all_threads"), "reply_rate": ("replied", "threads")},
            keep=["rule"],
        ),
        labels={"share": "threads (95 % interval)", "reply_rate": "replied (95 % interval)"},
    )
    with_gaps = int(counts.attrs.get("threads_with_gaps", 0))
    if with_gaps:
        say(
            f"Median gap between touches: {counts.attrs['median_gap_days']:.1f} days over "
            f"{with_gaps:,} threads with follow-ups."
        )
