"""HubSpot sequence enrollments, alone and joined with the email events (issue 18), checked
against the independent reference and by hand."""

from __future__ import annotations

import os

import outreach_reference as ref
import pandas as pd
import pytest

import networkkit as nk
from networkkit.errors import ParameterError
from networkkit.prepare import outreach_input

ENROLLMENTS = "hubspot_sequence_enrollments.csv"
EVENTS = "hubspot_email_events.csv"


def _by_thread(ev: pd.DataFrame) -> dict[str, list[str]]:
    return {t: sorted(g["event"]) for t, g in ev.groupby("thread_id")}


def test_enrollments_alone_are_recognised_as_first_touches(fix):
    ev = nk.outreach.read_events(fix / ENROLLMENTS)
    assert ev.attrs["source"] == "hubspot_enrollments"
    assert nk.outreach.detect_source(pd.read_csv(fix / ENROLLMENTS).columns) == (
        "hubspot_enrollments"
    )
    # one first touch per contact and sequence; Alex is in two sequences (two threads)
    assert _by_thread(ev) == {
        "501/alex@example.com": ["sent"],
        "501/blair@example.org": ["sent"],
        "501/erin@example.com": ["sent"],
        "502/alex@example.com": ["sent"],
        "502/casey@example.com": ["sent"],
    }
    assert ev["step"].tolist() == [1] * 5
    assert ev.groupby("template")["thread_id"].nunique().to_dict() == {
        "Referral ask": 2,
        "Warm intro": 3,
    }
    # the sender is HubSpot's user id, never the user's address (Erin's row has none)
    assert ev["sender"].isna().sum() == 1
    assert not ev["sender"].dropna().str.contains("@").any()
    # enrollments record no opens, clicks, bounces or replies: "not tracked", never 0
    f = nk.outreach.funnel(ev)
    assert int(f["sent"].iloc[0]) == 5
    assert pd.isna(f["replied"].iloc[0]) and pd.isna(f["bounced"].iloc[0])
    want = ref.threads(ref.enrollments_alone(fix / ENROLLMENTS))
    assert sorted(t.id for t in want) == sorted(ev["thread_id"])
    templates = dict(zip(ev["thread_id"], ev["template"], strict=True))
    assert {t.id: t.template for t in want} == templates


@pytest.mark.parametrize("order", ["events first", "enrollments first"])
def test_enrollments_join_the_email_events_by_recipient_and_time(fix, order):
    paths = [fix / EVENTS, fix / ENROLLMENTS]
    ev = nk.outreach.read_events(paths if order == "events first" else paths[::-1])
    # each event joins the enrollment its recipient was in when it happened: Alex's first
    # mail belongs to "Warm intro", the one a week later to "Referral ask"; Erin has no
    # email event, so her enrollment is her first touch
    assert _by_thread(ev) == {
        "501/alex@example.com": ["clicked", "opened", "opened", "sent"],
        "501/blair@example.org": ["bounced", "sent"],
        "501/erin@example.com": ["sent"],
        "502/alex@example.com": ["sent"],
        "502/casey@example.com": ["sent"],
    }
    assert ev.loc[ev["event"] == "sent", "step"].tolist() == [1] * 5  # no touch twice
    # three DELIVERED, a DROPPED, a STATUSCHANGE and a filtered click are no touches
    assert ev.attrs["duplicates"] == 1 and ev.attrs["skipped"] == 6
    assert ev.attrs["networkkit_not_recorded"] == ["replied"]
    f = nk.outreach.funnel(ev)
    mine = ref.join_hubspot(fix / EVENTS, fix / ENROLLMENTS)
    ts = ref.threads(mine)
    want = ref.funnel(ts)
    for k in ("sent", "bounced", "delivered", "opened"):
        assert int(f[k].iloc[0]) == want[k]
    assert (want["sent"], want["bounced"], want["opened"]) == (5, 1, 1)
    assert int(f["clicked"].iloc[0]) == ref.clicked(mine, ts) == 1
    assert pd.isna(f["replied"].iloc[0])  # neither file records replies
    by = nk.outreach.funnel(ev, by="template").set_index("template")
    assert by["sent"].to_dict() == {"Referral ask": 2, "Warm intro": 3}
    assert {t.id: t.template for t in ts} == (
        ev.drop_duplicates("thread_id").set_index("thread_id")["template"].to_dict()
    )


