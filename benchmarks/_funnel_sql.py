"""The outreach funnel by template, written by hand in DuckDB SQL from METRICS.md.

This is the reference ``nk.outreach.funnel(events, by="template")`` is timed against, and whose
numbers it must equal. Definitions (METRICS.md, "Outreach funnel"), per thread:

- sent: the thread's first touch was sent (it has a ``sent`` event);
- bounced: its first touch bounced; delivered = sent - bounced;
- tracked: delivered, and the first touch went by a channel that tracks opens and clicks
  (not LinkedIn, InMail, calls, texts or meetings; a missing channel counts as tracked);
- opened: tracked, with at least one open not flagged as a machine open (funnel's default,
  ``machine_opens="exclude"``); clicked: tracked, with at least one click; both NA ("not
  tracked", never 0) for a group with delivered threads but none tracked;
- replied: delivered, with at least one reply after the first touch;
- positive: delivered, with a reply after the first touch marked positive;
- open and click rates are over tracked threads; reply and positive rates over delivered.

A thread's template is the template of its first touch (step 1); null without one.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

COUNTS = ["sent", "bounced", "delivered", "opened", "clicked", "replied", "positive"]
RATES = ["open_rate", "click_rate", "reply_rate", "positive_rate"]

#: Channels that track neither opens nor clicks (funnel's list, compared in lower case).
UNTRACKED = (
    "'linkedin', 'message', 'inmail', 'phone', 'phone call', 'call', 'sms', 'text', "
    "'text message', 'meeting'"
)

FUNNEL_SQL = """
WITH per_thread AS (
    SELECT
        thread_id,
        min(template) FILTER (WHERE event = 'sent' AND step = 1) AS template,
        min(channel) FILTER (WHERE event = 'sent' AND step = 1) AS channel,
        min("at") FILTER (WHERE event = 'sent') AS first_at,
        bool_or(event = 'bounced') AS bounced,
        bool_or(event = 'opened' AND NOT coalesce(machine, false)) AS opened,
        bool_or(event = 'clicked') AS clicked,
        max("at") FILTER (WHERE event = 'replied') AS last_reply,
        max("at") FILTER (WHERE event = 'replied' AND positive) AS last_positive
    FROM {events}
    GROUP BY thread_id
    HAVING count(*) FILTER (WHERE event = 'sent') > 0
),
flags AS (
    SELECT
        template,
        bounced,
        NOT bounced AS delivered,
        NOT bounced AND coalesce(lower(channel) NOT IN ({untracked}), true) AS tracked,
        opened,
        clicked,
        NOT bounced AND coalesce(last_reply > first_at, false) AS replied,
        NOT bounced AND coalesce(last_positive > first_at, false) AS positive
    FROM per_thread
),
counts AS (
    SELECT
        template,
        count(*) AS sent,
        count(*) FILTER (WHERE bounced) AS bounced,
        count(*) FILTER (WHERE delivered) AS delivered,
        count(*) FILTER (WHERE tracked) AS tracked,
        count(*) FILTER (WHERE tracked AND opened) AS opened,
        count(*) FILTER (WHERE tracked AND clicked) AS clicked,
        count(*) FILTER (WHERE replied) AS replied,
        count(*) FILTER (WHERE positive) AS positive
    FROM flags
    GROUP BY template
)
SELECT
    template,
    sent,
    bounced,
    delivered,
    CASE WHEN tracked > 0 OR delivered = 0 THEN opened END AS opened,
    CASE WHEN tracked > 0 OR delivered = 0 THEN clicked END AS clicked,
    replied,
    positive,
    opened / nullif(tracked, 0) AS open_rate,
    clicked / nullif(tracked, 0) AS click_rate,
    replied / nullif(delivered, 0) AS reply_rate,
    positive / nullif(delivered, 0) AS positive_rate
FROM counts
ORDER BY template NULLS LAST
""".replace("{untracked}", UNTRACKED)


def to_pandas(obj) -> pd.DataFrame:
    """Any engine's frame (pandas, Polars, DuckDB relation, narwhals) as a pandas frame."""
    if isinstance(obj, pd.DataFrame):
        return obj
    import narwhals as nw

    frame = nw.from_native(obj)
    if isinstance(frame, nw.LazyFrame):
        frame = frame.collect()
    return frame.to_pandas()


def compare(got: pd.DataFrame, want: pd.DataFrame, *, label: str) -> None:
    """Assert ``got`` (a funnel) has the SQL reference's counts and rates, template by template."""

    def keyed(df: pd.DataFrame) -> pd.DataFrame:
        df = df.copy()
        df["template"] = df["template"].astype("string").fillna("<NA>")
        return df.set_index("template").sort_index()

    g, w = keyed(got), keyed(want)
    if list(g.index) != list(w.index):
        raise AssertionError(f"{label}: templates differ: {list(g.index)} vs {list(w.index)}")
    for col in COUNTS:
        a = g[col].astype("Int64").fillna(-1).to_numpy("int64")
        b = w[col].astype("Int64").fillna(-1).to_numpy("int64")
        if not np.array_equal(a, b):
            raise AssertionError(f"{label}: {col} differs from the SQL: {a} vs {b}")
    for col in RATES:
        a = g[col].astype("Float64").to_numpy("float64", na_value=np.nan)
        b = w[col].astype("Float64").to_numpy("float64", na_value=np.nan)
        if not np.allclose(a, b, equal_nan=True):
            raise AssertionError(f"{label}: {col} differs from the SQL: {a} vs {b}")
