"""Odd values in an event log: named zones, overflowing epoch times, impossible steps. Each is
read right, or becomes NA (its row left out when the value is required) and is counted per
file and column with its first line; only a log with no readable row is an EventLogError."""

from __future__ import annotations

import pandas as pd
import pytest

import networkkit as nk
from networkkit.errors import EventLogError
from networkkit.prepare import event_log_report, outreach_input

GEM = (
    "timestamp,user_name,user_email,candidate_id,candidate_first_name,candidate_last_name,"
    "candidate_email,event_type,event_subtype,event_metadata\n"
    "1735725600,Rita,r@example.com,c1,Ann,Lee,a@example.com,First Outreach,Email,\n"
    "{value},Rita,r@example.com,c2,Bo,Ng,b@example.com,First Outreach,Email,\n"
)


def _only_note(log: pd.DataFrame) -> dict:
    [entry] = log.attrs["unreadable"]
    return entry


@pytest.mark.parametrize("value", ["1e20", "inf", "-inf", "99999999999999", "-9999999999"])
def test_gem_times_beyond_any_calendar_are_left_out_and_counted(tmp_path, value):
    path = tmp_path / "gem.csv"
    path.write_text(GEM.format(value=value), encoding="utf-8")
    log = nk.outreach.read_events(path)
    assert log["recipient_key"].tolist() == ["c1"]  # the readable row stays
    assert log.attrs["rows_dropped"] == 1
    entry = _only_note(log)
    assert (entry["column"], entry["cells"], entry["first_line"], entry["dropped"]) == (
        "timestamp",
        1,
        3,
        True,
    )
    assert "unix times" in entry["reason"]


@pytest.mark.parametrize("step", ["1.5", "-5", "0", "1e9"])
def test_a_step_that_is_no_touch_number_is_missing_and_counted(tmp_path, step):
    path = tmp_path / "log.csv"
    path.write_text(
        "thread_id,event,at,step\n"
        "t1,sent,2025-01-01 10:00:00,1\n"
        f"t1,sent,2025-01-03 10:00:00,{step}\n",
        encoding="utf-8",
    )
    log = nk.outreach.read_events(path)
    # the touch is kept; its step is missing, so it is numbered by time (METRICS.md)
    assert log["step"].tolist() == [1, 2]
    assert log.attrs["rows_dropped"] == 0
    entry = _only_note(log)
    assert (entry["column"], entry["cells"], entry["first_line"], entry["dropped"]) == (
        "step",
        1,
        3,
        False,
    )


@pytest.mark.parametrize(
    ("written", "utc"),
    [
        ("2025-01-01 10:00:00 PST", "2025-01-01 18:00:00"),
        ("2025-07-01 10:00:00 PDT", "2025-07-01 17:00:00"),
        ("2025-01-01 10:00:00 EST", "2025-01-01 15:00:00"),
        ("2025-01-01 10:00:00 CET", "2025-01-01 09:00:00"),
        ("2025-01-01 10:00:00 JST", "2025-01-01 01:00:00"),
        ("2025-01-01 10:00:00 UTC", "2025-01-01 10:00:00"),
        ("1/1/2025 10:00 PM", "2025-01-01 22:00:00"),
    ],
)
def test_a_zone_named_by_its_letters_is_read_where_it_is_one_offset(tmp_path, written, utc):
    path = tmp_path / "log.csv"
    path.write_text(f"thread_id,event,at\nt1,sent,{written}\n", encoding="utf-8")
    log = nk.outreach.read_events(path)
    assert log["at"].iloc[0] == pd.Timestamp(utc, tz="UTC")
    assert log.attrs["unreadable"] == []


@pytest.mark.parametrize(
    ("zone", "says"),
    [("IST", "zone IST could be India, Ireland or Israel"), ("KIM", "zone KIM is unknown")],
)
def test_a_zone_that_could_be_several_or_none_is_never_guessed(tmp_path, zone, says):
    path = tmp_path / "log.csv"
    path.write_text(
        f"thread_id,event,at\nt1,sent,2025-01-01 10:00:00+00:00\nt2,sent,2025-01-01 10:00 {zone}\n"
    )
    log = nk.outreach.read_events(path)
    assert log["thread_id"].tolist() == ["t1"]  # never read as UTC
    entry = _only_note(log)
    assert says in entry["reason"]
    assert (entry["column"], entry["first_line"], entry["dropped"]) == ("at", 3, True)


@pytest.mark.parametrize(
    "value",
    ["9999-12-31 10:00:00", "2262-04-12 00:00:00", "1677-09-21 00:00:00", "99999999999999"],
)
def test_a_time_outside_1900_to_2200_is_left_out_and_counted(tmp_path, value):
    # past pandas' nanosecond range, or within it but outside the years networkkit reads
    path = tmp_path / "log.csv"
    path.write_text(
        f"thread_id,event,at\nt1,sent,2025-01-01 10:00:00\nt2,sent,{value}\n", encoding="utf-8"
    )
    log = nk.outreach.read_events(path)
    assert log["thread_id"].tolist() == ["t1"]
    entry = _only_note(log)
    assert (entry["column"], entry["cells"], entry["first_line"]) == ("at", 1, 3)


