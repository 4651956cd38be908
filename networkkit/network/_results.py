"""The network report's headline: the few numbers the run history keeps, from the measures.

:func:`network_results` computes the measures the headline reads (those the export can
give); :func:`network_headline` picks one number from each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd

from networkkit.errors import ExportError
from networkkit.export import Export
from networkkit.network._conversations import initiative, reciprocity, unanswered_summary
from networkkit.network._freshness import freshness, freshness_summary, keep_warm
from networkkit.network._invitations import invitations
from networkkit.network._met import met_in_person_summary
from networkkit.network._offers import inbound_offers, offer_summary

__all__ = ["network_headline", "network_results"]


def _first(df: pd.DataFrame | None, col: str, **where: Any) -> float | None:
    """Return ``col`` of the first row matching ``where`` (None: absent or missing)."""
    if df is None or col not in df.columns:
        return None
    rows = df
    for key, value in where.items():
        rows = rows[rows[key] == value]
    if rows.empty:
        return None
    value = rows[col].iloc[0]
    return None if pd.isna(value) else float(value)


def _met_share(met: pd.DataFrame | None) -> float | None:
    """Share of connections met in person, confirmed or inferred."""
    if met is None or len(met) == 0 or not met["total"].iloc[0] > 0:
        return None
    known = met.loc[met["status"].isin(["met", "inferred"]), "connections"].sum()
    return float(known / met["total"].iloc[0])


def network_headline(ex: Export, results: Mapping[str, pd.DataFrame]) -> dict[str, float | None]:
    """Pick the network report's headline measures from the measures it computed.

    Parameters
    ----------
    ex : Export
        The prepared export.
    results : mapping of str to pandas.DataFrame
        Measure results by name (``met``, ``invitations``, ``reciprocity``, ``initiative``,
        ``unanswered``, ``freshness``, ``keep_warm``, ``offers``, ``offer_summary``); absent
        ones give None.

    Returns
    -------
    dict of str to float or None
        ``connections``, ``met_in_person_share`` (met or inferred), ``note_share_outgoing``,
        ``acceptance_rate``, ``messaged_share``, ``two_way_share``, ``initiative``,
        ``unanswered_share``, ``dormant_share``, ``keep_warm_due``, ``inbound_offers``,
        ``offer_reply_rate``.
    """
    inv = results.get("invitations")
    fresh = results.get("freshness")
    dormant = None
    if fresh is not None and len(fresh):
        dormant = _first(freshness_summary(per_contact=fresh), "share", status="dormant")
    warm = results.get("keep_warm")
    offers = results.get("offers")
    return {
        "connections": float(len(ex.connections)),
        "met_in_person_share": _met_share(results.get("met")),
        "note_share_outgoing": _first(inv, "note_share", direction="outgoing", note="all"),
        "acceptance_rate": _first(inv, "acceptance_rate", direction="outgoing", note="all"),
        "messaged_share": _first(results.get("reciprocity"), "messaged_share"),
        "two_way_share": _first(results.get("reciprocity"), "two_way_share"),
        "initiative": _first(results.get("initiative"), "initiative"),
        "unanswered_share": _first(results.get("unanswered"), "unanswered_share"),
        "dormant_share": dormant,
        "keep_warm_due": (
            None if warm is None else float(warm["status"].isin(["overdue", "lapsing"]).sum())
        ),
        "inbound_offers": None if offers is None else float(len(offers)),
        "offer_reply_rate": _first(results.get("offer_summary"), "reply_rate", group="all"),
    }


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
    plan: list[tuple[str, pd.DataFrame, Callable[[], pd.DataFrame]]] = [
        ("met", ex.connections, lambda: met_in_person_summary(ex, annotations)),
        ("invitations", ex.invitations, lambda: invitations(ex)),
        ("reciprocity", ex.messages, lambda: reciprocity(ex)),
        ("initiative", ex.messages, lambda: initiative(ex)),
        ("unanswered", ex.messages, lambda: unanswered_summary(ex)),
        ("freshness", ex.messages, lambda: freshness(ex)),
        ("keep_warm", ex.messages, lambda: keep_warm(ex)),
        ("offers", ex.messages, lambda: inbound_offers(ex)),
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
        results["offer_summary"] = offer_summary(results["offers"])
    return results
