"""Every measure a report runs on an export, called once each (shared by the shape tests)."""

from __future__ import annotations

import pandas as pd

import networkkit as nk

#: Every network measure that takes an export alone, by name.
NETWORK_MEASURES = (
    "growth",
    "companies",
    "people_at",
    "met_in_person",
    "met_in_person_summary",
    "invitations",
    "reciprocity",
    "initiative",
    "unanswered",
    "unanswered_summary",
    "response_latency",
    "response_latency_curve",
    "follow_up_etiquette",
    "freshness",
    "freshness_summary",
    "keep_warm",
    "inbound_offers",
    "offer_summary",
)


def run_all(ex: nk.Export) -> dict[str, pd.DataFrame]:
    """Run every network measure and ``from_messages`` (and the funnel on its events)."""
    out: dict[str, pd.DataFrame] = {}
    for name in NETWORK_MEASURES:
        fn = getattr(nk.network, name)
        out[name] = fn(ex, "Example Co") if name == "people_at" else fn(ex)
        assert isinstance(out[name], pd.DataFrame), name
    if ex.owner.name or ex.owner.member_key or ex.messages["direction"].notna().any():
        events = nk.outreach.from_messages(ex)
        out["from_messages"] = events
        out["funnel"] = nk.outreach.funnel(events)
    return out
