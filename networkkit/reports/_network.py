"""What the network report shows for each measure.

Each ``show_*`` takes a measure's tidy result (from :mod:`networkkit.network`) and writes
tables and figures into the running notebook. The numbers come from the measures; the
headline the run history keeps is :func:`networkkit.network.network_headline`.
"""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd

from networkkit import plots
from networkkit.export import Export
from networkkit.network import freshness_summary
from networkkit.prepare import export_scope
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
    "describe_scope",
    "show_freshness",
    "show_invitations",
    "show_latency",
    "show_met",
    "show_offers",
    "show_parse_report",
    "show_reciprocity",
    "show_unanswered",
]


def describe_scope(
    ex: Export, *, start_date: str = "", end_date: str = "", anonymize: bool = False
) -> None:
    """Say in one paragraph whose export this is, how far it goes and what it holds.

    Parameters
    ----------
    ex : Export
        The prepared export.
    start_date, end_date : str
        The report window as given (``""``: open).
    anonymize : bool
        Whether names were pseudonymised.
    """
    say(export_scope(ex, start_date=start_date, end_date=end_date))
    if anonymize:
        note(
            "Names are replaced by stable pseudonyms; e-mail addresses and phone numbers "
            "never appear in this report."
        )
    else:
        note("E-mail addresses and phone numbers never appear in this report.")


def show_met(summary: pd.DataFrame, evidence: pd.DataFrame, *, top_n: int) -> None:
    """Show the met-in-person shares (three-way) and where the evidence comes from.

    Parameters
    ----------
    summary : pandas.DataFrame
        :func:`networkkit.network.met_in_person_summary`.
    evidence : pandas.DataFrame
        :func:`networkkit.network.met_in_person`.
    top_n : int
        Evidence rows to list.
    """
    show(
        rate_table(summary, rates={"share": ("connections", "total")}, keep=["status"]),
        labels={"share": "connections ÷ all connections (95 % interval)"},
    )
    show_rates(
        summary,
        label="status",
        rate="share",
        numerator="connections",
        denominator="total",
        title="Connections met in person",
    )
    found = evidence[evidence["status"].isin(["met", "inferred"])]
    if len(found):
        note("Where the evidence comes from:")
        show(found, columns=["full_name", "status", "evidence", "evidence_source"], max_rows=top_n)


def show_invitations(inv: pd.DataFrame) -> None:
    """Show note shares by direction and acceptance of the member's own invitations.

    Parameters
    ----------
    inv : pandas.DataFrame
        :func:`networkkit.network.invitations`.
    """
    labelled = inv.assign(
        row=inv["direction"] + " · " + inv["note"].str.replace("_", " ", regex=False)
    )
    notes = labelled[labelled["note"] == "all"]
    show(
        rate_table(
            notes,
            rates={"note_share": ("with_note", "invitations")},
            keep=["direction", "invitations", "duplicates_removed"],
        ),
        labels={"note_share": "with a personal note (95 % interval)"},
    )
    show_rates(
        notes,
        label="direction",
        rate="note_share",
        numerator="with_note",
        denominator="invitations",
        title="Invitations with a personal note",
    )
    out = labelled[labelled["direction"] == "outgoing"]
    if int(out["eligible"].fillna(0).max()) == 0:
        missing(
            "None of your invitations is old enough (21 days) and identifiable to "
            "measure acceptance."
        )
        return
    show(
        rate_table(
            out,
            rates={"acceptance_rate": ("accepted", "eligible")},
            keep=["row", "eligible", "no_key"],
        ),
        labels={
            "row": "your invitations",
            "acceptance_rate": "accepted (95 % interval)",
            "no_key": "without a profile link (not counted)",
        },
    )
    show_rates(
        out,
        label="row",
        rate="acceptance_rate",
        numerator="accepted",
        denominator="eligible",
        title="Your invitations accepted, by note",
    )


def show_reciprocity(recip: pd.DataFrame, init: pd.DataFrame) -> None:
    """Show reciprocity (messaged, two-way) and initiative.

    Parameters
    ----------
    recip : pandas.DataFrame
        :func:`networkkit.network.reciprocity`.
    init : pandas.DataFrame
        :func:`networkkit.network.initiative`.
    """
    show(
        rate_table(
            recip,
            rates={
                "messaged_share": ("messaged", "with_key"),
                "two_way_share": ("two_way", "with_key"),
            },
            keep=["connections", "hidden", "with_key"],
        ),
        labels={
            "with_key": "identifiable connections",
            "messaged_share": "messaged at least once (95 % interval)",
            "two_way_share": "messages both ways (95 % interval)",
        },
    )
    show(
        rate_table(
            init,
            rates={"initiative": ("owner_started", "conversations")},
            keep=["period", "conversations"],
        ),
        labels={"initiative": "conversations you started (95 % interval)"},
    )


