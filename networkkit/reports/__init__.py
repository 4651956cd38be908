"""Reports: parameterised notebooks rendered to self-contained HTML.

This package only shows and renders. One render path (:func:`render`): the jupytext source in
``notebooks/`` is built into a temporary ``.ipynb``, executed by papermill with the report's
parameters, converted by nbconvert to HTML without input cells (a template that fetches
nothing from anywhere), and written atomically beside the executed notebook. The ``show_*``
helpers write a measure's result into the running notebook.

Inputs are prepared in :mod:`networkkit.prepare` and numbers are computed in
:mod:`networkkit.network` and :mod:`networkkit.outreach`; their names are re-exported here so
custom notebooks written against ``networkkit.reports`` keep working.
"""

from __future__ import annotations

import importlib
from typing import Any

from networkkit.errors import ReportError, SectionSkipped

__all__ = [
    "HEADLINE_MIME",
    "KINDS",
    "NOTEBOOKS",
    "SAMPLE_EXPORT",
    "SAMPLE_OUTREACH",
    "OutreachInput",
    "Pseudonymizer",
    "Rendered",
    "ReportError",
    "RunOutcome",
    "SectionSkipped",
    "anonymize_events",
    "anonymize_export",
    "any_value",
    "build_parameters",
    "describe_scope",
    "event_facts",
    "event_log_report",
    "events_from_export",
    "failing_section",
    "format_rate",
    "has_rows",
    "has_values",
    "headline_of",
    "key_path",
    "load_key",
    "load_key_for",
    "missing",
    "n_unique",
    "network_headline",
    "network_input",
    "network_results",
    "note",
    "notebook_defaults",
    "notebook_source",
    "outreach_headline",
    "outreach_input",
    "prepare_events",
    "prepare_events_spark",
    "prepare_export",
    "publish_headline",
    "rate_table",
    "render",
    "run",
    "sample_export",
    "sample_outreach",
    "say",
    "scrub_events",
    "scrub_export",
    "scrub_text",
    "section",
    "setup",
    "show",
    "show_cadence",
    "show_comparison",
    "show_figure",
    "show_freshness",
    "show_funnel",
    "show_invitations",
    "show_latency",
    "show_met",
    "show_offers",
    "show_outreach_scope",
    "show_parse_report",
    "show_rates",
    "show_reciprocity",
    "show_reply_by_step",
    "show_send_time",
    "show_time_to_reply",
    "show_trend",
    "show_unanswered",
    "to_html",
    "truncate",
    "window",
]

