"""Prepared inputs: what every report does to its inputs before it shows anything.

Privacy (scrubbing contact details, pseudonyms) lives here, between the measures and the
reports, so that a report, a notebook and the command line prepare their inputs one way.
"""

from networkkit.prepare._annotations import ANNOTATION_LABEL, prepare_annotations
from networkkit.prepare._privacy import (
    EMAIL_PATTERN,
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

__all__ = [
    "ANNOTATION_LABEL",
    "EMAIL_PATTERN",
    "PHONE_PATTERN",
    "Pseudonymizer",
    "anonymize_events",
    "anonymize_export",
    "known_people",
    "load_key",
    "prepare_annotations",
    "scrub_events",
    "scrub_export",
    "scrub_text",
]
