"""Privacy for a Spark event log: the pandas rules of :mod:`._privacy`, applied inside Spark.

The column lists and the scrubber are the pandas module's own: the pandas functions run in
Spark's Python workers, batch by batch (Java's regex engine has no NFKC and no IBAN check), so
both engines scrub and pseudonymise the same columns the same way (the tokens and pseudonyms
are equal).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from networkkit.prepare._privacy import (
    EVENT_ID_COLUMNS,
    EVENT_KEY_COLUMNS,
    EVENT_NAME_COLUMNS,
    Pseudonymizer,
    _opaque_emails,
    event_text_names,
    scrub_text,
)

#: Event-log columns holding codes, never free text (names are not looked for in them).
_CODES = ("thread_id", "event", "channel")

__all__ = ["anonymize_events_spark", "scrub_events_spark"]


def _in_workers(func: Any) -> Any:
    """Wrap a pandas Series → Series function as a Spark pandas UDF returning strings."""
    from pyspark.sql import functions as F

    def apply(values: pd.Series) -> pd.Series:
        return func(values.astype("string"))

    return F.pandas_udf(apply, "string")


def scrub_events_spark(events: Any) -> Any:
    """Scrub e-mail addresses and phone numbers from every string column, in Spark.

    As :func:`networkkit.prepare.scrub_events`: in the identifying columns a value holding an
    address or number becomes ``contact-<hash>`` (sha256 of the case-folded value, the same
    token as on pandas); elsewhere addresses become ``[email]`` and numbers ``[phone]``.

    Parameters
    ----------
    events : pyspark.sql.DataFrame
        An event log.

    Returns
    -------
    pyspark.sql.DataFrame
        A new (lazy) event log.
    """
    from pyspark.sql import functions as F

    as_token, as_text = _in_workers(_opaque_emails), _in_workers(scrub_text)
    out = []
    for name, kind in events.dtypes:
        col = F.col(name)
        if kind == "string":
            col = as_token(col) if name in EVENT_ID_COLUMNS else as_text(col)
        out.append(col.alias(name))
    return events.select(*out)


def anonymize_events_spark(events: Any, *, key: bytes) -> Any:
    """Pseudonymise a Spark event log's people as :func:`networkkit.prepare.anonymize_events`.

    The pandas pseudonymizer runs in Spark's Python workers, batch by batch, so a person gets
    the same pseudonym on both engines; the senders' and recipients' names are also looked
    for in the free text (templates, campaigns); the result is scrubbed again.

    Parameters
    ----------
    events : pyspark.sql.DataFrame
        An event log.
    key : bytes
        The secret key.

    Returns
    -------
    pyspark.sql.DataFrame
        A new (lazy) event log.
    """
    from pyspark.sql import functions as F

    pseudo = Pseudonymizer(key)
    as_key, as_name = _in_workers(pseudo.keys), _in_workers(pseudo.names)
    named = [c for c in EVENT_NAME_COLUMNS if c in events.columns]
    people = {r[0] for c in named for r in events.select(c).distinct().collect() if r[0]}
    as_text = _in_workers(event_text_names(sorted(people), key=key))
    out = []
    for name, kind in events.dtypes:
        col = F.col(name)
        if name in EVENT_KEY_COLUMNS:
            col = as_key(col)
        elif name in EVENT_NAME_COLUMNS:
            col = as_name(col)
        elif kind == "string" and name not in _CODES:
            col = as_text(col)
        out.append(col.alias(name))
    return scrub_events_spark(events.select(*out))
