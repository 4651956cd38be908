"""Which input a report reads, and what it says about it: one function per report."""

from __future__ import annotations

import pandas as pd
import pytest
from report_inputs import SAMPLE_OUTREACH, export_2018, small_export

from networkkit import outreach, prepare


def test_without_inputs_the_outreach_report_reads_the_sample_log():
    inputs = prepare.outreach_input()
    raw = outreach.read_events(str(SAMPLE_OUTREACH))
    assert inputs.origin == "the outreach log sample_outreach.csv"
    assert inputs.problem is None
    assert inputs.facts["threads"] == raw["thread_id"].nunique()
    assert inputs.facts["events"] == len(raw)
    assert inputs.parse_report["file"].tolist() == ["sample_outreach.csv"]
    assert inputs.scope == (
        f"Read from the outreach log sample_outreach.csv: {inputs.facts['threads']:,} "
        f"threads, {inputs.facts['events']:,} events."
    )
    assert inputs.as_of is None


def test_an_export_without_a_log_gives_the_conversations_the_member_started(tmp_path):
    inputs = prepare.outreach_input(str(small_export(tmp_path)))
    assert inputs.origin.startswith("the conversations you started on LinkedIn")
    assert inputs.problem is None and inputs.facts["threads"] > 0
    assert "messages.csv" in inputs.parse_report["file"].str.lower().tolist()


def test_a_2018_export_gives_threads_by_counterpart(tmp_path):
    # issue 13: 2018 messages form one conversation per counterpart, direction from their
    # Direction column, so the conversations the member started are outreach threads
    inputs = prepare.outreach_input(str(export_2018(tmp_path)))
    assert inputs.problem is None
    assert inputs.facts["threads"] > 0
    assert inputs.inferred.startswith("Owner from")


def test_the_window_scopes_first_touches_and_sets_when_the_data_ends():
    inputs = prepare.outreach_input(start_date="2026-09-01", end_date="2026-09-30")
    assert inputs.as_of == "2026-09-30 23:59:59.999999+00:00"
    assert inputs.scope.endswith(", first touches from 2026-09-01 to 2026-09-30.")
    events = inputs.events
    first = events[events["event"] == "sent"].groupby("thread_id")["at"].min()
    assert (
        len(first)
        and first.between(
            pd.Timestamp("2026-09-01", tz="UTC"), pd.Timestamp("2026-10-01", tz="UTC")
        ).all()
    )
    assert events["at"].max() < pd.Timestamp("2026-10-01", tz="UTC")


def test_anonymize_needs_a_key():
    events = outreach.read_events(str(SAMPLE_OUTREACH))
    with pytest.raises(ValueError, match="anonymize needs a key"):
        prepare.prepare_events(events, anonymize=True)


def test_the_sample_is_found_in_one_place():
    assert str(prepare.SAMPLE_EXPORT) == prepare.sample_export()
    assert str(prepare.SAMPLE_OUTREACH) == prepare.sample_outreach()
    ex = prepare.network_input()
    assert len(ex.connections) > 0 and ex.owner.name