#: Public name → (module, name in it): imported on first use (PEP 562), so that the command
#: line, which needs only the run machinery, never loads pandas, scipy or matplotlib.
_LAZY: dict[str, tuple[str, str]] = {
    "network_headline": ("networkkit.network", "network_headline"),
    "network_results": ("networkkit.network", "network_results"),
    "outreach_headline": ("networkkit.outreach", "outreach_headline"),
    "SAMPLE_EXPORT": ("networkkit.prepare", "SAMPLE_EXPORT"),
    "SAMPLE_OUTREACH": ("networkkit.prepare", "SAMPLE_OUTREACH"),
    "OutreachInput": ("networkkit.prepare", "OutreachInput"),
    "Pseudonymizer": ("networkkit.prepare", "Pseudonymizer"),
    "anonymize_events": ("networkkit.prepare", "anonymize_events"),
    "anonymize_export": ("networkkit.prepare", "anonymize_export"),
    "any_value": ("networkkit.prepare", "any_value"),
    "event_facts": ("networkkit.prepare", "event_facts"),
    "event_log_report": ("networkkit.prepare", "event_log_report"),
    "events_from_export": ("networkkit.prepare", "events_from_export"),
    "key_path": ("networkkit.prepare", "key_path"),
    "load_key": ("networkkit.prepare", "load_key"),
    "load_key_for": ("networkkit.prepare", "load_key_for"),
    "n_unique": ("networkkit.prepare", "n_unique"),
    "network_input": ("networkkit.prepare", "network_input"),
    "outreach_input": ("networkkit.prepare", "outreach_input"),
    "prepare_events": ("networkkit.prepare", "prepare_events"),
    "prepare_events_spark": ("networkkit.prepare", "prepare_events_spark"),
    "prepare_export": ("networkkit.prepare", "prepare_export"),
    "sample_export": ("networkkit.prepare", "sample_export"),
    "sample_outreach": ("networkkit.prepare", "sample_outreach"),
    "scrub_events": ("networkkit.prepare", "scrub_events"),
    "scrub_export": ("networkkit.prepare", "scrub_export"),
    "scrub_text": ("networkkit.prepare", "scrub_text"),
    "window": ("networkkit.prepare", "window"),
    "describe_scope": ("networkkit.reports._network", "describe_scope"),
    "show_freshness": ("networkkit.reports._network", "show_freshness"),
    "show_invitations": ("networkkit.reports._network", "show_invitations"),
    "show_latency": ("networkkit.reports._network", "show_latency"),
    "show_met": ("networkkit.reports._network", "show_met"),
    "show_offers": ("networkkit.reports._network", "show_offers"),
    "show_parse_report": ("networkkit.reports._network", "show_parse_report"),
    "show_reciprocity": ("networkkit.reports._network", "show_reciprocity"),
    "show_unanswered": ("networkkit.reports._network", "show_unanswered"),
    "format_rate": ("networkkit.reports._notebook", "format_rate"),
    "has_rows": ("networkkit.reports._notebook", "has_rows"),
    "missing": ("networkkit.reports._notebook", "missing"),
    "note": ("networkkit.reports._notebook", "note"),
    "publish_headline": ("networkkit.reports._notebook", "publish_headline"),
    "rate_table": ("networkkit.reports._notebook", "rate_table"),
    "say": ("networkkit.reports._notebook", "say"),
    "section": ("networkkit.reports._notebook", "section"),
    "setup": ("networkkit.reports._notebook", "setup"),
    "show": ("networkkit.reports._notebook", "show"),
    "show_figure": ("networkkit.reports._notebook", "show_figure"),
    "show_rates": ("networkkit.reports._notebook", "show_rates"),
    "show_trend": ("networkkit.reports._notebook", "show_trend"),
    "truncate": ("networkkit.reports._notebook", "truncate"),
    "has_values": ("networkkit.reports._outreach", "has_values"),
    "show_cadence": ("networkkit.reports._outreach", "show_cadence"),
    "show_comparison": ("networkkit.reports._outreach", "show_comparison"),
    "show_funnel": ("networkkit.reports._outreach", "show_funnel"),
    "show_outreach_scope": ("networkkit.reports._outreach", "show_outreach_scope"),
    "show_reply_by_step": ("networkkit.reports._outreach", "show_reply_by_step"),
    "show_send_time": ("networkkit.reports._outreach", "show_send_time"),
    "show_time_to_reply": ("networkkit.reports._outreach", "show_time_to_reply"),
    "HEADLINE_MIME": ("networkkit.reports._render", "HEADLINE_MIME"),
    "NOTEBOOKS": ("networkkit.reports._render", "NOTEBOOKS"),
    "Rendered": ("networkkit.reports._render", "Rendered"),
    "failing_section": ("networkkit.reports._render", "failing_section"),
    "headline_of": ("networkkit.reports._render", "headline_of"),
    "notebook_source": ("networkkit.reports._render", "notebook_source"),
    "render": ("networkkit.reports._render", "render"),
    "to_html": ("networkkit.reports._render", "to_html"),
    "KINDS": ("networkkit.reports._run", "KINDS"),
    "RunOutcome": ("networkkit.reports._run", "RunOutcome"),
    "build_parameters": ("networkkit.reports._run", "build_parameters"),
    "notebook_defaults": ("networkkit.reports._run", "notebook_defaults"),
    "run": ("networkkit.reports._run", "run"),
}


def __getattr__(name: str) -> Any:
    """Import a public name from its module on first use."""
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """List the public names, those not yet imported included (for tab completion)."""
    return sorted(set(globals()) | set(__all__))