def show_freshness(fresh: pd.DataFrame, summary: pd.DataFrame | None = None) -> None:
    """Show how many contacts are active, dormant or never messaged, with shares.

    Parameters
    ----------
    fresh : pandas.DataFrame
        :func:`networkkit.network.freshness`.
    summary : pandas.DataFrame, optional
        :func:`networkkit.network.freshness_summary` of ``fresh`` (computed when not given).
    """
    if summary is None:
        summary = freshness_summary(per_contact=fresh)
    show(
        rate_table(summary, rates={"share": ("connections", "total")}, keep=["status"]),
        labels={"share": "connections (95 % interval)"},
    )
    contacts = fresh[fresh["is_connection"].fillna(False).astype(bool)]
    days = contacts["days_since"].dropna()
    if len(days):
        ax = figure()
        ax.hist(days, bins=min(30, max(5, len(days) // 5)))
        ax.axvline(365, color=plots.PALETTE[5], linestyle="--", label="dormant: 365 days")
        ax.legend()
        ax.set(
            title="Days since your last message with each connection",
            xlabel="Days since the last message",
            ylabel="Connections",
        )
        plt.show()


def show_unanswered(
    summary: pd.DataFrame, waiting: pd.DataFrame, etiquette: pd.DataFrame, *, top_n: int
) -> None:
    """Show the unanswered share, the waiting list, and follow-up etiquette.

    Parameters
    ----------
    summary : pandas.DataFrame
        :func:`networkkit.network.unanswered_summary`.
    waiting : pandas.DataFrame
        :func:`networkkit.network.unanswered`.
    etiquette : pandas.DataFrame
        :func:`networkkit.network.follow_up_etiquette`.
    top_n : int
        Rows of the waiting list.
    """
    show(
        rate_table(
            summary,
            rates={"unanswered_share": ("unanswered", "started")},
            keep=["started", "too_recent"],
        ),
        labels={
            "started": "started ≥ 14 days ago",
            "too_recent": "younger (not counted)",
            "unanswered_share": "no reply (95 % interval)",
        },
    )
    if len(waiting):
        show(
            waiting,
            columns=["name", "started_at", "last_sent_at", "follow_ups", "age_days"],
            max_rows=top_n,
        )
    if len(etiquette):
        flagged = int(etiquette["flagged"].sum())
        say(
            f"{flagged} of {len(etiquette)} conversations you started had more than three "
            "follow-ups within two weeks of the first message (the advised limit)."
        )


def show_latency(latency: pd.DataFrame) -> None:
    """Show how fast you answer others, and others you (Kaplan–Meier medians).

    Parameters
    ----------
    latency : pandas.DataFrame
        :func:`networkkit.network.response_latency`.
    """
    view = latency.copy()
    view["who"] = (
        view["who"]
        .map({"owner_answers": "you answer others", "others_answer": "others answer you"})
        .fillna(view["who"])
    )
    view["median (95 % interval)"] = [
        "not reached"
        if pd.isna(m)
        else (f"{m:.1f} days" + ("" if pd.isna(lo) or pd.isna(hi) else f" ({lo:.1f}–{hi:.1f})"))
        for m, lo, hi in zip(
            view["median_days"], view["median_days_low"], view["median_days_high"], strict=True
        )
    ]
    shares = [c for c in view.columns if c.startswith("share_by_")]
    show(
        view,
        columns=["who", "conversations", "answered", "median (95 % interval)", *shares],
        percent=shares,
        labels={
            c: "answered by day " + c.removeprefix("share_by_").removesuffix("d") for c in shares
        },
    )


def show_offers(offers: pd.DataFrame, summary: pd.DataFrame, *, top_n: int) -> None:
    """Show reply rates to personal and templated offers, and the latest offers.

    Parameters
    ----------
    offers : pandas.DataFrame
        :func:`networkkit.network.inbound_offers`.
    summary : pandas.DataFrame
        :func:`networkkit.network.offer_summary`.
    top_n : int
        Offers to list.
    """
    show(
        rate_table(
            summary,
            rates={"reply_rate": ("replied", "offers")},
            keep=["group", "offers", "median_personalization"],
        ),
        labels={
            "reply_rate": "you replied (95 % interval)",
            "median_personalization": "median personalization (0–1)",
        },
    )
    show_rates(
        summary,
        label="group",
        rate="reply_rate",
        numerator="replied",
        denominator="offers",
        title="Offers you replied to",
    )
    latest = offers.sort_values("sent_at", ascending=False)
    show(
        latest,
        columns=["sent_at", "sender_name", "language", "personalization", "signals", "replied"],
        max_rows=top_n,
    )


def show_parse_report(ex: Export) -> None:
    """Show the parse report: every file, its layout, rows read and skipped, notes.

    Parameters
    ----------
    ex : Export
        The prepared export (its parse report is already scrubbed).
    """
    report = ex.parse_report
    if report is None or len(report) == 0:
        missing("No parse report: this export was not read from files.")
        return
    show(report, max_rows=500)
    skipped = int(pd.to_numeric(report.get("skipped"), errors="coerce").fillna(0).sum())
    say(f"{len(report)} files seen; {skipped:,} rows skipped in all.")
