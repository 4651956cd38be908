"""Prepared inputs: what every report does to its inputs before it shows anything.

Between the measures (:mod:`networkkit.network`, :mod:`networkkit.outreach`) and the reports:

- privacy: contact details scrubbed and names pseudonymised, on pandas and on Spark alike
  (``_privacy``, ``_privacy_spark``; the column lists are defined once);
- the date window, written once for every engine (``_window``);
- the choice of inputs and what is said about them (``_inputs``, ``_facts``);
- where the bundled sample lives (``_sample``);
- the report parameters' allowed ranges, checked once for the CLI and the notebooks
  (``_parameters``).

A notebook prepares its input in one line: :func:`network_input` or :func:`outreach_input`.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "ANNOTATION_LABEL",
    "EMAIL_PATTERN",
    "EVENT_ID_COLUMNS",
    "EVENT_KEY_COLUMNS",
    "EVENT_NAME_COLUMNS",
    "EXPORT_DATE_COLUMNS",
    "LIMITS",
    "PHONE_PATTERN",
    "RULES",
    "SAMPLE_EXPORT",
    "SAMPLE_OUTREACH",
    "SUPPORTED",
    "NetworkInput",
    "OutreachInput",
    "Pseudonymizer",
    "anonymize_events",
    "anonymize_events_spark",
    "anonymize_export",
    "any_value",
    "check_parameters",
    "event_facts",
    "event_log_report",
    "events_from_export",
    "export_scope",
    "find_private",
    "key_path",
    "known_people",
    "load_key",
    "load_key_for",
    "log_parts",
    "n_unique",
    "network_input",
    "network_inputs",
    "outreach_input",
    "parse_date",
    "prepare_annotations",
    "prepare_events",
    "prepare_events_spark",
    "prepare_export",
    "sample_export",
    "sample_outreach",
    "scrub",
    "scrub_events",
    "scrub_events_spark",
    "scrub_export",
    "scrub_text",
    "size_note",
    "window",
    "window_events",
    "window_export",
]

#: Public name → (module, name in it): imported on first use (PEP 562), so that the command
#: line, which needs only the run machinery, never loads pandas, scipy or matplotlib.
_LAZY: dict[str, tuple[str, str]] = {
    "ANNOTATION_LABEL": ("networkkit.prepare._annotations", "ANNOTATION_LABEL"),
    "prepare_annotations": ("networkkit.prepare._annotations", "prepare_annotations"),
    "any_value": ("networkkit.prepare._facts", "any_value"),
    "event_facts": ("networkkit.prepare._facts", "event_facts"),
    "event_log_report": ("networkkit.prepare._facts", "event_log_report"),
    "n_unique": ("networkkit.prepare._facts", "n_unique"),
    "NetworkInput": ("networkkit.prepare._inputs", "NetworkInput"),
    "OutreachInput": ("networkkit.prepare._inputs", "OutreachInput"),
    "events_from_export": ("networkkit.prepare._inputs", "events_from_export"),
    "export_scope": ("networkkit.prepare._inputs", "export_scope"),
    "key_path": ("networkkit.prepare._inputs", "key_path"),
    "load_key_for": ("networkkit.prepare._inputs", "load_key_for"),
    "network_input": ("networkkit.prepare._inputs", "network_input"),
    "network_inputs": ("networkkit.prepare._inputs", "network_inputs"),
    "outreach_input": ("networkkit.prepare._inputs", "outreach_input"),
    "prepare_events": ("networkkit.prepare._inputs", "prepare_events"),
    "prepare_events_spark": ("networkkit.prepare._inputs", "prepare_events_spark"),
    "prepare_export": ("networkkit.prepare._inputs", "prepare_export"),
    "SUPPORTED": ("networkkit.prepare._limits", "SUPPORTED"),
    "size_note": ("networkkit.prepare._limits", "size_note"),
    "LIMITS": ("networkkit.prepare._parameters", "LIMITS"),
    "RULES": ("networkkit.prepare._parameters", "RULES"),
    "check_parameters": ("networkkit.prepare._parameters", "check_parameters"),
    "log_parts": ("networkkit.prepare._parameters", "log_parts"),
    "EMAIL_PATTERN": ("networkkit.prepare._privacy", "EMAIL_PATTERN"),
    "EVENT_ID_COLUMNS": ("networkkit.prepare._privacy", "EVENT_ID_COLUMNS"),
    "EVENT_KEY_COLUMNS": ("networkkit.prepare._privacy", "EVENT_KEY_COLUMNS"),
    "EVENT_NAME_COLUMNS": ("networkkit.prepare._privacy", "EVENT_NAME_COLUMNS"),
    "PHONE_PATTERN": ("networkkit.prepare._privacy", "PHONE_PATTERN"),
    "Pseudonymizer": ("networkkit.prepare._privacy", "Pseudonymizer"),
    "anonymize_events": ("networkkit.prepare._privacy", "anonymize_events"),
    "anonymize_export": ("networkkit.prepare._privacy", "anonymize_export"),
    "known_people": ("networkkit.prepare._privacy", "known_people"),
    "load_key": ("networkkit.prepare._privacy", "load_key"),
    "scrub_events": ("networkkit.prepare._privacy", "scrub_events"),
    "scrub_export": ("networkkit.prepare._privacy", "scrub_export"),
    "scrub_text": ("networkkit.prepare._privacy", "scrub_text"),
    "anonymize_events_spark": ("networkkit.prepare._privacy_spark", "anonymize_events_spark"),
    "scrub_events_spark": ("networkkit.prepare._privacy_spark", "scrub_events_spark"),
    "SAMPLE_EXPORT": ("networkkit.prepare._sample", "SAMPLE_EXPORT"),
    "SAMPLE_OUTREACH": ("networkkit.prepare._sample", "SAMPLE_OUTREACH"),
    "sample_export": ("networkkit.prepare._sample", "sample_export"),
    "sample_outreach": ("networkkit.prepare._sample", "sample_outreach"),
    "find_private": ("networkkit.prepare._scrub", "find_private"),
    "scrub": ("networkkit.prepare._scrub", "scrub"),
    "EXPORT_DATE_COLUMNS": ("networkkit.prepare._window", "EXPORT_DATE_COLUMNS"),
    "parse_date": ("networkkit.prepare._window", "parse_date"),
    "window": ("networkkit.prepare._window", "window"),
    "window_events": ("networkkit.prepare._window", "window_events"),
    "window_export": ("networkkit.prepare._window", "window_export"),
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
