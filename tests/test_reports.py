"""networkkit.reports: privacy before output, the notebook helpers, HTML conversion."""

from __future__ import annotations

import re

import nbformat
import pandas as pd
import pytest

from networkkit.export import Export, Owner
from networkkit.reports import (
    HEADLINE_MIME,
    Pseudonymizer,
    anonymize_export,
    failing_section,
    format_rate,
    headline_of,
    load_key,
    prepare_events,
    prepare_export,
    rate_table,
    scrub_export,
    scrub_text,
    to_html,
)

KEY = b"k" * 32


@pytest.fixture
def export() -> Export:
    return Export.from_frames(
        owner=Owner(name="Sam Member", member_key="sam-member-1234", source="profile"),
        connections=[
            {
                "first_name": "Dana",
                "last_name": "Lee",
                "full_name": "Dana Lee",
                "member_key": "danalee",
                "profile_url": "https://www.linkedin.com/in/danalee",
                "email": "dana@example.com",
                "company": "Acme",
                "connected_on": "2026-01-05",
            },
            {
                "first_name": "Pat",
                "last_name": "Kim",
                "full_name": "Pat Kim",
                "member_key": "patkim",
                "profile_url": "https://www.linkedin.com/in/patkim",
                "company": "Globex",
                "connected_on": "2026-03-09",
            },
            {"connected_on": "2025-12-01"},  # hidden member
        ],
        messages=[
            {
                "conversation_id": "c1",
                "sender_name": "Dana Lee",
                "sender_key": "danalee",
                "sender_url": "https://www.linkedin.com/in/danalee",
                "recipient_names": ["Sam Member"],
                "recipient_keys": ["sam-member-1234"],
                "recipient_urls": ["https://www.linkedin.com/in/sam-member-1234"],
                "sent_at": "2026-02-01 10:00",
                "direction": "incoming",
                "content": "Hi Sam, great meeting you! Mail dana@example.com or call "
                "+31 6 1234 5678. Pat Kim says hi; see linkedin.com/in/patkim",
                "conversation_title": "Dana Lee and Sam Member",
            },
            {
                "conversation_id": "c1",
                "sender_name": "Sam Member",
                "sender_key": "sam-member-1234",
                "recipient_names": ["Dana Lee"],
                "recipient_keys": ["danalee"],
                "sent_at": "2026-02-02 09:00",
                "recipient_urls": ["https://www.linkedin.com/in/danalee"],
                "direction": "outgoing",
                "content": "Thanks Dana! My number is 0044 20 7946 0958. Samより、Danaさんへ",
            },
        ],
        invitations=[
            {
                "sender_name": "Pat Kim",
                "recipient_name": "Sam Member",
                "sent_at": "2026-03-08",
                "message": "Hello Sam, I am Pat (pat@example.org)",
                "direction": "incoming",
                "inviter_key": "patkim",
            },
        ],
        as_of="2026-04-01",
    )


def _all_text(ex: Export) -> str:
    parts = []
    for df in [*ex.tables().values(), ex.parse_report]:
        parts.append(df.to_csv())
    parts.append(str(ex.owner))
    return "\n".join(parts)


def test_scrub_text_masks_emails_and_phones_but_not_dates():
    s = pd.Series(
        [
            "mail a.b@dept.example.org, call +1 (555) 010-9999 on 2026-06-18 11:59",
            None,
            "tel. 06-12345678 or (020) 794 6095 1; 3 of 12 replied in 2026",
        ],
        dtype="string",
    )
    out = scrub_text(s)
    assert out.iloc[0] == "mail [email], call [phone] on 2026-06-18 11:59"
    assert out.isna().iloc[1]
    assert out.iloc[2] == "tel. [phone] or [phone]; 3 of 12 replied in 2026"


def test_scrub_text_starts_no_phone_number_inside_a_date():
    # the month and day of an ISO date are not the first digits of a phone number; a number
    # after the date is judged on its own digits (eight are too few, ten are a number)
    s = pd.Series(
        [
            "ref 2024-01-01 12345678",
            "on 2024-01-01 0612345678",
            "on 2024-01-01/0612345678",
            "fax 2024-0612345678",
        ],
        dtype="string",
    )
    assert scrub_text(s).tolist() == [
        "ref 2024-01-01 12345678",
        "on 2024-01-01 [phone]",
        "on 2024-01-01/[phone]",
        "fax [phone]",
    ]