def test_blank_cells_leave_out_only_what_they_must(tmp_path):
    path = tmp_path / "enrollments.csv"
    path.write_text(
        "id,sequenceId,sequenceName,toEmail,enrolledAt,enrolledBy,enrolledByEmail,updatedAt\n"
        "e1,601,Hello again,gale@example.com,2025-06-02T09:00:00Z,7001,rita@example.org,\n"
        "e2,601,Hello again,,2025-06-02T09:05:00Z,7001,rita@example.org,\n"
        "e3,601,Hello again,hana@example.com,,7001,rita@example.org,\n"
        "e4,602,,ivo@example.com,2025-06-02T09:10:00Z,,,\n"
        "e5,,Cold open,jo@example.com,2025-06-02T09:15:00Z,,,\n",
        encoding="utf-8",
    )
    ev = nk.outreach.read_events(path)
    # no address or no time: no thread to place it in, left out and counted by line
    assert ev.attrs["rows_dropped"] == 2
    notes = {(n["column"], n["first_line"], n["dropped"]) for n in ev.attrs["unreadable"]}
    assert notes == {("toEmail", 3, True), ("enrolledAt", 4, True)}
    # a sequence without a name is named by its id, one without an id by its name
    assert dict(zip(ev["thread_id"], ev["template"], strict=True)) == {
        "601/gale@example.com": "Hello again",
        "602/ivo@example.com": "602",
        "Cold open/jo@example.com": "Cold open",
    }


def test_headers_as_people_write_them_are_read_the_same(tmp_path, fix):
    api = pd.read_csv(fix / ENROLLMENTS, dtype=str)
    human = api.rename(
        columns={
            "id": "Enrollment ID",
            "sequenceId": "Sequence ID",
            "sequenceName": "Sequence name",
            "toEmail": "Contact email",
            "enrolledAt": "Enrolled at",
            "enrolledBy": "Enrolled by",
            "enrolledByEmail": "Enrolled by email",
            "updatedAt": "Last updated",
        }
    )
    path = tmp_path / "Sequence enrollments.csv"
    human.to_csv(path, index=False)
    got = nk.outreach.read_events(path)
    want = nk.outreach.read_events(fix / ENROLLMENTS)
    assert got.attrs["source"] == "hubspot_enrollments"
    pd.testing.assert_frame_equal(got, want)


def test_two_logs_of_other_tools_are_not_read_together(fix):
    with pytest.raises(nk.EventLogError, match="only HubSpot's email events and its sequence"):
        nk.outreach.read_events([fix / EVENTS, fix / "lemlist_activities.csv"])


def test_the_outreach_report_reads_the_pair_from_one_path(fix):
    # the CLI's --outreach: the two files joined by os.pathsep, like PATH
    inputs = outreach_input("", f"{fix / EVENTS}{os.pathsep}{fix / ENROLLMENTS}")
    assert inputs.facts["threads"] == 5
    assert inputs.scope.startswith(
        f"Read from the outreach log {EVENTS} and {ENROLLMENTS}: 5 threads"
    )
    assert inputs.parse_report["not_tracked"].iloc[0] == "replied"
    assert nk.prepare.check_parameters(
        {"outreach_path": f"{fix / EVENTS}{os.pathsep}{fix / ENROLLMENTS}"}
    )
    with pytest.raises(ParameterError, match="outreach_path"):
        nk.prepare.check_parameters({"outreach_path": f"{fix / EVENTS}{os.pathsep}absent.csv"})
