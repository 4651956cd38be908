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

from networkkit.errors import ReportError, SectionSkipped
from networkkit.network import network_headline as _network_headline
from networkkit.network import network_results as _network_results
from networkkit.outreach import outreach_headline as _outreach_headline
from networkkit.prepare import (
    SAMPLE_EXPORT,
    SAMPLE_OUTREACH,
    OutreachInput,
    Pseudonymizer,
    anonymize_events,
    anonymize_export,
    any_value,
    event_facts,
    event_log_report,
    events_from_export,
    key_path,
    load_key,
    load_key_for,
    n_unique,
    network_input,
    outreach_input,
    prepare_events,
    prepare_events_spark,
    prepare_export,
    sample_export,
    sample_outreach,
    scrub_events,
    scrub_export,
    scrub_text,
    window,
)
from networkkit.reports._network import (
    describe_scope,
    show_freshness,
    show_invitations,
    show_latency,
    show_met,
    show_offers,
    show_parse_report,
    show_reciprocity,
    show_unanswered,
)
from networkkit.reports._notebook import (
    format_rate,
    has_rows,
    missing,
    note,
    publish_headline,
    rate_table,
    say,
    section,
    setup,
    show,
    show_figure,
    show_rates,
    show_trend,
    truncate,
)
from networkkit.reports._outreach import (
    has_values,
    show_cadence,
    show_comparison,
    show_funnel,
    show_outreach_scope,
    show_reply_by_step,
    show_send_time,
    show_time_to_reply,
)
from networkkit.reports._render import (
    HEADLINE_MIME,
    NOTEBOOKS,
    Rendered,
    failing_section,
    headline_of,
    notebook_source,
    render,
    to_html,
)
from networkkit.reports._run import (
    KINDS,
    RunOutcome,
    build_parameters,
    notebook_defaults,
    run,
)

#: Kept for custom notebooks: :func:`networkkit.network.network_headline`.
network_headline = _network_headline
#: Kept for custom notebooks: :func:`networkkit.network.network_results`.
network_results = _network_results
#: Kept for custom notebooks: :func:`networkkit.outreach.outreach_headline`.
outreach_headline = _outreach_headline

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
