"""Every era's layout read into the canonical tables, with hand-counted expectations."""

from __future__ import annotations

import pandas as pd
import pytest
from export_helpers import fixture

import networkkit as nk
from networkkit.export._schema import TABLES

UTC = "UTC"


def ts(value: str) -> pd.Timestamp:
    return pd.Timestamp(value, tz=UTC)


@pytest.fixture(scope="module")
def ex26() -> nk.Export:
    return nk.load_export(fixture("export_2026"))


@pytest.fixture(scope="module")
def ex21() -> nk.Export:
    return nk.load_export(fixture("export_2021"))


@pytest.fixture(scope="module")
def ex18() -> nk.Export:
    return nk.load_export(fixture("export_2018"))


@pytest.mark.parametrize("era", ["ex26", "ex21", "ex18"])
def test_every_table_has_the_contract_columns_and_dtypes(era, request):
    ex = request.getfixturevalue(era)
    for name, frame in ex.tables().items():
        assert list(frame.columns) == list(TABLES[name]), name
        for col, kind in TABLES[name].items():
            expected = nk.export._schema.DTYPES[kind]
            assert frame[col].dtype == expected, (name, col, frame[col].dtype)
        for col, kind in TABLES[name].items():
            if kind == "str":
                assert not (frame[col] == "").any(), (name, col, "empty string instead of NA")


def test_connections_2023_layout_with_preamble_and_hidden_members(ex26):
    c = ex26.connections
    assert len(c) == 6
    assert c["full_name"].tolist()[:4] == ["Jane Doe", "Dana Lee", "Ümit Tekcan", "Lis Nagel"]
    assert c["member_key"].tolist()[:4] == [
        "jane-doe-1a2b3c4d",
        "danalee",
        "ümit-tekcan-8525a61a4",
        "nagel-lisânias-77",
    ]
    assert c.loc[0, "company"] == "Acme, Inc."
    assert c.loc[1, "email"] == "dana.lee@example.com"
    assert c.loc[0, "email"] is pd.NA
    assert c.loc[0, "connected_on"] == ts("2026-03-09")
    # hidden members: kept, with the date and no identity
    hidden = c.iloc[4:]
    assert hidden[["first_name", "full_name", "member_key", "profile_url"]].isna().all().all()
    assert hidden["connected_on"].tolist() == [ts("2026-01-29"), ts("2022-06-05")]
    row = ex26.parse_report.set_index("file").loc["Connections.csv"]
    assert row["layout"] == "connections/2023+"
    assert row["rows"] == 6
    assert "preamble skipped" in row["notes"]


def test_connections_2021_preamble_six_columns(ex21):
    c = ex21.connections
    assert c["full_name"].tolist() == ["Rosa Ng", "Tariq Haddad", pd.NA]
    assert c["profile_url"].isna().all() and c["member_key"].isna().all()
    assert c["connected_on"].tolist() == [ts("2020-02-14"), ts("2021-08-03"), ts("2021-01-01")]
    assert ex21.parse_report.set_index("file").loc["Connections.csv", "layout"] == (
        "connections/2021-22"
    )


def test_connections_2018_dates_with_time(ex18):
    c = ex18.connections
    assert c["connected_on"].tolist() == [
        ts("2018-01-08 18:14"),
        ts("2017-12-31 11:59"),
        ts("2018-03-03 08:00"),
    ]
    assert c.loc[0, "email"] == "alma.ortiz@example.com"
    assert ex18.parse_report.set_index("file").loc["Connections.csv", "layout"] == (
        "connections/2018"
    )


def test_messages_2026_all_quoted_with_real_newlines_and_drafts(ex26):
    m = ex26.messages
    assert len(m) == 7
    assert m.loc[1, "content"] == "Sure, it is Acme.\nHappy to share more."
    assert m.loc[0, "sent_at"] == ts("2024-06-18 11:59:53")
    assert m.loc[0, "subject"] is pd.NA  # written as "" in the file
    assert m["is_draft"].tolist() == [False, False, False, False, False, True, False]
    assert m.loc[5, "conversation_id"] is pd.NA
    assert m.loc[5, "folder"] is pd.NA
    assert m.loc[6, "content"] is pd.NA  # attachment-only message
    assert m.loc[6, "attachments"] == "https://www.linkedin.com/dms/attachment-1"
    assert m["direction"].tolist() == [
        "incoming",
        "outgoing",
        "incoming",
        "incoming",
        "incoming",
        "outgoing",
        "outgoing",
    ]
    layout = ex26.parse_report.set_index("file").loc["messages.csv"]
    assert layout["layout"] == "messages/2023+"
    assert "IS MESSAGE DRAFT" in layout["notes"]


