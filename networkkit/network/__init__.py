"""Network-quality measures of a member's own LinkedIn export.

Every function takes the :class:`~networkkit.export.Export` first, options keyword-only, and
returns a tidy DataFrame with a stable column order (each docstring lists the columns).
Definitions follow METRICS.md. Conversation measures use one-to-one conversations only:
drafts, group chats, sponsored conversations and the anonymous ``LinkedIn Member`` sender are
left out (:func:`inbound_offers` keeps sponsored ones, as a signal).

===========================  ===================================================================
function                     one row per …
===========================  ===================================================================
growth                       period (new connections, hidden among them, cumulative)
companies, people_at         company (or company × position) / connection at a company
met_in_person                connection: met / not_met / inferred / unknown, with evidence
met_in_person_summary        status (four rows, shares with Wilson intervals)
invitations                  direction × note (note share, acceptance of the member's own)
reciprocity                  one row: messaged and two-way shares of connections
initiative                   one row (or period): share of conversations the member started
unanswered                   conversation the member started that got no reply (≥ 14 days)
unanswered_summary           one row: unanswered share among those old enough to judge
response_latency             who answers (two rows): Kaplan–Meier median and shares by day
response_latency_curve       step of the two Kaplan–Meier curves (for plots)
follow_up_etiquette          conversation the member started (flagged: > 3 follow-ups in 14 d)
freshness                    contact: last exchange, days since, active / dormant / never
freshness_summary            status (three rows, shares of connections)
keep_warm                    two-way contact with ≥ 3 exchange days: ok / overdue / lapsing
inbound_offers               incoming recruiter / job-offer conversation, personalization 0–1
offer_summary                group (all / personal / templated): the member's reply rate
compare_exports              change between two exports (new, removed, job_change)
compare_summary              measure: counts of changes, hidden members apart
waiting                      conversation whose last message awaits the member's answer
pending_invitations          incoming invitation not yet accepted (note, met evidence)
headline                     measure: the headline band (value, counts, interval, note)
profile_checklist            item: headline, summary, current position, skills, activity
next_actions                 action: ranked reply / answer / accept / reconnect / review
network_headline             (a dict) the report's headline numbers, picked from the measures
network_results              (a dict) the measures the headline reads, those the export gives
===========================  ===================================================================
"""

from networkkit.network._actions import next_actions, pending_invitations, waiting
from networkkit.network._changes import compare_exports, compare_summary
from networkkit.network._companies import LEGAL_SUFFIXES, normalize_company
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
from networkkit.network._headline import headline
from networkkit.network._invitations import invitations
from networkkit.network._met import (
    AnnotationError,
    met_in_person,
    met_in_person_summary,
    read_annotations,
)
from networkkit.network._offers import inbound_offers, offer_summary
from networkkit.network._profile import profile_checklist
from networkkit.network._results import network_headline, network_results
from networkkit.network._words import (
    LANGUAGE_NAMES,
    MET_WORDS,
    language_name,
    offers_in_words,
    signals_in_words,
)

__all__ = [
    "LANGUAGE_NAMES",
    "LEGAL_SUFFIXES",
    "MET_WORDS",
    "AnnotationError",
    "companies",
    "compare_exports",
    "compare_summary",
    "follow_up_etiquette",
    "freshness",
    "freshness_summary",
    "growth",
    "headline",
    "inbound_offers",
    "initiative",
    "invitations",
    "keep_warm",
    "language_name",
    "met_in_person",
    "met_in_person_summary",
    "network_headline",
    "network_results",
    "next_actions",
    "normalize_company",
    "offer_summary",
    "offers_in_words",
    "pending_invitations",
    "people_at",
    "profile_checklist",
    "read_annotations",
    "reciprocity",
    "response_latency",
    "response_latency_curve",
    "signals_in_words",
    "unanswered",
    "unanswered_summary",
    "waiting",
]
