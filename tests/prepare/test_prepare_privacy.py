"""Privacy before output: contact details scrubbed, names pseudonymised (pandas)."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from prepared_inputs import KEY, all_text, fictional_export

from networkkit.export import Export
from networkkit.prepare import (
    Pseudonymizer,
    anonymize_export,
    load_key,
    prepare_events,
    scrub_export,
    scrub_text,
)


@pytest.fixture
def export() -> Export:
    return fictional_export()


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
    text = all_text(out)
    assert "@example" not in text
    assert "1234 5678" not in text and "7946" not in text
    assert out.connections["email"].isna().all()
    assert "Dana Lee" in text  # names stay without anonymize
    assert export.connections["email"].iloc[0] == "dana@example.com"  # input not modified


def test_anonymize_replaces_every_name_consistently(export):
    out = anonymize_export(scrub_export(export), key=KEY)
    text = all_text(out)
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
