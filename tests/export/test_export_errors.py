"""Every error is an ExportError subclass naming the file (and line or column, if any)."""

from __future__ import annotations

import zipfile

import pytest
from export_helpers import fixture, write, zip_folder

import networkkit as nk

HEADER7 = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
PREAMBLE = 'Notes:\n"When exporting your connection data, some emails are missing."\n\n'


def test_not_a_zip_or_folder(tmp_path):
    path = write(tmp_path, "report.pdf", "%PDF-1.4 not an export")
    with pytest.raises(nk.ArchiveError, match=r"report\.pdf: not a zip, a folder or a CSV"):
        nk.load_export(path)
    with pytest.raises(nk.ArchiveError, match="no such file or folder"):
        nk.load_export(tmp_path / "missing.zip")


def test_corrupt_zip(tmp_path):
    good = zip_folder(fixture("export_2021"), tmp_path / "good.zip").read_bytes()
    bad = tmp_path / "Basic_LinkedInDataExport_01-01-2026.zip"
    bad.write_bytes(good[: len(good) // 2])
    with pytest.raises(nk.ArchiveError) as info:
        nk.load_export(bad)
    assert info.value.file.endswith("Basic_LinkedInDataExport_01-01-2026.zip")
    assert "download the export again" in str(info.value)


def test_corrupt_member_data(tmp_path):
    path = zip_folder(fixture("export_2021"), tmp_path / "x.zip")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("messages.csv")
    start = info.header_offset + 30 + len(info.filename) + 5
    data[start : start + 20] = b"\x00" * 20
    path.write_bytes(bytes(data))
    with pytest.raises(nk.ArchiveError, match=r"x\.zip/messages\.csv: the zip entry is corrupt"):
        nk.load_export(path)


def test_no_linkedin_file(tmp_path):
    write(tmp_path, "notes.txt", "hello")
    write(tmp_path, "photo.csv", "a,b\n1,2\n")
    with pytest.raises(nk.NoLinkedInFilesError, match="no LinkedIn export file found"):
        nk.load_export(tmp_path)


def test_undecodable_bytes_name_file_and_line(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_bytes(
        (PREAMBLE + HEADER7 + "\nJane,Doe,,,Acme,CTO,09 Mar 2026\n").encode()
        + b"Bo,Ch\x9den,,,Acme,CFO,09 Mar 2026\n"
    )
    with pytest.raises(nk.DecodeError) as info:
        nk.load_export(tmp_path)
    assert (info.value.file, info.value.line) == ("Connections.csv", 6)
    assert str(info.value).startswith("Connections.csv, line 6: the file holds bytes")


def test_header_matching_no_layout(tmp_path):
    write(tmp_path, "Connections.csv", "Vorname,Nachname,Firma\nJane,Doe,Acme\n")
    with pytest.raises(nk.LayoutError) as info:
        nk.load_export(tmp_path)
    assert info.value.file == "Connections.csv"
    assert "matches no known layout of connections" in str(info.value)


def test_row_with_wrong_field_count_names_the_line(tmp_path):
    text = PREAMBLE + HEADER7 + "\nJane,Doe,,,Acme,CTO,09 Mar 2026\nBo,Chen,Acme\n"
    write(tmp_path, "Connections.csv", text)
    with pytest.raises(nk.LayoutError) as info:
        nk.load_export(tmp_path)
    assert (info.value.file, info.value.line) == ("Connections.csv", 6)
    assert "3 fields where the header has 7" in str(info.value)


def test_unreadable_date_is_missing_and_counted_with_its_line(tmp_path):
    text = (
        "From,To,Sent At,Message,Direction\n"
        'Sam Member,Dana Lee,"3/7/26, 1:07 PM",,OUTGOING\n'
        'Pat Kim,Sam Member,"Hi Sam,\nlong",,INCOMING\n'
        'Pat Kim,Sam Member,"yesterday",,INCOMING\n'
    )
    write(tmp_path, "Invitations.csv", text)
    ex = nk.load_export(tmp_path)
    assert len(ex.invitations) == 3
    assert ex.invitations["sent_at"].isna().tolist() == [False, True, True]
    notes = ex.parse_report.set_index("file")["notes"]["Invitations.csv"]
    assert "2 unreadable value(s) in column 'Sent At' read as missing (first on line 3)" in notes
    assert ex.inferred.unreadable == [
        {"file": "Invitations.csv", "column": "Sent At", "cells": 2, "first_line": 3}
    ]


def test_unmappable_file_is_skipped_and_named_while_the_rest_reads(tmp_path):
    write(tmp_path, "Connections.csv", "Vorname,Nachname,Firma\nJane,Doe,Acme\n")
    write(tmp_path, "Skills.csv", "Name\nPython\n")
    ex = nk.load_export(tmp_path)
    assert ex.skills["name"].tolist() == ["Python"]
    assert ex.inferred.skipped == [("Connections.csv", "header matches no known layout")]
    notes = ex.parse_report.set_index("file")["notes"]["Connections.csv"]
    assert notes.startswith("skipped: the header matches no known layout of connections")


def test_quote_left_open_at_the_end_reads_to_the_end_of_file(tmp_path):
    # RFC 4180 readers take an unclosed quote to the end of the file; nothing leaks out
    write(tmp_path, "Skills.csv", 'Name\nPython\n"Unclosed\nSQL\n')
    ex = nk.load_export(tmp_path)
    assert ex.skills["name"].tolist() == ["Python", "Unclosed\nSQL"]


def test_a_row_pyarrow_rejects_is_named_by_the_exact_path(tmp_path):
    # a quote opened mid-file swallows the next rows: the row count no longer matches
    text = 'From,To,Sent At,Message,Direction\nA,B,"3/7/26, 1:07 PM","Hi\nC,D,x,y,OUTGOING\n'
    write(tmp_path, "Invitations.csv", text)
    with pytest.raises(nk.ExportError) as info:
        nk.load_export(tmp_path)
    assert info.value.file == "Invitations.csv"
    assert info.value.line == 2


def test_encrypted_needed_member_is_an_archive_error(tmp_path):
    path = zip_folder(fixture("export_2021"), tmp_path / "x.zip")
    _set_flag(path, "messages.csv", 0x1)
    with pytest.raises(nk.ArchiveError, match=r"messages\.csv: the entry is encrypted"):
        nk.load_export(path)


def test_encrypted_unneeded_member_is_skipped_with_a_note(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    write(folder, "Connections.csv", HEADER7 + "\n")
    write(folder, "Reactions.csv", "Date,Type,Link\n2022-09-11 02:49:29,LIKE,x\n")
    path = zip_folder(folder, tmp_path / "x.zip")
    _set_flag(path, "Reactions.csv", 0x1)
    ex = nk.load_export(path)
    assert "reactions" not in ex.extra
    notes = ex.parse_report.set_index("file")["notes"]
    assert notes["Reactions.csv"] == "encrypted entry: skipped"


def _set_flag(path, member: str, bit: int) -> None:
    """Set a general-purpose flag bit in a member's local and central headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(member)
    local = info.header_offset
    data[local + 6] |= bit
    name = member.encode()
    pos = data.find(b"PK\x01\x02" + bytes(0), 0)
    while pos != -1:
        n = int.from_bytes(data[pos + 28 : pos + 30], "little")
        if data[pos + 46 : pos + 46 + n] == name:
            data[pos + 8] |= bit
        pos = data.find(b"PK\x01\x02", pos + 4)
    path.write_bytes(bytes(data))
