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

from networkkit.prepare._annotations import ANNOTATION_LABEL, prepare_annotations
from networkkit.prepare._facts import any_value, event_facts, event_log_report, n_unique
from networkkit.prepare._inputs import (
    NetworkInput,
    OutreachInput,
    events_from_export,
    export_scope,
    key_path,
    load_key_for,
    network_input,
    network_inputs,
    outreach_input,
    prepare_events,
    prepare_events_spark,
    prepare_export,
)
from networkkit.prepare._limits import SUPPORTED, size_note
from networkkit.prepare._parameters import LIMITS, RULES, check_parameters, log_parts
from networkkit.prepare._privacy import (
    EMAIL_PATTERN,
    EVENT_ID_COLUMNS,
    EVENT_KEY_COLUMNS,
    EVENT_NAME_COLUMNS,
    PHONE_PATTERN,
    Pseudonymizer,
    anonymize_events,
    anonymize_export,
    known_people,
    load_key,
    scrub_events,
    scrub_export,
    scrub_text,
)
from networkkit.prepare._privacy_spark import anonymize_events_spark, scrub_events_spark
from networkkit.prepare._sample import (
    SAMPLE_EXPORT,
    SAMPLE_OUTREACH,
    sample_export,
    sample_outreach,
)
from networkkit.prepare._scrub import find_private, scrub
from networkkit.prepare._window import (
    EXPORT_DATE_COLUMNS,
    parse_date,
    window,
    window_events,
    window_export,
)

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