def test_a_log_whose_every_time_is_unreadable_is_one_sentence(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("thread_id,event,at\nt1,sent,9999-12-31 10:00:00\n", encoding="utf-8")
    with pytest.raises(EventLogError) as err:
        nk.outreach.read_events(path)
    assert type(err.value) is EventLogError
    assert (err.value.line, err.value.column) == (2, "at")
    assert str(err.value) == (
        f"{path}, line 2, column 'at': has no row that can be read: values that are no date "
        "and time from 1900 to 2200 (1 cell); fix the values or write a canonical log"
    )


#: One log holding every odd value at once, beside ordinary threads.
ODD_LOG = (
    "thread_id,event,at,step,template\n"
    "t1,sent,2025-01-06 09:00:00+00:00,1,intro\n"
    "t1,replied,2025-01-07 09:00:00+00:00,,\n"
    "t2,sent,2025-01-06 10:00:00 PST,1,intro\n"
    "t2,sent,2025-01-09 10:00:00 PST,1.5,intro\n"
    "t3,sent,2025-01-06 10:00:00 KIM,1,intro\n"
    "t4,sent,2025-01-06 10:00:00 IST,1,other\n"
    "t5,sent,9999-12-31 10:00:00,1,other\n"
    "t6,sent,2025-01-06 11:00:00+00:00,-5,other\n"
    "t6,replied,2025-01-08 11:00:00+00:00,,\n"
    "t7,sent,99999999999999,1,other\n"
)


def test_the_outreach_report_reads_a_log_of_odd_values_and_says_what_it_left_out(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text(ODD_LOG, encoding="utf-8")
    inputs = outreach_input("", str(path))
    # four rows left out (KIM, IST, 9999, an epoch past 2200), two steps read as missing
    assert inputs.facts["threads"] == 3 and inputs.facts["events"] == 6
    assert inputs.scope.endswith(
        "6 values could not be read: 4 rows left out and 2 values read as missing "
        "(see What was read)."
    )
    report = inputs.parse_report.iloc[0]
    assert (report["unreadable"], report["rows_dropped"]) == (6, 4)
    assert (
        "2 steps that are no whole number from 1 to 10,000 in column 'step' read as"
        in (report["notes"])
    )
    assert "(first on line 6)" in report["notes"]  # KIM, the first time left out
    # every measure the report's headline reads is computed
    events, as_of = inputs.events, inputs.as_of
    results = {
        "funnel": nk.outreach.funnel(events, as_of=as_of),
        "time_to_reply": nk.outreach.time_to_reply(events, as_of=as_of, resolution="1h"),
        "cadence_summary": nk.outreach.cadence_summary(events),
        "linkedin": nk.outreach.linkedin_response_rate(events, as_of=as_of),
    }
    assert int(results["funnel"]["sent"].iloc[0]) == 3
    assert int(results["funnel"]["replied"].iloc[0]) == 2
    assert nk.outreach.outreach_headline(results)
    assert len(nk.outreach.headline(events, as_of=as_of))
    # the same counts on the plain parse report of the log
    assert event_log_report(nk.outreach.read_events(path), path=path)["unreadable"].iloc[0] == 6


@pytest.mark.slow
def test_the_outreach_report_renders_on_a_log_of_odd_values(tmp_path, capsys):
    from networkkit.cli import main

    path = tmp_path / "odd.csv"
    path.write_text(ODD_LOG, encoding="utf-8")
    out = tmp_path / "report"
    code = main(["report", "outreach", "--outreach", str(path), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0 and "Traceback" not in err
    page = (out / "outreach_report.html").read_text(encoding="utf-8")
    # the scope line under the headline says what was left out; the table says where
    assert "6 values could not be read: 4 rows left out and 2 values read as missing" in page
    assert "in column &#x27;at&#x27; left out with their rows (first on line 6)" in page or (
        "in column 'at' left out with their rows (first on line 6)" in page
    )


def test_a_known_zone_past_2200_is_out_of_range_not_unknown(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "thread_id,event,at\nt1,sent,2025-01-01 10:00 PST\nt2,sent,9999-01-01 10:00 PST\n",
        encoding="utf-8",
    )
    entry = _only_note(nk.outreach.read_events(path))
    assert entry["reason"] == "values that are no date and time from 1900 to 2200"
    assert entry["first_line"] == 3


def test_a_frame_or_parquet_log_names_the_row(tmp_path):
    frame = pd.DataFrame(
        {
            "thread_id": ["t1", "t2", "t3"],
            "event": ["sent", "sent", "sent"],
            "at": ["2025-01-01 10:00:00", "2025-01-02 10:00:00", "9999-01-01 10:00:00"],
        }
    )
    path = tmp_path / "log.parquet"
    frame.to_parquet(path)
    for given in (frame, path):
        log = nk.outreach.read_events(given)
        entry = _only_note(log)
        assert (entry["first_line"], entry["first_row"]) == (None, 3)
        assert event_log_report(log, path=None)["notes"].iloc[0].endswith("(first in row 3)")