def test_group_chat_recipients_split_on_urls_and_names(ex26):
    row = ex26.messages.loc[2]
    assert list(row["recipient_names"]) == ["Sam Member", "Walid T., FICS (UK)", "Dana Lee"]
    assert list(row["recipient_urls"]) == [
        "https://www.linkedin.com/in/sam-member-1234",
        "https://www.linkedin.com/in/walid-t-fics",
        "https://www.linkedin.com/in/danalee",
    ]
    assert list(row["recipient_keys"]) == ["sam-member-1234", "walid-t-fics", "danalee"]
    assert row["conversation_title"] == "Team lunch"
    assert row["sender_key"] == "patkim"


def test_html_content_is_turned_into_plain_text(ex26):
    row = ex26.messages.loc[3]
    assert row["content"] == (
        "Hi %FIRSTNAME%,\nMeet Acme & friends today\nApply <now>\n- Remote\n- Senior"
    )
    assert row["content_html"].startswith('<p class="spinmail-quill-editor__spin-break">')
    assert "&amp;" in row["content_html"]
    assert row["sender_name"] == "LinkedIn Member"
    assert row["sender_url"] is pd.NA and row["sender_key"] is pd.NA
    # plain messages have no HTML copy
    assert ex26.messages.loc[0, "content_html"] is pd.NA


def test_messages_2021_nine_columns(ex21):
    m = ex21.messages
    assert m["sender_key"].tolist() == ["rosa-ng", "lee-member-9", "tariq-haddad"]
    assert m["recipient_urls"].isna().all() and m["recipient_keys"].isna().all()
    assert [list(v) for v in m["recipient_names"]] == [["Lee Member"], ["Rosa Ng"], ["Lee Member"]]
    assert m["direction"].tolist() == ["incoming", "outgoing", "incoming"]
    assert m["folder"].tolist() == ["INBOX", "INBOX", "SPAM"]
    assert ex21.owner == nk.Owner("Lee Member", "lee-member-9", "messages")
    assert ex21.parse_report.set_index("file").loc["messages.csv", "layout"] == (
        "messages/2021-22"
    )


def test_messages_2018_schema_uses_its_direction_column(ex18):
    m = ex18.messages
    assert m["direction"].tolist() == ["incoming", "outgoing", "outgoing"]
    assert m.loc[0, "content"] == "Thanks for connecting & see you soon"
    assert m.loc[0, "content_html"] == "Thanks for connecting &amp; see you soon"
    assert m.loc[0, "sent_at"] == ts("2018-06-19 01:53")
    assert list(m.loc[2, "recipient_names"]) == ["Alma Ortiz", "Bo Chen"]
    # no conversation ids in 2018: one conversation per counterpart (a hash, not the name)
    assert m["sender_key"].isna().all()
    assert m["conversation_id"][0] == m["conversation_id"][1] != m["conversation_id"][2]
    assert m["conversation_id"].str.fullmatch(r"2018-[0-9a-f]{12}").all()
    assert ex18.parse_report.set_index("file").loc["Messages.csv", "layout"] == "messages/2018"


def test_invitations_seven_and_five_columns(ex26, ex18):
    i = ex26.invitations
    assert i["sent_at"].tolist() == [
        ts("2026-03-07 13:07"),
        ts("2024-12-15 07:47"),
        ts("2025-11-02 23:05"),
    ]
    assert i["direction"].tolist() == ["outgoing", "incoming", "outgoing"]
    assert i["inviter_key"].tolist() == ["sam-member-1234", "patkim", "sam-member-1234"]
    assert i["invitee_key"].tolist() == ["danalee", "sam-member-1234", "riley-stone-42"]
    assert i.loc[0, "message"] is pd.NA
    assert i.loc[1, "message"] == "Hi Sam,  I am a VP of research at Initech"
    old = ex18.invitations
    assert old["direction"].tolist() == ["outgoing", "incoming"]
    assert old[["inviter_url", "invitee_key"]].isna().all().all()
    report = {
        ex.parse_report.set_index("file").loc["Invitations.csv", "layout"] for ex in (ex26, ex18)
    }
    assert report == {"invitations/7col", "invitations/5col"}


def test_owner_from_profile_with_key_from_outgoing_invitations(ex26, ex18):
    assert ex26.owner == nk.Owner("Sam Member", "sam-member-1234", "profile")
    # 2018: no URLs anywhere, the name alone
    assert ex18.owner == nk.Owner("Kim Member", None, "profile")


