"""The report window: rows and threads kept, and when the data ends."""

from __future__ import annotations

import pandas as pd
import pytest
from prepared_inputs import KEY, fictional_export

from networkkit.export import Export
from networkkit.prepare import prepare_events, prepare_export


@pytest.fixture
def export() -> Export:
    return fictional_export()


def test_prepare_export_window_and_as_of(export):
    out = prepare_export(export, start_date="2026-01-01", end_date="2026-02-01")
    assert out.connections["full_name"].tolist()[:1] == ["Dana Lee"]
    assert len(out.connections) == 1  # Pat (March) and the hidden member (December) out
    assert len(out.messages) == 1  # the 2 February message is after the end day
    assert out.as_of == pd.Timestamp("2026-02-01 23:59:59.999999", tz="UTC")
    assert prepare_export(export, as_of="2026-05-01").as_of == pd.Timestamp("2026-05-01", tz="UTC")


def test_prepare_events_keeps_threads_started_in_the_window():
    events = pd.DataFrame(
        {
            "thread_id": ["t1", "t1", "t2", "t2", "t3"],
            "event": ["sent", "replied", "sent", "replied", "sent"],
            "at": pd.to_datetime(
                ["2026-01-02", "2026-03-01", "2026-01-20", "2026-01-21", "2025-12-30"], utc=True
            ),
            "sender": ["Ana Ruiz"] * 5,
            "recipient_key": ["r1", "r1", "r2", "r2", "r3"],
        }
    )
    out = prepare_events(
        events, start_date="2026-01-01", end_date="2026-01-31", anonymize=True, key=KEY
    )
    assert out["thread_id"].tolist() == ["t1", "t2", "t2"]  # t1's late reply is censored
    assert not out["sender"].str.contains("Ana").any()
    assert out["recipient_key"].str.startswith("member-").all()
