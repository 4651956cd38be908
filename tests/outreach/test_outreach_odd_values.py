"""Odd values in an event log: named zones, overflowing epoch times, impossible steps. Each is
read right or refused in one sentence naming file, line and column, never another exception."""

from __future__ import annotations

import pandas as pd
import pytest

import networkkit as nk
from networkkit.errors import EventLogError

GEM = (
    "timestamp,user_name,user_email,candidate_id,candidate_first_name,candidate_last_name,"
    "candidate_email,event_type,event_subtype,event_metadata\n"
    "1735725600,Rita,r@example.com,c1,Ann,Lee,a@example.com,First Outreach,Email,\n"
    "{value},Rita,r@example.com,c2,Bo,Ng,b@example.com,First Outreach,Email,\n"
)


@pytest.mark.parametrize("value", ["1e20", "inf", "-inf", "99999999999999", "-9999999999"])
def test_gem_times_beyond_any_calendar_are_one_sentence(tmp_path, value):
    path = tmp_path / "gem.csv"
    path.write_text(GEM.format(value=value), encoding="utf-8")
    with pytest.raises(EventLogError) as err:
        nk.outreach.read_events(path)
    assert str(err.value) == (
        f"{path}, line 3, column 'timestamp': expected a unix time in seconds between 1900 "
        f"and 2200, got '{value}'; fix or remove that row"
    )


@pytest.mark.parametrize("step", ["1.5", "-5", "0", "1e9"])
def test_a_step_that_is_no_touch_number_is_one_sentence(tmp_path, step):
    path = tmp_path / "log.csv"
    path.write_text(
        f"thread_id,event,at,step\nt1,sent,2025-01-01 10:00:00,{step}\n", encoding="utf-8"
    )
    with pytest.raises(EventLogError) as err:
        nk.outreach.read_events(path)
    assert type(err.value) is EventLogError
    assert str(err.value) == (
        f"{path}, line 2, column 'step': expected a whole number from 1 (a touch), got "
        f"'{step}'; fix or remove that row"
    )


@pytest.mark.parametrize(
    ("written", "utc"),
    [
        ("2025-01-01 10:00:00 PST", "2025-01-01 18:00:00"),
        ("2025-07-01 10:00:00 PDT", "2025-07-01 17:00:00"),
        ("2025-01-01 10:00:00 CET", "2025-01-01 09:00:00"),
        ("2025-01-01 10:00:00 JST", "2025-01-01 01:00:00"),
        ("2025-01-01 10:00:00 UTC", "2025-01-01 10:00:00"),
        ("1/1/2025 10:00 PM", "2025-01-01 22:00:00"),
    ],
)
def test_a_zone_named_by_its_letters_is_read_where_it_is_one_offset(tmp_path, written, utc):
    path = tmp_path / "log.csv"
    path.write_text(f"thread_id,event,at\nt1,sent,{written}\n", encoding="utf-8")
    got = nk.outreach.read_events(path)["at"].iloc[0]
    assert got == pd.Timestamp(utc, tz="UTC")


@pytest.mark.parametrize(
    ("zone", "says"),
    [("IST", "which zone IST is (India, Ireland or Israel)"), ("KIM", "the zone KIM")],
)
def test_a_zone_that_could_be_several_or_none_is_never_guessed(tmp_path, zone, says):
    path = tmp_path / "log.csv"
    path.write_text(f"thread_id,event,at\nt1,sent,2025-01-01 10:00:00 {zone}\n")
    with pytest.raises(EventLogError) as err:
        nk.outreach.read_events(path)
    assert type(err.value) is EventLogError
    assert str(err.value) == (
        f"{path}, line 2, column 'at': cannot tell {says}; write its offset, e.g. "
        f"2025-01-01 10:00:00-06:00, got '2025-01-01 10:00:00 {zone}'; fix or remove that row"
    )


def test_a_time_outside_1900_to_2200_is_refused(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("thread_id,event,at\nt1,sent,9999-12-31 10:00:00\n", encoding="utf-8")
    with pytest.raises(EventLogError, match="expected a date and time from 1900 to 2200"):
        nk.outreach.read_events(path)