def test_profile_positions_education_skills(ex26, ex18):
    p = ex26.profile
    assert len(p) == 1
    assert p.loc[0, "full_name"] == "Sam Member"
    assert p.loc[0, "birth_date"] == "Mar 31"
    assert p.loc[0, "geo_location"] == "Berlin, Germany"
    assert p.loc[0, "websites"] == "[PERSONAL:https://example.com]"
    assert p.loc[0, "maiden_name"] is pd.NA
    assert ex18.parse_report.set_index("file").loc["Profile.csv", "layout"] == "profile/2018"
    assert (
        "'Contact Instructions'" in ex18.parse_report.set_index("file").loc["Profile.csv", "notes"]
    )
    pos = ex26.positions
    assert pos["started_on"].tolist() == [ts("2018-06-01"), ts("2015-01-01")]
    assert pos["finished_on"].isna().tolist() == [True, False]
    assert pos.loc[1, "finished_on"] == ts("2018-05-01")
    assert pos["is_current"].tolist() == [True, False]
    edu = ex26.education
    assert edu.loc[0, "start_date"] == ts("2010-01-01")
    assert edu.loc[0, "degree_name"] == "BSc Psychology"
    assert ex26.skills["name"].tolist() == ["Technical Recruiting", "Machine Learning"]


def test_endorsements_and_recommendations(ex26, ex21):
    r = ex26.endorsements_received
    assert r["endorsed_at"].tolist() == [ts("2024-12-07 14:51:07"), ts("2023-03-01 09:00")]
    assert r["endorser_url"].tolist() == [
        "https://www.linkedin.com/in/zach-pike-360a3b",
        "https://www.linkedin.com/in/danalee",
    ]
    assert r["endorser_key"].tolist() == ["zach-pike-360a3b", "danalee"]
    assert r["endorser_name"].tolist() == ["Zach Pike", "Dana Lee"]
    g = ex26.endorsements_given
    assert g.loc[0, "endorsee_key"] == "danalee" and g.loc[0, "status"] == "ACCEPTED"
    old = ex21.endorsements_received
    assert old["endorser_url"].isna().all()
    assert ex21.parse_report.set_index("file").loc["Endorsement_Received_Info.csv", "layout"] == (
        "endorsements_received/2020-22"
    )
    rec = ex26.recommendations_received
    assert rec.loc[0, "created_at"] == ts("2023-12-24 05:28")
    assert rec.loc[0, "full_name"] == "Pat Kim"
    assert len(ex26.recommendations_given) == 0  # 0-byte file


def test_coach_messages_kept_apart(ex26):
    cm = ex26.coach_messages
    assert len(cm) == 1
    assert cm.loc[0, "source_file"] == "guide_messages.csv"
    assert cm.loc[0, "direction"] == "incoming"
    assert not ex26.messages["sender_name"].eq("LinkedIn Guide").any()
    notes = ex26.parse_report.set_index("file")["notes"]
    assert notes["learning_coach_messages.csv"] == "no conversations found"
    assert notes["coach_messages.csv"] == "header only"
    assert notes["Recommendations_Given.csv"] == "empty file (0 bytes)"


def test_activity_files_go_to_extra_lightly_typed(ex26):
    extra = ex26.extra
    assert set(extra) == {
        "shares",
        "reactions",
        "comments",
        "company_follows",
        "member_follows",
        "saved_jobs",
        "phone_numbers",
    }
    assert extra["reactions"]["date"].tolist() == [
        ts("2022-09-11 02:49:29"),
        ts("2022-09-12 03:00"),
    ]
    assert extra["company_follows"].loc[0, "followed_on"] == ts("2024-12-14 08:57:55")
    assert list(extra["shares"].columns) == [
        "date",
        "share_link",
        "share_commentary",
        "shared_url",
        "media_url",
        "visibility",
    ]
    assert extra["shares"]["shared_url"].isna().all()
    assert extra["saved_jobs"].loc[0, "saved_date"] == ts("2026-02-03 09:00")
    assert extra["phone_numbers"]["number"].dtype == "string"
    # Comments.csv's unquoted multi-line comment: the broken row is skipped and noted
    assert len(extra["comments"]) == 2
    report = ex26.parse_report.set_index("file")
    assert report.loc["Comments.csv", "skipped"] == 1
    assert report.loc["Comments.csv", "table"] == "extra:comments"


def test_unknown_files_are_listed_not_errors(ex26):
    report = ex26.parse_report.set_index("file")
    for name in ("Something_Unknown.csv", "Articles/Articles/article.html"):
        assert report.loc[name, "notes"] == "not recognised"
        assert report.loc[name, "table"] is pd.NA


def test_as_of_is_latest_timestamp_without_a_date_in_the_name(ex26, ex21):
    assert ex26.as_of == ts("2026-03-09")
    assert ex21.as_of == ts("2022-02-02 12:00")
