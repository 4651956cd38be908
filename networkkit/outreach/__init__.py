"""networkkit.outreach: outreach event logs → threads → funnel, timing, comparisons, cadence.

Written once with narwhals: every measure takes a pandas, Polars (eager or lazy), DuckDB or
PySpark event log and aggregates inside that engine; only small results (per-group counts,
counts per distinct duration) come back as pandas.
"""

from networkkit.outreach._actions import (
    channel_switches,
    channel_switching,
    follow_up_status,
    next_actions,
    send_window,
)
from networkkit.outreach._cadence import cadence, cadence_summary, follow_up_counts
from networkkit.outreach._from_messages import from_messages
from networkkit.outreach._funnel import funnel, linkedin_response_rate, reply_within
from networkkit.outreach._group_tests import CompareResult, compare, holm
from networkkit.outreach._headline import headline
from networkkit.outreach._log_schema import EVENT_COLUMNS, EVENTS
from networkkit.outreach._results import outreach_headline
from networkkit.outreach._send_time import send_time, send_time_summary
from networkkit.outreach._sources import detect_source, read_events
from networkkit.outreach._spark import read_events_spark, spark_session
from networkkit.outreach._stages import funnel_stages, send_time_margins
from networkkit.outreach._threads import threads
from networkkit.outreach._timing import reply_by_step, reply_curve, time_to_reply

__all__ = [
    "EVENTS",
    "EVENT_COLUMNS",
    "CompareResult",
    "cadence",
    "cadence_summary",
    "channel_switches",
    "channel_switching",
    "compare",
    "detect_source",
    "follow_up_counts",
    "follow_up_status",
    "from_messages",
    "funnel",
    "funnel_stages",
    "headline",
    "holm",
    "linkedin_response_rate",
    "next_actions",
    "outreach_headline",
    "read_events",
    "read_events_spark",
    "reply_by_step",
    "reply_curve",
    "reply_within",
    "send_time",
    "send_time_margins",
    "send_time_summary",
    "send_window",
    "spark_session",
    "threads",
    "time_to_reply",
]
