"""Network-quality measures of a member's own LinkedIn export.

Every function takes the :class:`~networkkit.export.Export` first, options keyword-only, and
returns a tidy DataFrame with a stable column order (each docstring lists the columns).
Definitions follow METRICS.md. Conversation measures use one-to-one conversations only:
drafts, group chats, sponsored conversations and the anonymous ``LinkedIn Member`` sender are
left out (:func:`inbound_offers` keeps sponsored ones, as a signal).
"""

from networkkit.network._companies import LEGAL_SUFFIXES, normalize_company
from networkkit.network._compare import compare_exports, compare_summary
from networkkit.network._conversations import (
    follow_up_etiquette,
    initiative,
    reciprocity,
    response_latency,
    response_latency_curve,
    unanswered,
    unanswered_summary,
)
from networkkit.network._freshness import freshness, freshness_summary, keep_warm
from networkkit.network._growth import companies, growth, people_at
from networkkit.network._invitations import invitations
from networkkit.network._met import (
    AnnotationError,
    met_in_person,
    met_in_person_summary,
    read_annotations,
)
from networkkit.network._offers import inbound_offers, offer_summary

__all__ = [
    "LEGAL_SUFFIXES",
    "AnnotationError",
    "companies",
    "compare_exports",
    "compare_summary",
    "follow_up_etiquette",
    "freshness",
    "freshness_summary",
    "growth",
    "inbound_offers",
    "initiative",
    "invitations",
    "keep_warm",
    "met_in_person",
    "met_in_person_summary",
    "normalize_company",
    "offer_summary",
    "people_at",
    "read_annotations",
    "reciprocity",
    "response_latency",
    "response_latency_curve",
    "unanswered",
    "unanswered_summary",
]
