"""Messy logs read right: zone-less times, epoch numbers, duplicates (issue 18, items 1, 2, 7)."""

from __future__ import annotations

import pandas as pd
import pytest

import networkkit as nk


def _csv(tmp_path, text: str, name: str = "log.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_naive_time_after_an_offset_row_stays_utc(tmp_path):
    # pandas 2.3 read the naive row as 08:00 UTC, carrying the +02:00 of the row before it
    path = _csv(
        tmp_path,
        "thread_id,event,at\n"
        "a,sent,2025-01-01T10:00:00+02:00\n"
        "b,sent,2025-01-01 10:00:00\n"
        "b,replied,2025-01-02 10:00:00\n",
    )
    ev = nk.outreach.read_events(path)
    at = ev.set_index(["thread_id", "event"])["at"]
    assert at[("a", "sent")] == pd.Timestamp("2025-01-01 08:00", tz="UTC")
    assert at[("b", "sent")] == pd.Timestamp("2025-01-01 10:00", tz="UTC")
    ttr = nk.outreach.time_to_reply(ev, as_of="2025-01-10")
    assert ttr["replied_by_1d"].iloc[0] == pytest.approx(0.5)


def test_timezone_names_the_clock_of_naive_times_only(tmp_path):
    path = _csv(
        tmp_path,
        "thread_id,event,at\n"
        "a,sent,2025-01-01T10:00:00Z\n"
        "b,sent,2025-01-01 10:00:00\n"
        "c,sent,2025-07-01 10:00\n",
    )
    ev = nk.outreach.read_events(path, timezone="Europe/Oslo")
    at = dict(zip(ev["thread_id"], ev["at"], strict=True))
    assert at["a"] == pd.Timestamp("2025-01-01 10:00", tz="UTC")  # its own offset wins
    assert at["b"] == pd.Timestamp("2025-01-01 09:00", tz="UTC")  # CET, +01:00
    assert at["c"] == pd.Timestamp("2025-07-01 08:00", tz="UTC")  # CEST, +02:00
    with pytest.raises(ValueError, match="IANA"):
        nk.outreach.read_events(path, timezone="Mars/Olympus")


def test_mapped_sources_read_epoch_seconds_and_milliseconds(tmp_path):
    path = _csv(
        tmp_path,
        "Contact,Activity,When\n"
        "c1@example.com,Email sent,1735725600000\n"
        "c1@example.com,Replied,1735812000\n"
        "c2@example.com,Email sent,2025-01-01T10:00:00Z\n",
    )
    ev = nk.outreach.read_events(
        path,
        mapping={
            "thread_id": "Contact",
            "event": "Activity",
            "at": "When",
            "event_values": {"Email sent": "sent", "Replied": "replied"},
        },
    )
    assert ev["at"].tolist() == [
        pd.Timestamp("2025-01-01 10:00", tz="UTC"),
        pd.Timestamp("2025-01-02 10:00", tz="UTC"),
        pd.Timestamp("2025-01-01 10:00", tz="UTC"),
    ]


def test_epoch_numbers_in_a_frame_are_read_too():
    frame = pd.DataFrame(
        {"thread_id": ["a", "a"], "event": ["sent", "replied"], "at": [1735725600, 1735812000]}
    )
    ev = nk.outreach.read_events(frame)
    assert (ev["at"].diff().iloc[1]) == pd.Timedelta(days=1)


def test_an_exact_duplicate_row_is_one_event_and_is_counted(tmp_path):
    path = _csv(
        tmp_path,
        "thread_id,event,at\n"
        "a,sent,2025-01-01T10:00:00Z\n"
        "a,sent,2025-01-01T10:00:00Z\n"
        "a,sent,2025-01-03T10:00:00Z\n"
        "a,replied,2025-01-04T10:00:00Z\n"
        "a,replied,2025-01-04 10:00:00\n",
    )
    ev = nk.outreach.read_events(path)
    assert len(ev) == 3 and ev.attrs["duplicates"] == 2
    # without a step column the duplicate was a phantom step 2
    assert ev.loc[ev["event"] == "sent", "step"].tolist() == [1, 2]
    steps = nk.outreach.reply_by_step(ev)
    assert steps["received"].tolist() == [1, 1] and steps["replied"].tolist() == [0, 1]
    assert nk.outreach.cadence(ev)["follow_ups"].tolist() == [1]


def test_the_parse_summary_counts_dropped_duplicates(tmp_path):
    from networkkit.reports import event_log_report

    path = _csv(
        tmp_path,
        "thread_id,event,at\na,sent,2025-01-01T10:00:00Z\na,sent,2025-01-01T10:00:00Z\n",
    )
    ev = nk.outreach.read_events(path)
    report = event_log_report(ev, path=path)
    assert report["duplicates_dropped"].tolist() == [1]