def test_scrub_export_leaves_no_email_or_phone(export):
    out = scrub_export(export)
    text = _all_text(out)
    assert "@example" not in text
    assert "1234 5678" not in text and "7946" not in text
    assert out.connections["email"].isna().all()
    assert "Dana Lee" in text  # names stay without anonymize
    assert export.connections["email"].iloc[0] == "dana@example.com"  # input not modified


def test_anonymize_replaces_every_name_consistently(export):
    out = anonymize_export(scrub_export(export), key=KEY)
    text = _all_text(out)
    for name in ("Dana", "Lee", "Pat", "Kim", "Sam", "Member", "danalee", "patkim"):
        assert not re.search(rf"(?<![A-Za-z]){name}(?![A-Za-z])", text), name
    dana = Pseudonymizer(KEY).name("Dana Lee")
    assert re.fullmatch(r"Person [0-9A-F]{12}", dana)
    assert out.connections["full_name"].iloc[0] == dana
    assert out.messages["sender_name"].iloc[0] == dana
    assert out.messages["recipient_names"].iloc[1] == [dana]
    assert dana in out.messages["content"].iloc[1]  # "Thanks Dana!" → the same person
    # joins still work: the sender key of Dana's message is her connection's key
    assert out.messages["sender_key"].iloc[0] == out.connections["member_key"].iloc[0]
    assert out.messages["recipient_keys"].iloc[0] == [out.owner.member_key]
    assert out.owner.name == Pseudonymizer(KEY).name("Sam Member")
    assert out.connections["full_name"].isna().iloc[2]  # hidden member stays hidden
    assert "[profile link]" in out.messages["content"].iloc[0]


def test_pseudonyms_are_stable_per_key_and_differ_between_keys(tmp_path):
    key_file = tmp_path / "anonymize.key"
    first = load_key(key_file)
    assert load_key(key_file) == first and len(first) == 32
    assert Pseudonymizer(first).name("Dana  LEE") == Pseudonymizer(first).name("dana lee")
    assert Pseudonymizer(first).name("Dana Lee") != Pseudonymizer(KEY).name("Dana Lee")
    assert Pseudonymizer(first).name("LinkedIn Member") == "LinkedIn Member"


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


def test_format_rate_shows_counts_interval_and_not_tracked():
    assert format_rate(12, 40, 0.18, 0.45) == "12 / 40 = 30.0 % (18.0–45.0 %)"
    assert format_rate(3, 10, 0.1, 0.6).endswith("· small sample")
    assert format_rate(pd.NA, 40) == "not tracked"
    assert format_rate(0, 0) == "0 / 0 (no denominator)"
    df = pd.DataFrame(
        {
            "template": ["A"],
            "opened": [pd.NA],
            "replied": [12],
            "delivered": [40],
            "reply_rate_low": [0.18],
            "reply_rate_high": [0.45],
        }
    )
    out = rate_table(
        df,
        rates={"open_rate": ("opened", "delivered"), "reply_rate": ("replied", "delivered")},
        keep=["template"],
    )
    assert out.to_dict("records") == [
        {
            "template": "A",
            "open_rate": "not tracked",
            "reply_rate": "12 / 40 = 30.0 % (18.0–45.0 %)",
        }
    ]


def _nb(*cells):
    nb = nbformat.v4.new_notebook()
    nb.cells = list(cells)
    return nb


def test_failing_section_names_the_nearest_heading():
    error = nbformat.v4.new_output("error", ename="KeyError", evalue="'x'", traceback=[])
    nb = _nb(
        nbformat.v4.new_markdown_cell("# Report"),
        nbformat.v4.new_markdown_cell("## Growth and composition\n\nText."),
        nbformat.v4.new_code_cell("1"),
        nbformat.v4.new_code_cell("boom", outputs=[error]),
        nbformat.v4.new_markdown_cell("## Later"),
    )
    assert failing_section(nb) == (3, "Growth and composition")
    assert failing_section(_nb(nbformat.v4.new_code_cell("1"))) == (None, None)


