"""Reports: parameterised notebooks rendered to self-contained HTML.

One render path (:func:`render`): the jupytext source in ``notebooks/`` is built into a
temporary ``.ipynb``, executed by papermill with the report's parameters, converted by nbconvert
to HTML without input cells (a template that fetches nothing from anywhere), and written
atomically beside the executed notebook. The helpers below are what the report notebooks share.
"""

from networkkit.reports._notebook import (
    SectionSkipped,
    format_rate,
    has_rows,
    key_path,
    load_key_for,
    missing,
    note,
    prepare_events,
    prepare_export,
    publish_headline,
    rate_table,
    say,
    section,
    setup,
    show,
    window,
)
from networkkit.reports._privacy import (
    Pseudonymizer,
    anonymize_events,
    anonymize_export,
    load_key,
    scrub_events,
    scrub_export,
    scrub_text,
)
from networkkit.reports._render import (
    HEADLINE_MIME,
    NOTEBOOKS,
    Rendered,
    ReportError,
    failing_section,
    headline_of,
    notebook_source,
    render,
    to_html,
)

__all__ = [
    "HEADLINE_MIME",
    "NOTEBOOKS",
    "Pseudonymizer",
    "Rendered",
    "ReportError",
    "SectionSkipped",
    "anonymize_events",
    "anonymize_export",
    "failing_section",
    "format_rate",
    "has_rows",
    "headline_of",
    "key_path",
    "load_key",
    "load_key_for",
    "missing",
    "note",
    "notebook_source",
    "prepare_events",
    "prepare_export",
    "publish_headline",
    "rate_table",
    "render",
    "say",
    "scrub_events",
    "scrub_export",
    "scrub_text",
    "section",
    "setup",
    "show",
    "to_html",
    "window",
]
