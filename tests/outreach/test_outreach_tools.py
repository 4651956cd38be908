"""lemlist and HubSpot readers, checked against the independent reference (issue 18)."""

from __future__ import annotations

import datetime as dt
import math

import outreach_reference as ref
import pandas as pd
import pytest

import networkkit as nk


def test_lemlist_activities_are_recognised_and_read(fix):
    ev = nk.outreach.read_events(fix / "lemlist_activities.csv")
    assert ev.attrs["source"] == "lemlist"
    assert ev.attrs["duplicates"] == 1  # the repeated linkedinReplied row
    # the bot click, the LinkedIn visit and the unsubscribe are no touches or answers
    assert ev.attrs["skipped"] == 3
    assert set(ev["channel"].dropna()) == {"email", "linkedin"}
    assert not ev["recipient_key"].str.contains("@").any()  # lead ids, never addresses
    sasha = ev[(ev["thread_id"] == "cam_fA/lea_f2") & (ev["event"] == "sent")]
    assert sasha["step"].tolist() == [1, 2]  # by order, not lemlist's sequenceStep 0, 2


def test_lemlist_numbers_agree_with_the_reference(fix):
    path = fix / "lemlist_activities.csv"
    ev = nk.outreach.read_events(path)
    mine = ref.read_lemlist(path)
    ts = ref.threads(mine)
    as_of = max(e.at for e in mine)
    f = nk.outreach.funnel(ev)
    want = ref.funnel(ts)
    assert (
        {k: int(f[k].iloc[0]) for k in want}
        == want
        == {"sent": 5, "bounced": 1, "delivered": 4, "opened": 2, "replied": 3}
    )
    assert int(f["clicked"].iloc[0]) == ref.clicked(mine, ts) == 0  # the only click was a bot
    assert f["machine_opens"].iloc[0] == "excluded"
    ttr = nk.outreach.time_to_reply(ev, as_of=as_of, at=(1, 3, 7)).iloc[0]
    w = ref.time_to_reply(ts, as_of)
    assert (ttr["n"], ttr["replied"]) == (w["n"], w["replied"])
    assert math.isclose(ttr["median_days"], w["median"])
    for d in (1, 3, 7):
        assert math.isclose(ttr[f"replied_by_{d}d"], w[f"by_{d}"])
    steps = nk.outreach.reply_by_step(ev)
    assert {
        int(r.step): (int(r.received), int(r.replied)) for r in steps.itertuples()
    } == ref.reply_by_step(ts)
    cad = nk.outreach.cadence_summary(ev).set_index("within_etiquette")
    assert (int(cad.loc[True, "threads"]), int(cad.loc[True, "replied"])) == ref.cadence(ts)[
        "within"
    ]
    rw = nk.outreach.reply_within(ev, days=1, as_of=as_of)
    assert (int(rw["eligible"].iloc[0]), int(rw["replied"].iloc[0])) == ref.reply_within(
        ts, 1, as_of
    )


def test_hubspot_email_events_are_recognised_and_read(fix):
    ev = nk.outreach.read_events(fix / "hubspot_email_events.csv")
    assert ev.attrs["source"] == "hubspot"
    assert ev.attrs["duplicates"] == 1
    # epoch milliseconds
    first = ev.loc[ev["event"] == "sent", "at"].min()
    assert first == pd.Timestamp("2025-05-06 09:00", tz="UTC")
    assert ev.attrs["networkkit_not_recorded"] == ["replied"]
    from networkkit.reports import event_log_report

    summary = event_log_report(ev, path=fix / "hubspot_email_events.csv")
    assert summary["not_tracked"].iloc[0] == "replied"
    assert summary["duplicates_dropped"].iloc[0] == 1


def test_hubspot_numbers_agree_with_the_reference_and_replies_are_not_tracked(fix):
    path = fix / "hubspot_email_events.csv"
    ev = nk.outreach.read_events(path)
    mine = ref.read_hubspot(path)
    ts = ref.threads(mine)
    f = nk.outreach.funnel(ev)
    want = ref.funnel(ts)
    for k in ("sent", "bounced", "delivered", "opened"):
        assert int(f[k].iloc[0]) == want[k]
    assert (want["sent"], want["opened"]) == (4, 1)
    assert int(f["clicked"].iloc[0]) == ref.clicked(mine, ts) == 1
    # HubSpot's email events hold no replies: not tracked, never 0 %
    assert pd.isna(f["replied"].iloc[0]) and pd.isna(f["reply_rate"].iloc[0])
    ttr = nk.outreach.time_to_reply(ev)
    assert ttr.attrs["not_tracked"] == ["times"] and ttr["median_days"].isna().all()


@pytest.mark.parametrize("name", ["lemlist_activities.csv", "hubspot_email_events.csv"])
def test_the_tools_read_the_same_with_a_timezone(fix, name):
    # their times carry a zone (Z) or are epoch numbers: a timezone changes nothing
    a = nk.outreach.read_events(fix / name)
    b = nk.outreach.read_events(fix / name, timezone="America/New_York")
    pd.testing.assert_series_equal(a["at"], b["at"])
    assert a["at"].min() > pd.Timestamp(dt.datetime(2025, 1, 1), tz="UTC")