def test_to_html_is_self_contained_and_hides_inputs_setup_and_headline():
    png = (
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kg"
        "AAAABJRU5ErkJggg=="
    )
    nb = _nb(
        nbformat.v4.new_markdown_cell("# Title"),
        nbformat.v4.new_code_cell(
            "secret_setup = 1",
            metadata={"tags": ["remove_cell"]},
            outputs=[nbformat.v4.new_output("stream", name="stdout", text="SETUP-OUTPUT")],
        ),
        nbformat.v4.new_code_cell(
            "visible_code()",
            outputs=[
                nbformat.v4.new_output(
                    "display_data", data={"image/png": png, "text/plain": "<Figure>"}
                ),
                nbformat.v4.new_output("stream", name="stderr", text="FutureWarning: noise"),
                nbformat.v4.new_output("display_data", data={HEADLINE_MIME: {"connections": 3}}),
            ],
        ),
    )
    html = to_html(nb)
    assert "<h1" in html and "Title" in html
    assert "visible_code" not in html and "secret_setup" not in html
    assert "SETUP-OUTPUT" not in html and "FutureWarning" not in html
    assert 'src="data:image/png;base64,' in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "<script src" not in html
    assert headline_of(nb) == {"connections": 3}


def test_scrubbing_events_keeps_threads_keyed_by_email_apart():
    events = pd.DataFrame(
        {
            "thread_id": ["ana@example.com", "ana@example.com", "bo@example.org", "t-3"],
            "event": ["sent", "replied", "sent", "sent"],
            "at": pd.to_datetime(
                ["2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"], utc=True
            ),
            "sender": ["rec@example.com"] * 4,
            "template": ["call +44 20 7946 0958", None, "hi", "hi"],
        }
    )
    out = prepare_events(events)
    ids = out["thread_id"].tolist()
    assert ids[0] == ids[1] != ids[2] and ids[3] == "t-3"
    assert all(i.startswith("contact-") for i in ids[:3])
    assert not out.to_csv().count("@")
    assert out["template"].iloc[0] == "call [phone]"


def test_network_headline_picks_the_measures(export):
    from networkkit import network
    from networkkit.reports import network_headline, network_results

    results = network_results(export)
    head = network_headline(export, results)
    assert head["connections"] == 3
    # Dana's incoming message says "great meeting you": 1 of 3 connections inferred
    assert head["met_in_person_share"] == pytest.approx(1 / 3)
    assert head["inbound_offers"] == 0
    assert head["offer_reply_rate"] is None  # no offers: not measurable, never 0
    recip = network.reciprocity(export)
    assert head["messaged_share"] == recip["messaged_share"].iloc[0]
    empty = Export.from_frames(connections=[{"connected_on": "2026-01-01"}])
    head = network_headline(empty, network_results(empty))
    assert head["connections"] == 1
    assert head["note_share_outgoing"] is None and head["keep_warm_due"] is None


def test_outreach_headline_says_not_tracked_as_none():
    from networkkit import outreach
    from networkkit.reports import outreach_headline

    events = pd.DataFrame(
        {
            "thread_id": ["a", "a", "b", "c"],
            "event": ["sent", "replied", "sent", "sent"],
            "at": pd.to_datetime(
                ["2026-01-01", "2026-01-03", "2026-01-02", "2026-01-02"], utc=True
            ),
        }
    )
    events = outreach.read_events(events)
    head = outreach_headline(
        {"funnel": outreach.funnel(events), "cadence_summary": outreach.cadence_summary(events)}
    )
    assert head["threads_sent"] == 3 and head["delivered"] == 3
    assert head["reply_rate"] == pytest.approx(1 / 3)
    assert head["open_rate"] is None  # opens not tracked: None, never 0
    assert head["within_etiquette_share"] == 1.0
    assert head["median_days_to_reply"] is None  # not computed


def test_show_trend_formats_shares_and_draws_rates(monkeypatch):
    import matplotlib.pyplot as plt

    from networkkit.reports import _notebook

    shown, drawn = [], []
    monkeypatch.setattr(_notebook, "_display_html", shown.append)

    def record_title():  # the house style puts titles on the left
        ax = plt.gca()
        drawn.append(ax.get_title(loc="left") or ax.get_title())

    monkeypatch.setattr(plt, "show", record_title)
    table = pd.DataFrame(
        {
            "measure": ["connections", "reply_rate"],
            "2026-11-15 07:00:00": [70.0, 0.25],
            "this run": [80.0, 0.3],
            "change": [10.0, 0.05],
        }
    )
    _notebook.show_trend(table)
    assert drawn == ["Headline rates across runs"]
    html = "".join(shown)
    assert "<td>reply rate</td>" in html and "<td>25.0 %</td>" in html
    assert "<td>+5.0 pts</td>" in html and "<td>+10</td>" in html
    shown.clear()
    drawn.clear()
    _notebook.show_trend(table[["measure", "this run", "change"]])
    assert drawn == [] and "first run recorded" in "".join(shown)
