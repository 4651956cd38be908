"""Decoding and dialect quirks: BOM, UTF-16, CRLF, Excel re-saves, empty files, mojibake."""

from __future__ import annotations

import pandas as pd
from export_helpers import fixture, write

import networkkit as nk

HEADER7 = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
ROW = "Jane,Doe,https://www.linkedin.com/in/jane-doe-1a2b3c4d,,Acme,Recruiter,09 Mar 2026"


def test_utf8_with_bom_and_crlf(tmp_path):
    write(tmp_path, "Connections.csv", "\ufeff" + HEADER7 + "\r\n" + ROW + "\r\n")
    ex = nk.load_export(tmp_path)
    assert ex.connections.loc[0, "position"] == "Recruiter"  # no stray \r
    assert ex.connections.loc[0, "connected_on"] == pd.Timestamp("2026-03-09", tz="UTC")
    assert "encoding utf-8-sig" in ex.parse_report.loc[0, "notes"]


def test_no_final_newline_and_lf(tmp_path):
    write(tmp_path, "Connections.csv", HEADER7 + "\n" + ROW)
    assert nk.load_export(tmp_path).connections.loc[0, "member_key"] == "jane-doe-1a2b3c4d"


def test_utf16le_tab_delimited_all_quoted(tmp_path):
    text = (fixture("export_2018") / "Endorsement Received Info.csv").read_text(encoding="utf-8")
    write(tmp_path, "Endorsement Received Info.csv", "\ufeff" + text, encoding="utf-16-le")
    assert (tmp_path / "Endorsement Received Info.csv").read_bytes()[:2] == b"\xff\xfe"
    ex = nk.load_export(tmp_path)
    e = ex.endorsements_received
    assert e.loc[0, "endorser_name"] == "Alma Ortiz"
    assert e.loc[0, "endorsed_at"] == pd.Timestamp("2018-01-02 10:11:12", tz="UTC")
    notes = ex.parse_report.loc[0, "notes"]
    assert "encoding utf-16" in notes and "tab-delimited" in notes


def test_utf16_shares_into_extra(tmp_path):
    text = '"Date"\t"ShareLink"\t"ShareCommentary"\r\n"2018-05-01 10:00:00"\t"https://x"\t"Hi"\r\n'
    write(tmp_path, "Shares.csv", "\ufeff" + text, encoding="utf-16-le")
    write(tmp_path, "Connections.csv", HEADER7 + "\n" + ROW)
    shares = nk.load_export(tmp_path).extra["shares"]
    assert shares.loc[0, "date"] == pd.Timestamp("2018-05-01 10:00", tz="UTC")
    assert shares.loc[0, "share_commentary"] == "Hi"


def test_excel_resave_index_column_na_fillers_and_short_dates(tmp_path):
    text = (
        "\ufeff,First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
        "0,Jane,Doe,https://www.linkedin.com/in/jane-doe-1a2b3c4d,NA,Acme,NA,29-Aug-22\r\n"
        "1,Bo,Chen,NA,NA,NA,NA,14-Feb-20\r\n"
    )
    write(tmp_path, "Connections.csv", text)
    ex = nk.load_export(tmp_path)
    c = ex.connections
    assert c["connected_on"].tolist() == [
        pd.Timestamp("2022-08-29", tz="UTC"),
        pd.Timestamp("2020-02-14", tz="UTC"),
    ]
    assert c["email"].isna().all() and c.loc[0, "position"] is pd.NA
    assert c["full_name"].tolist() == ["Jane Doe", "Bo Chen"]
    notes = ex.parse_report.loc[0, "notes"]
    assert "leading index column dropped" in notes and "'NA' read as missing" in notes


def test_zero_byte_and_header_only_files_give_empty_tables(tmp_path):
    write(tmp_path, "Connections.csv", "")
    write(tmp_path, "Invitations.csv", "From,To,Sent At,Message,Direction\n")
    ex = nk.load_export(tmp_path)
    assert len(ex.connections) == 0 and len(ex.invitations) == 0
    assert ex.invitations["sent_at"].dtype == "datetime64[us, UTC]"
    report = ex.parse_report.set_index("file")
    assert report.loc["Connections.csv", "notes"] == "empty file (0 bytes)"
    assert "header only" in report.loc["Invitations.csv", "notes"]
    assert report.loc["Invitations.csv", "layout"] == "invitations/5col"
    assert ex.as_of is None


