"""The outreach headline: a rate the source does not track is None, never 0."""

from __future__ import annotations

import pandas as pd
import pytest

from networkkit import outreach


def test_outreach_headline_says_not_tracked_as_none():
    from networkkit.outreach import outreach_headline

    events = pd.DataFrame(
        {
            "thread_id": ["a", "a", "b", "c"],
            "event": ["sent", "replied", "sent", "sent"],
            "at": pd.to_datetime(
                ["2026-01-01", "2026-01-03", "2026-01-02", "2026-01-02"], utc=True
            ),
        }
    )
    events = outreach.read_events(events)
    head = outreach_headline(
        {"funnel": outreach.funnel(events), "cadence_summary": outreach.cadence_summary(events)}
    )
    assert head["threads_sent"] == 3 and head["delivered"] == 3
    assert head["reply_rate"] == pytest.approx(1 / 3)
    assert head["open_rate"] is None  # opens not tracked: None, never 0
    assert head["within_etiquette_share"] == 1.0
    assert head["median_days_to_reply"] is None  # not computed
