"""networkkit.outreach: outreach event logs → threads → funnel, timing, comparisons, cadence.

Written once with narwhals: every measure takes a pandas, Polars (eager or lazy), DuckDB or
PySpark event log and aggregates inside that engine; only small results come back as pandas.
"""

from networkkit.outreach._funnel import funnel, linkedin_response_rate, reply_within
from networkkit.outreach._schema import EVENT_COLUMNS, EVENTS
from networkkit.outreach._threads import threads

__all__ = [
    "EVENTS",
    "EVENT_COLUMNS",
    "funnel",
    "linkedin_response_rate",
    "reply_within",
    "threads",
]
