"""read_events: canonical, Gem, Apollo and mapped logs; bad files name file, line and column."""

from __future__ import annotations

import pandas as pd
import pytest

import networkkit as nk
from networkkit.outreach import EVENT_COLUMNS


def test_canonical_csv_has_the_canonical_columns_and_dtypes(small):
    assert list(small.columns) == list(EVENT_COLUMNS)
    assert str(small["at"].dtype) == "datetime64[us, UTC]"
    assert small["step"].dtype == "Int64" and small["positive"].dtype == "boolean"
    # strings Arrow-backed, so measures hand the log to DuckDB without converting it again
    strings = ["thread_id", "event", "recipient_key", "sender", "campaign", "template", "channel"]
    assert all(small[c].dtype == pd.StringDtype("pyarrow") for c in strings)
    assert small.attrs["source"] == "canonical"
    assert small.attrs["networkkit_tracked"] == ["opened", "clicked"]
    assert small.loc[small["thread_id"] == "t04", "step"].dropna().tolist() == [1, 2, 3, 4, 5]


def test_canonical_parquet_round_trip(small, tmp_path):
    path = tmp_path / "events.parquet"
    small.to_parquet(path)
    back = nk.outreach.read_events(path)
    pd.testing.assert_frame_equal(back, small)


def test_canonical_without_step_derives_it_from_order(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text(
        "thread_id,event,at\n"
        "a,sent,2025-01-03T00:00:00Z\n"
        "a,sent,2025-01-01T00:00:00Z\n"
        "a,replied,2025-01-04T00:00:00Z\n",
        encoding="utf-8",
    )
    ev = nk.outreach.read_events(path)
    assert ev["step"].tolist()[:2] == [2, 1]


def test_gem_event_log(fix):
    ev = nk.outreach.read_events(fix / "gem_event_log.csv")
    assert ev.attrs["source"] == "gem" and ev.attrs["skipped"] == 1  # the Meeting row
    assert ev.attrs["networkkit_tracked"] == []
    ana = ev[ev["thread_id"] == "riley@example.com/c-100"]
    assert ana["event"].tolist() == ["sent", "sent", "replied"]
    assert ana["step"].tolist()[:2] == [1, 2]
    assert ana["at"].iloc[0] == pd.Timestamp("2025-03-03 09:00", tz="UTC")
    assert bool(ana["positive"].iloc[2]) is True
    replies = ev[ev["event"] == "replied"].set_index("thread_id")["positive"]
    assert bool(replies["riley@example.com/c-200"]) is False  # Not Interested
    assert bool(replies["riley@example.com/c-300"]) is False  # Later
    assert ev.loc[ev["thread_id"] == "riley@example.com/c-200", "channel"].iloc[0] == "inmail"
    # the same candidate written to by another user is another thread
    assert "morgan@example.com/c-100" in set(ev["thread_id"])
    f = nk.outreach.funnel(ev)
    assert f[["sent", "delivered", "replied", "positive"]].iloc[0].tolist() == [4, 4, 3, 1]
    assert f["opened"].isna().all()  # Gem logs no opens: not tracked, not 0


def test_apollo_flags_become_events_at_last_contacted(fix):
    ev = nk.outreach.read_events(fix / "apollo_contacts.csv")
    assert ev.attrs["source"] == "apollo" and "Last Contacted" in ev.attrs["note"]
    assert ev.attrs["networkkit_tracked"] == ["opened"]
    assert set(ev["thread_id"]) == {"ana-fictive", "bo-fictive", "cy@example.org"}
    ana = ev[ev["thread_id"] == "ana-fictive"].sort_values("event")
    assert ana["event"].tolist() == ["opened", "replied", "sent"]
    contacted = pd.Timestamp("2025-10-23 20:27:56", tz="UTC")
    assert ana["at"].tolist() == [contacted + pd.Timedelta(seconds=1)] * 2 + [contacted]
    f = nk.outreach.funnel(ev)
    # Di was never sent; Bo bounced; Ana opened and replied; Cy opened
    assert f[["sent", "bounced", "delivered", "opened", "replied"]].iloc[0].tolist() == [
        3, 1, 2, 2, 1,
    ]  # fmt: skip
    assert f["clicked"].isna().all()  # no 'Email Clicked' column: not tracked


def test_mapping_reads_any_tool(fix):
    ev = nk.outreach.read_events(
        fix / "activity_mapped.csv",
        mapping={
            "thread_id": "Contact",
            "event": "Activity",
            "at": "Date",
            "template": "Variant",
            "event_values": {
                "Email sent": "sent",
                "Email opened": "opened",
                "Email bounced": "bounced",
                "Reply received": "replied",
            },
        },
    )
    assert len(ev) == 5  # "Unsubscribed" is not an outreach event
    f = nk.outreach.funnel(ev, by="template")
    assert f[["template", "sent", "bounced", "opened", "replied"]].values.tolist() == [
        ["long", 1, 1, 0, 0],
        ["short", 1, 0, 1, 1],
    ]


def test_detect_source():
    assert nk.outreach.detect_source(["thread_id", "event", "at"]) == "canonical"
    assert nk.outreach.detect_source(["timestamp", "candidate_id", "event_type"]) == "gem"
    assert nk.outreach.detect_source(["Email Sent", "Replied", "Last Contacted"]) == "apollo"
    assert nk.outreach.detect_source(["a", "b"]) is None


@pytest.mark.parametrize(
    ("text", "line", "column", "events", "dropped"),
    [
        ("thread_id,event,at\na,sent,2025-01-01T00:00:00Z\na,replied,not a date\n", 3, "at",
         1, 1),
        ("thread_id,event,at\na,sent,2025-01-01T00:00:00Z\na,waved,2025-01-02T00:00:00Z\n", 3,
         "event", 1, 1),
        ("thread_id,event,at,step\na,sent,2025-01-01T00:00:00Z,first\n", 2, "step", 1, 0),
        ("thread_id,event,at,positive\na,replied,2025-01-01T00:00:00Z,maybe\n", 2, "positive",
         1, 0),
        ("timestamp,candidate_id,event_type\n1740992400,c1,Reply\nyesterday,c1,Reply\n", 3,
         "timestamp", 1, 1),
        ("Email Sent,Replied,Last Contacted\nTRUE,FALSE,2025-10-23T20:27:56+00:00\nYES!,FALSE,\n",
         3, "Email Sent", 1, 0),
    ],
)  # fmt: skip
def test_bad_values_are_counted_by_file_line_and_column(tmp_path, text, line, column, events,
                                                        dropped):  # fmt: skip
    # a value no reader can read is NA (its row dropped when the value is required), counted
    # per file and column with its first line, like an export's unreadable cells
    path = tmp_path / "log.csv"
    path.write_text(text, encoding="utf-8")
    got = nk.outreach.read_events(path)
    assert len(got) == events
    assert got.attrs["rows_dropped"] == dropped
    [entry] = got.attrs["unreadable"]
    assert (entry["file"], entry["column"], entry["cells"], entry["first_line"]) == (
        str(path),
        column,
        1,
        line,
    )
    assert entry["dropped"] == bool(dropped)
    if column == "positive":
        assert got[column].isna().all()  # the row stays, the value is missing
    if column == "step":
        assert got[column].tolist() == [1]  # missing, so numbered by time (METRICS.md)


def test_a_log_with_no_readable_row_is_one_sentence(tmp_path):
    path = tmp_path / "log.csv"
    path.write_text("Email Sent,Replied,Last Contacted\nTRUE,FALSE,\n", encoding="utf-8")
    with pytest.raises(nk.EventLogError) as err:
        nk.outreach.read_events(path)
    assert (err.value.file, err.value.line, err.value.column) == (str(path), 2, "Last Contacted")
    assert str(err.value).startswith(f"{path}, line 2, column 'Last Contacted': has no row")
    assert str(err.value).count(". ") == 0  # one sentence


def test_unknown_header_and_missing_file(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("name,when\nx,y\n", encoding="utf-8")
    with pytest.raises(nk.EventLogError, match="mapping"):
        nk.outreach.read_events(path)
    with pytest.raises(nk.EventLogError, match="no such file"):
        nk.outreach.read_events(tmp_path / "absent.csv")
    with pytest.raises(nk.EventLogError) as err:
        nk.outreach.read_events(path, mapping={"thread_id": "id", "event": "name", "at": "when"})
    assert err.value.column == "id"


def test_not_utf8_is_an_event_log_error(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("thread_id,event,at\nJosé,sent,2025-01-01\n".encode("latin-1"))
    with pytest.raises(nk.EventLogError, match="UTF-8"):
        nk.outreach.read_events(path)


def test_measures_say_which_column_is_missing():
    with pytest.raises(nk.EventLogError) as err:
        nk.outreach.funnel(pd.DataFrame({"thread_id": ["a"], "event": ["sent"]}))
    assert err.value.column == "at"


def test_parquet_log_with_nullable_flags_reads_back_exactly(tmp_path):
    # positive / machine are nullable booleans: NA must stay NA, not crash or become False
    path = tmp_path / "log.parquet"
    nk.sample.write_events(path, threads=300, seed=5)
    got = nk.outreach.read_events(path)
    want = nk.sample.events(threads=300, seed=5)
    for name in ("positive", "machine"):
        assert got[name].isna().sum() == want[name].isna().sum() > 0
        pd.testing.assert_series_equal(got[name], want[name], check_names=False)


def test_parquet_step_with_gaps_stays_whole_numbers(tmp_path):
    # an int64 column with nulls: read as Int64 (not float64 through text), values intact
    path = tmp_path / "log.parquet"
    nk.sample.write_events(path, threads=300, seed=5)
    got = nk.outreach.read_events(path)
    want = nk.sample.events(threads=300, seed=5)
    assert str(got["step"].dtype) == "Int64"
    assert got["step"].isna().sum() == want["step"].isna().sum() > 0  # non-sent events
    assert got["step"].dropna().tolist() == want["step"].dropna().astype(int).tolist()