def test_preamble_found_by_content_not_position(tmp_path):
    text = "Notes:\n\n\nsomething else entirely\n\n" + HEADER7 + "\n" + ROW
    write(tmp_path, "Connections.csv", text)
    ex = nk.load_export(tmp_path)
    assert len(ex.connections) == 1
    assert ex.parse_report.loc[0, "layout"] == "connections/2023+"


def test_columns_are_mapped_by_name_not_position(tmp_path):
    text = (
        "Connected On,Position,Company,Email Address,URL,Last Name,First Name\n"
        "09 Mar 2026,Recruiter,Acme,,https://www.linkedin.com/in/jane-doe,Doe,Jane\n"
    )
    write(tmp_path, "Connections.csv", text)
    c = nk.load_export(tmp_path).connections
    assert (c.loc[0, "first_name"], c.loc[0, "company"], c.loc[0, "member_key"]) == (
        "Jane",
        "Acme",
        "jane-doe",
    )


def test_mojibake_repaired_only_where_it_round_trips(tmp_path):
    text = (
        HEADER7 + "\n"
        "RenÃ©,MÃ¼ller,https://www.linkedin.com/in/rene,,CafÃ© Ãœber,Chef,09 Mar 2026\n"
        "SÃ£o,Ã©tÃ©,https://www.linkedin.com/in/sao,,São Paulo Ltd,Ã rÃ©,09 Mar 2026\n"
        "Zoë,Åukasz,https://www.linkedin.com/in/zoe,,Ã,âœ“ ok,09 Mar 2026\n"
    )
    write(tmp_path, "Connections.csv", text)
    ex = nk.load_export(tmp_path)
    c = ex.connections
    assert c["first_name"].tolist() == ["René", "São", "Zoë"]
    assert c["last_name"].tolist() == ["Müller", "été", "Åukasz"]  # lone Å left alone
    assert c.loc[0, "company"] == "Café Über"
    assert c.loc[1, "company"] == "São Paulo Ltd"  # genuine text untouched
    assert c.loc[2, "company"] == "Ã"
    assert c.loc[2, "position"] == "✓ ok"
    assert c.loc[1, "position"] == "Ã rÃ©"  # "Ã " does not round-trip: the cell is kept
    # René, Müller, Café Über, São, été, ✓ ok
    assert "repaired mojibake in 6 cell(s)" in ex.parse_report.loc[0, "notes"]


def test_no_conversations_found_single_line(tmp_path):
    write(tmp_path, "LearningCoachMessages.csv", "No conversations found")
    write(tmp_path, "Connections.csv", HEADER7 + "\n" + ROW)
    ex = nk.load_export(tmp_path)
    assert len(ex.coach_messages) == 0
    report = ex.parse_report.set_index("file")
    assert report.loc["LearningCoachMessages.csv", "notes"] == "no conversations found"
    assert report.loc["LearningCoachMessages.csv", "table"] == "coach_messages"


def test_nbsp_and_entities_in_plain_messages(tmp_path):
    header = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER"
    )
    row = "2-a,,Ana Ruiz,https://www.linkedin.com/in/ana,Sam Member,2024-01-01 10:00:00 UTC,,"
    write(tmp_path, "messages.csv", header + "\n" + row + "Hi\u00a0Sam,INBOX\n")
    m = nk.load_export(tmp_path).messages
    assert m.loc[0, "content"] == "Hi Sam"
    assert m.loc[0, "content_html"] is pd.NA


def test_connections_2020_without_preamble(tmp_path):
    text = (
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Rosa,Ng,,Hooli,Designer,14 Feb 2020\n"
    )
    write(tmp_path, "Connections.csv", text)
    ex = nk.load_export(tmp_path)
    assert ex.parse_report.loc[0, "layout"] == "connections/2020-21"
    assert ex.connections.loc[0, "connected_on"] == pd.Timestamp("2020-02-14", tz="UTC")


