"""Fuzzing read_events: every mutated event log ends in an event frame or an EventLogError.

Seeds are the outreach fixtures (``tests/fixtures/outreach/``: canonical, Gem, Apollo and a
mapped CSV) and the hostile ones (``tests/fixtures/hostile/events/``); Parquet seeds are made
from them at test time. Mutations come from ``mutations.py``; runs are derandomized.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hostile_zips import check_error
from hypothesis import given
from hypothesis import strategies as st
from mutations import apply, fuzz, operations, permute_columns, seed_files

import networkkit as nk
from networkkit.outreach._log_schema import EVENT_COLUMNS, EVENTS

SEEDS = seed_files("outreach", "hostile/events")
MAPPING = {
    "thread_id": "Contact",
    "event": "Activity",
    "at": "Date",
    "template": "Variant",
    "event_values": {"Email sent": "sent", "Email opened": "opened", "Reply received": "replied"},
}


def read_or_error(path_or_frame, **kwargs):
    """Read events; return the frame, or the EventLogError (anything else fails the test)."""
    try:
        events = nk.outreach.read_events(path_or_frame, **kwargs)
    except nk.EventLogError as err:
        check_error(err)
        return err
    assert isinstance(events, pd.DataFrame)
    assert list(events.columns[: len(EVENT_COLUMNS)]) == list(EVENT_COLUMNS)
    for name, dtype in EVENT_COLUMNS.items():
        assert events[name].dtype == dtype, (name, events[name].dtype)
    assert events["event"].dropna().isin(EVENTS).all()
    assert events["at"].notna().all()
    assert events["thread_id"].notna().all()
    return events


def _kwargs(seed: Path) -> dict:
    return {"mapping": MAPPING} if seed.name == "activity_mapped.csv" else {}


def test_every_seed_reads(tmp_path):
    assert len(SEEDS) >= 5
    for seed in SEEDS:
        assert isinstance(read_or_error(seed, **_kwargs(seed)), pd.DataFrame), seed.name


@fuzz()
@given(seed=st.sampled_from(SEEDS), ops=operations())
def test_mutated_csv_ends_in_events_or_event_log_error(seed, ops):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / seed.name
        path.write_bytes(apply(seed.read_bytes(), ops))
        read_or_error(path, **_kwargs(seed))


@fuzz()
@given(data=st.binary(max_size=1024), suffix=st.sampled_from([".csv", ".parquet", ".txt"]))
def test_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"events{suffix}"
        path.write_bytes(data)
        read_or_error(path)


@pytest.fixture(scope="module")
def parquet_seeds():
    """Each CSV seed as Parquet bytes (string columns), built here: no binary is committed."""
    out = {}
    for seed in SEEDS:
        frame = pd.read_csv(seed, dtype=str, keep_default_na=False)
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        out[seed.name] = buffer.getvalue()
    return out


def test_parquet_seeds_read(parquet_seeds, tmp_path):
    for name, data in parquet_seeds.items():
        path = tmp_path / f"{name}.parquet"
        path.write_bytes(data)
        kwargs = {"mapping": MAPPING} if name == "activity_mapped.csv" else {}
        assert isinstance(read_or_error(path, **kwargs), pd.DataFrame), name


@fuzz(40)
@given(data=st.data())
def test_mutated_parquet_ends_in_events_or_event_log_error(parquet_seeds, data):
    name = data.draw(st.sampled_from(sorted(parquet_seeds)))
    ops = data.draw(
        st.lists(
            st.one_of(
                st.tuples(st.just("flip"), st.floats(0, 1), st.integers(0, 7)),
                st.tuples(st.just("truncate"), st.floats(0, 1)),
                st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 64)),
            ),
            min_size=1,
            max_size=3,
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.parquet"
        path.write_bytes(apply(parquet_seeds[name], ops))
        read_or_error(path)


CELLS = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(["sent", "replied", "opened", "SENT", " sent ", "bounced", "clicked"]),
    st.sampled_from(["2025-03-03T09:00:00Z", "1741338000", "03/04/25", "not a date", "NaT"]),
    st.sampled_from(["true", "FALSE", "yes", "2", "-1", "1e309", "nan"]),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
)


@fuzz(80)
@given(
    rows=st.lists(
        st.fixed_dictionaries({c: CELLS for c in EVENT_COLUMNS}),
        max_size=8,
    ),
    drop=st.sets(st.sampled_from(list(EVENT_COLUMNS))),
)
def test_arbitrary_frames_end_in_events_or_event_log_error(rows, drop):
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS)).drop(columns=sorted(drop))
    read_or_error(frame, source="canonical")


@fuzz(15)
@given(seed=st.sampled_from(SEEDS), order=st.integers(0, 10_000))
def test_event_columns_are_mapped_by_name(seed, order):
    baseline, _ = permute_columns(seed.read_bytes(), -1)
    permuted, _ = permute_columns(seed.read_bytes(), order)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = Path(tmp) / "a.csv", Path(tmp) / "b.csv"
        a.write_bytes(baseline)
        b.write_bytes(permuted)
        expected = read_or_error(a, **_kwargs(seed))
        got = read_or_error(b, **_kwargs(seed))
    assert isinstance(expected, pd.DataFrame), expected
    cols = list(EVENT_COLUMNS)
    pd.testing.assert_frame_equal(got[cols], expected[cols])
