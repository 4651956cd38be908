"""Privacy for a Spark event log: the pandas rules of :mod:`._privacy`, applied inside Spark.

The column lists and patterns are the pandas module's own, so both engines scrub and
pseudonymise the same columns the same way (the tokens and pseudonyms are equal).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from networkkit.prepare._privacy import (
    EMAIL_PATTERN,
    EVENT_ID_COLUMNS,
    EVENT_KEY_COLUMNS,
    EVENT_NAME_COLUMNS,
    PHONE_PATTERN,
    Pseudonymizer,
)

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

    private = f"({EMAIL_PATTERN})|({PHONE_PATTERN})"
    out = []
    for name, kind in events.dtypes:
        col = F.col(name)
        if kind == "string":
            if name in EVENT_ID_COLUMNS:
                digest = F.sha2(F.lower(col), 256)
                token = F.concat(F.lit("contact-"), F.substring(digest, 1, 12))
                col = F.when(col.rlike(private), token).otherwise(col)
            else:
                col = F.regexp_replace(F.regexp_replace(col, EMAIL_PATTERN, "[email]"),
                                       PHONE_PATTERN, "[phone]")  # fmt: skip
        out.append(col.alias(name))
    return events.select(*out)


def anonymize_events_spark(events: Any, *, key: bytes) -> Any:
    """Pseudonymise a Spark event log's people as :func:`networkkit.prepare.anonymize_events`.

    The pandas pseudonymizer runs in Spark's Python workers, batch by batch, so a person gets
    the same pseudonym on both engines; the result is scrubbed again.

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
    out = []
    for name, _kind in events.dtypes:
        col = F.col(name)
        if name in EVENT_KEY_COLUMNS:
            col = as_key(col)
        elif name in EVENT_NAME_COLUMNS:
            col = as_name(col)
        out.append(col.alias(name))
    return scrub_events_spark(events.select(*out))
