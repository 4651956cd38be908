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


# --- item 4: one rule for a thread whose logged touches start at step 2 ----------------------

STEP2 = (
    "thread_id,event,at,step,template\n"
    "a,sent,2025-01-01T10:00:00Z,1,Warm\n"
    "a,replied,2025-01-02T10:00:00Z,,\n"
    "b,sent,2025-01-05T10:00:00Z,2,Warm\n"
    "b,replied,2025-01-05T12:00:00Z,,\n"
    "c,sent,2025-01-03T10:00:00Z,1,Cold\n"
    "c,sent,2025-01-06T10:00:00Z,2,Cold\n"
)


def test_a_thread_first_logged_at_step_2_is_left_out_of_every_measure(tmp_path):
    ev = nk.outreach.read_events(_csv(tmp_path, STEP2))
    assert ev.attrs["started_before_log"] == 1
    f = nk.outreach.funnel(ev, by="template")
    # it used to land in a None template, and count as reaching step 2 with one follow-up
    assert f["template"].tolist() == ["Cold", "Warm"] and f["sent"].tolist() == [1, 1]
    assert nk.outreach.threads(ev)["thread_id"].tolist() == ["a", "c"]
    steps = nk.outreach.reply_by_step(ev)
    assert steps["received"].tolist() == [2, 1] and steps["replied"].tolist() == [1, 0]
    ttr = nk.outreach.time_to_reply(ev, as_of="2025-01-20")
    assert ttr["n"].iloc[0] == 2 and ttr["median_days"].iloc[0] == pytest.approx(1.0)
    assert nk.outreach.cadence(ev)["thread_id"].tolist() == ["a", "c"]
    within = nk.outreach.reply_within(ev, days=1, as_of="2025-01-20")
    assert within["eligible"].iloc[0] == 2 and within["replied"].iloc[0] == 1


@pytest.mark.parametrize("engine", ["polars", "duckdb"])
def test_other_engines_apply_the_same_rules_to_a_raw_frame(tmp_path, engine):
    # a frame handed straight to the measures (no reader): duplicates and the step-2 rule
    raw = pd.read_csv(pd.io.common.StringIO(STEP2 + "c,sent,2025-01-06T10:00:00Z,2,Cold\n"))
    raw["at"] = pd.to_datetime(raw["at"], utc=True).astype("datetime64[us, UTC]")
    if engine == "polars":
        import polars as pl

        native = pl.from_pandas(raw)
    else:
        import duckdb

        native = duckdb.from_arrow(__import__("pyarrow").Table.from_pandas(raw))
    steps = nk.outreach.reply_by_step(native)
    assert steps["received"].tolist() == [2, 1] and steps["replied"].tolist() == [1, 0]
    summary = nk.outreach.cadence_summary(native)
    assert summary["threads"].tolist() == [2, 0]
    counts = nk.outreach.follow_up_counts(native)
    assert counts["follow_ups"].tolist() == [0, 1] and counts["threads"].tolist() == [1, 1]


# --- item 5: outreach from an export censors at the export's as_of ---------------------------


def test_time_to_reply_from_messages_censors_at_the_exports_as_of():
    from networkkit.export import Export, Owner

    me = "sam-member-fictive"

    def msg(conv, who, at, to):
        return {
            "conversation_id": conv,
            "sender_name": who,
            "sender_key": who,
            "recipient_keys": [to],
            "sent_at": at,
            "content": "Hello",
            "direction": "outgoing" if who == me else "incoming",
        }

    rows = [
        msg("c1", me, "2025-03-01 09:00", "ana-fictive"),
        msg("c1", "ana-fictive", "2025-03-06 09:00", me),  # 5 days
        msg("c2", me, "2025-03-01 09:00", "bo-fictive"),
        msg("c3", me, "2025-03-02 09:00", "cy-fictive"),
        msg("c3", "cy-fictive", "2025-03-04 09:00", me),  # 2 days
        msg("c4", me, "2025-03-05 09:00", "di-fictive"),
    ]
    ex = Export.from_frames(messages=rows, owner=Owner(name="Sam", member_key=me))
    ex.as_of = pd.Timestamp("2025-03-31", tz="UTC")
    ev = nk.outreach.from_messages(ex)
    assert pd.Timestamp(ev.attrs["as_of"]) == pd.Timestamp("2025-03-31", tz="UTC")
    ttr = nk.outreach.time_to_reply(ev)
    # censored at the last message (03-06) c2 and c4 ended before 5 days: median 2.0
    assert ttr.attrs["as_of"] == pd.Timestamp("2025-03-31", tz="UTC")
    assert ttr["median_days"].iloc[0] == pytest.approx(5.0)
    latency = nk.network.response_latency(ex).set_index("who")
    assert latency.loc["others_answer", "median_days"] == pytest.approx(5.0)


# --- item 6: what a source does not record is not tracked ------------------------------------


def test_apollo_has_no_times_so_every_time_measure_is_not_tracked(fix):
    ev = nk.outreach.read_events(fix / "apollo_contacts.csv")
    ttr = nk.outreach.time_to_reply(ev)
    assert ttr.attrs["not_tracked"] == ["times"]
    assert ttr[["median_days", "replied_by_1d"]].isna().all().all()
    assert nk.outreach.reply_curve(ev).empty
    assert nk.outreach.reply_within(ev, days=7)["rate"].isna().all()
    assert nk.outreach.cadence(ev)["within_etiquette"].isna().all()
    assert nk.outreach.cadence_summary(ev)["reply_rate"].isna().all()
    assert nk.outreach.reply_by_step(ev)["reply_rate"].isna().all()
    # the funnel's counts come from flags, not times: they stay
    assert int(nk.outreach.funnel(ev)["replied"].iloc[0]) > 0


def test_a_mapped_source_without_replies_shows_no_reply_rate(tmp_path):
    path = _csv(
        tmp_path,
        "Contact,Activity,When\n"
        "c1@example.com,Email sent,2025-01-01T10:00:00Z\n"
        "c1@example.com,Email opened,2025-01-01T11:00:00Z\n"
        "c2@example.com,Email sent,2025-01-02T10:00:00Z\n",
    )
    mapping = {
        "thread_id": "Contact",
        "event": "Activity",
        "at": "When",
        "event_values": {"Email sent": "sent", "Email opened": "opened"},
    }
    ev = nk.outreach.read_events(path, mapping=mapping)
    f = nk.outreach.funnel(ev)
    assert pd.isna(f["replied"].iloc[0]) and pd.isna(f["reply_rate"].iloc[0])
    assert pd.isna(f["bounced"].iloc[0]) and int(f["opened"].iloc[0]) == 1
    assert {"replied", "bounced", "positive"} <= set(f.attrs["not_tracked"])
    assert nk.outreach.time_to_reply(ev)["median_days"].isna().all()


def test_machine_opens_excluded_only_when_some_opens_were_flagged(tmp_path):
    text = (
        "thread_id,event,at,machine\n"
        "a,sent,2025-01-01T10:00:00Z,\n"
        "a,opened,2025-01-01T11:00:00Z,{flag}\n"
    )
    plain = nk.outreach.read_events(_csv(tmp_path, text.format(flag="false"), "a.csv"))
    assert nk.outreach.funnel(plain)["machine_opens"].iloc[0] == "not flagged"
    flagged = nk.outreach.read_events(_csv(tmp_path, text.format(flag="true"), "b.csv"))
    assert nk.outreach.funnel(flagged)["machine_opens"].iloc[0] == "excluded"
