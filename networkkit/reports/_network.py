"""What the network report shows for each measure, and its headline numbers.

Each ``show_*`` takes a measure's tidy result (from :mod:`networkkit.network`) and writes
tables and figures into the running notebook; :func:`network_headline` turns the results into
the few numbers the run history keeps.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import matplotlib.pyplot as plt
import pandas as pd

from networkkit import plots
from networkkit._stats import add_rate
from networkkit.export import Export
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
    "network_headline",
    "network_results",
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
    owner = ex.owner.name or "an unknown member"
    ends = "an unknown date" if ex.as_of is None else f"{ex.as_of:%d %B %Y}"
    window = ""
    if start_date or end_date:
        window = f" Window: {start_date or 'the beginning'} to {end_date or 'the end'}."
    say(
        f"Export of {owner}, data up to {ends}: {len(ex.connections):,} connections, "
        f"{len(ex.messages):,} messages, {len(ex.invitations):,} invitations.{window}"
    )
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


def show_freshness(fresh: pd.DataFrame) -> None:
    """Show how many contacts are active, dormant or never messaged, with shares.

    Parameters
    ----------
    fresh : pandas.DataFrame
        :func:`networkkit.network.freshness`.
    """
    contacts = fresh[fresh["is_connection"].fillna(False).astype(bool)]
    counts = (
        contacts["status"].value_counts().reindex(["active", "dormant", "never"], fill_value=0)
    )
    table = pd.DataFrame({"status": counts.index, "contacts": counts.to_numpy()})
    table["connections"] = int(counts.sum())
    add_rate(table, "share", "contacts", "connections")
    show(
        rate_table(table, rates={"share": ("contacts", "connections")}, keep=["status"]),
        labels={"share": "connections (95 % interval)"},
    )
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


def _first(df: pd.DataFrame | None, col: str, **where: Any) -> float | None:
    if df is None or col not in df.columns:
        return None
    rows = df
    for key, value in where.items():
        rows = rows[rows[key] == value]
    if rows.empty:
        return None
    value = rows[col].iloc[0]
    return None if pd.isna(value) else float(value)


def network_headline(ex: Export, results: Mapping[str, pd.DataFrame]) -> dict[str, float | None]:
    """Pick the network report's headline measures from the measures it computed.

    Parameters
    ----------
    ex : Export
        The prepared export.
    results : mapping of str to pandas.DataFrame
        Measure results by name (``met``, ``invitations``, ``reciprocity``, ``initiative``,
        ``unanswered``, ``freshness``, ``keep_warm``, ``offers``); absent ones give None.

    Returns
    -------
    dict of str to float or None
        ``connections``, ``met_in_person_share`` (met or inferred), ``note_share_outgoing``,
        ``acceptance_rate``, ``messaged_share``, ``two_way_share``, ``initiative``,
        ``unanswered_share``, ``dormant_share``, ``keep_warm_due``, ``inbound_offers``,
        ``offer_reply_rate``.
    """
    out: dict[str, float | None] = {"connections": float(len(ex.connections))}
    met = results.get("met")
    if met is not None and len(met) and met["total"].iloc[0] > 0:
        known = met.loc[met["status"].isin(["met", "inferred"]), "connections"].sum()
        out["met_in_person_share"] = float(known / met["total"].iloc[0])
    else:
        out["met_in_person_share"] = None
    inv = results.get("invitations")
    out["note_share_outgoing"] = _first(inv, "note_share", direction="outgoing", note="all")
    out["acceptance_rate"] = _first(inv, "acceptance_rate", direction="outgoing", note="all")
    out["messaged_share"] = _first(results.get("reciprocity"), "messaged_share")
    out["two_way_share"] = _first(results.get("reciprocity"), "two_way_share")
    out["initiative"] = _first(results.get("initiative"), "initiative")
    out["unanswered_share"] = _first(results.get("unanswered"), "unanswered_share")
    fresh = results.get("freshness")
    if fresh is not None and len(fresh):
        conn = fresh[fresh["is_connection"].fillna(False).astype(bool)]
        out["dormant_share"] = float((conn["status"] == "dormant").mean()) if len(conn) else None
    else:
        out["dormant_share"] = None
    warm = results.get("keep_warm")
    out["keep_warm_due"] = (
        None if warm is None else float(warm["status"].isin(["overdue", "lapsing"]).sum())
    )
    offers = results.get("offers")
    out["inbound_offers"] = None if offers is None else float(len(offers))
    out["offer_reply_rate"] = _first(results.get("offer_summary"), "reply_rate", group="all")
    return out


def network_results(ex: Export, *, annotations: Any = None) -> dict[str, pd.DataFrame]:
    """Compute the measures :func:`network_headline` reads, skipping those the data lacks.

    Used by ``networkkit summary``; the report computes the same measures section by section.

    Parameters
    ----------
    ex : Export
        The prepared export.
    annotations : str or Path or pandas.DataFrame, optional
        Met-in-person annotations.

    Returns
    -------
    dict of str to pandas.DataFrame
        ``met``, ``invitations``, ``reciprocity``, ``initiative``, ``unanswered``,
        ``freshness``, ``keep_warm``, ``offers``, ``offer_summary`` — those the export can
        give (a measure whose data is missing, or that raises an ``ExportError``, is left out).
    """
    from networkkit import network
    from networkkit.errors import ExportError

    plan: list[tuple[str, pd.DataFrame, Any]] = [
        ("met", ex.connections, lambda: network.met_in_person_summary(ex, annotations)),
        ("invitations", ex.invitations, lambda: network.invitations(ex)),
        ("reciprocity", ex.messages, lambda: network.reciprocity(ex)),
        ("initiative", ex.messages, lambda: network.initiative(ex)),
        ("unanswered", ex.messages, lambda: network.unanswered_summary(ex)),
        ("freshness", ex.messages, lambda: network.freshness(ex)),
        ("keep_warm", ex.messages, lambda: network.keep_warm(ex)),
        ("offers", ex.messages, lambda: network.inbound_offers(ex)),
    ]
    results: dict[str, pd.DataFrame] = {}
    for name, needs, compute in plan:
        if len(needs) == 0:
            continue
        try:
            results[name] = compute()
        except ExportError:
            continue
    if "offers" in results and len(results["offers"]):
        results["offer_summary"] = network.offer_summary(results["offers"])
    return results