def test_multiple_numbered_files_are_concatenated(tmp_path):
    header = "Saved Date,Job Url,Job Title,Company Name\n"
    write(tmp_path, "Jobs/Saved Jobs_1.csv", header + '"2/3/26, 9:00 AM",u1,A,X\n')
    write(tmp_path, "Jobs/Saved Jobs_2.csv", header + '"2/4/26, 9:00 AM",u2,B,Y\n')
    write(tmp_path, "Connections.csv", HEADER7 + "\n" + ROW)
    jobs = nk.load_export(tmp_path).extra["saved_jobs"]
    assert jobs["job_title"].tolist() == ["A", "B"]


def test_activity_file_with_no_readable_row_is_noted(tmp_path):
    write(tmp_path, "Comments.csv", "Date,Link,Message\nbroken,row\nanother,broken\n")
    write(tmp_path, "Connections.csv", HEADER7 + "\n" + ROW)
    ex = nk.load_export(tmp_path)
    assert len(ex.extra["comments"]) == 0
    row = ex.parse_report.set_index("file").loc["Comments.csv"]
    assert row["skipped"] == 2
    assert "no row could be read" in row["notes"]


def test_excel_resaved_messages_dates(tmp_path):
    header = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER"
    )
    text = "\ufeff" + header + "\r\n2-a,,Ana Ruiz,,Sam Member,6/18/2024 11:59,,Hi,INBOX\r\n"
    write(tmp_path, "messages.csv", text)
    m = nk.load_export(tmp_path).messages
    assert m.loc[0, "sent_at"] == pd.Timestamp("2024-06-18 11:59", tz="UTC")


def test_undecodable_activity_file_is_noted_not_fatal(tmp_path):
    (tmp_path / "Logins.csv").write_bytes(b"Login Date,IP Address\n2024-01-01 00:00:00,\x9d\x9e\n")
    write(tmp_path, "Connections.csv", HEADER7 + "\n" + ROW)
    ex = nk.load_export(tmp_path)
    assert "logins" not in ex.extra
    note = ex.parse_report.set_index("file").loc["Logins.csv", "notes"]
    assert note.startswith("not read: Logins.csv, line 2: the file holds bytes that are not UTF-8")


def test_crlf_inside_quoted_content_becomes_lf(tmp_path):
    header = (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER"
    )
    row = '2-a,,Ana Ruiz,,Sam Member,2024-01-01 10:00:00 UTC,,"Line one\r\nLine two",INBOX'
    write(tmp_path, "messages.csv", "\ufeff" + header + "\r\n" + row + "\r\n")
    m = nk.load_export(tmp_path).messages
    assert m.loc[0, "content"] == "Line one\nLine two"
    assert m.loc[0, "folder"] == "INBOX"


def test_unicode_line_separators_inside_fields_do_not_split_rows(tmp_path):
    # U+2028 and form feed are text, not line ends, for CSV; the exact path agrees with pyarrow
    text = 'Name\n"Line\u2028Sep"\nForm\x0cFeed\n"unclosed\n'
    write(tmp_path, "Skills.csv", text)
    ex = nk.load_export(tmp_path)
    assert ex.skills["name"].tolist() == ["Line\u2028Sep", "Form\x0cFeed", "unclosed"]


def test_names_are_trimmed_and_blank_cells_are_missing(tmp_path):
    text = (
        HEADER7
        + "\n Jane ,\u00a0Doe,https://www.linkedin.com/in/jane,   ,Acme\t,CTO,09 Mar 2026\n"
    )
    write(tmp_path, "Connections.csv", text)
    c = nk.load_export(tmp_path).connections
    assert (c.loc[0, "first_name"], c.loc[0, "last_name"], c.loc[0, "full_name"]) == (
        "Jane",
        "Doe",
        "Jane Doe",
    )
    assert c.loc[0, "email"] is pd.NA
    assert c.loc[0, "company"] == "Acme"
