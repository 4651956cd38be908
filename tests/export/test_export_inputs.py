"""Every input shape: the zip as downloaded, a folder, a folder holding the zip, a re-zipped
folder, a zip inside a zip, a single CSV file. Zip members are read in memory."""

from __future__ import annotations

import zipfile

import pandas as pd
import pytest
from export_helpers import fixture, zip_folder

import networkkit as nk

NAME = "Complete_LinkedInDataExport_03-20-2026.zip"


def _same_tables(a: nk.Export, b: nk.Export) -> None:
    for name, frame in a.tables().items():
        pd.testing.assert_frame_equal(frame, getattr(b, name), obj=name)
    assert a.owner == b.owner


@pytest.fixture(scope="module")
def folder_export() -> nk.Export:
    return nk.load_export(fixture("export_2026"))


def test_zip_as_downloaded_matches_the_folder(tmp_path, folder_export):
    path = zip_folder(fixture("export_2026"), tmp_path / NAME)
    before = sorted(p.name for p in tmp_path.iterdir())
    ex = nk.load_export(path)
    _same_tables(ex, folder_export)
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted
    # the date in the name, at 00:00 UTC, is after every timestamp in the data
    assert ex.as_of == pd.Timestamp("2026-03-20", tz="UTC")
    assert ex.source == str(path)


def test_as_of_never_before_the_latest_timestamp(tmp_path):
    path = zip_folder(fixture("export_2026"), tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip")
    ex = nk.load_export(path)
    assert ex.as_of == pd.Timestamp("2026-03-09", tz="UTC")  # latest connection beats the name


def test_rezipped_folder_one_level_down(tmp_path, folder_export):
    path = zip_folder(fixture("export_2026"), tmp_path / "mine.zip", prefix="my export/")
    ex = nk.load_export(path)
    _same_tables(ex, folder_export)
    assert "my export/Jobs/Saved Jobs_1.csv" in set(ex.parse_report["file"])


def test_folder_holding_one_zip(tmp_path, folder_export):
    (tmp_path / "downloads").mkdir()
    zip_folder(fixture("export_2026"), tmp_path / "downloads" / NAME)
    ex = nk.load_export(tmp_path / "downloads")
    _same_tables(ex, folder_export)
    assert ex.as_of == pd.Timestamp("2026-03-20", tz="UTC")


def test_zip_inside_zip_is_read_when_it_is_the_only_content(tmp_path, folder_export):
    inner = zip_folder(fixture("export_2026"), tmp_path / NAME)
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, NAME)
    ex = nk.load_export(outer)
    _same_tables(ex, folder_export)
    assert ex.as_of == pd.Timestamp("2026-03-20", tz="UTC")
    notes = ex.parse_report.set_index("file")["notes"]
    assert notes[NAME] == "nested zip: read as the export"


def test_zip_beside_other_files_is_noted_not_read(tmp_path):
    inner = zip_folder(fixture("export_2021"), tmp_path / "inner.zip")
    outer = zip_folder(fixture("export_2026"), tmp_path / "outer.zip")
    with zipfile.ZipFile(outer, "a") as zf:
        zf.write(inner, "old/inner.zip")
    ex = nk.load_export(outer)
    assert len(ex.connections) == 6
    notes = ex.parse_report.set_index("file")["notes"]
    assert notes["old/inner.zip"] == "nested zip beside other files: not read"


def test_single_csv_file(tmp_path):
    ex = nk.load_export(fixture("export_2026") / "Connections.csv")
    assert len(ex.connections) == 6
    assert len(ex.messages) == 0 and list(ex.messages.columns) == list(
        nk.export.TABLES["messages"]
    )
    assert ex.parse_report["file"].tolist() == ["Connections.csv"]
    assert ex.owner == nk.Owner()


def test_single_messages_csv_owner_is_most_frequent_party():
    ex = nk.load_export(fixture("export_2026") / "messages.csv")
    assert ex.owner == nk.Owner("Sam Member", "sam-member-1234", "messages")
    assert ex.messages["direction"].tolist()[:2] == ["incoming", "outgoing"]


def test_owner_given_explicitly_by_name_or_url():
    path = fixture("export_2021") / "messages.csv"
    by_url = nk.load_export(path, owner="https://www.linkedin.com/in/rosa-ng/")
    assert by_url.owner == nk.Owner("Rosa Ng", "rosa-ng", "given")
    assert by_url.messages["direction"].tolist() == ["outgoing", "incoming", "incoming"]
    by_name = nk.load_export(path, owner="Tariq Haddad")
    assert by_name.owner == nk.Owner("Tariq Haddad", "tariq-haddad", "given")
    assert by_name.messages["direction"].tolist() == ["incoming", "incoming", "outgoing"]


def test_direction_is_na_when_the_owner_is_unknown(tmp_path):
    (tmp_path / "messages.csv").write_text(
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,"
        "FOLDER\n2-x,,LinkedIn Member,,LinkedIn Member,2024-01-01 00:00:00 UTC,,Hi,INBOX\n",
        encoding="utf-8",
    )
    ex = nk.load_export(tmp_path)
    assert ex.owner == nk.Owner()
    assert ex.messages["direction"].isna().all()
    assert ex.messages["direction"].dtype == "string"


def test_historical_file_names_in_any_case_and_folder(tmp_path):
    src = fixture("export_2026")
    names = {
        "Connections.csv": "CONNECTIONS.CSV",
        "messages.csv": "sub/Messages.csv",
        "Invitations.csv": "invitations_123456.csv",
    }
    for old, new in names.items():
        target = tmp_path / new
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((src / old).read_bytes())
    ex = nk.load_export(tmp_path)
    assert (len(ex.connections), len(ex.messages), len(ex.invitations)) == (6, 7, 3)


def test_old_names_of_renamed_files(tmp_path):
    ex = nk.load_export(fixture("export_2018"))
    report = ex.parse_report.set_index("file")
    assert report.loc["Phone Numbers.csv", "table"] == "extra:phone_numbers"
    assert report.loc["Rich Media.csv", "table"] == "extra:rich_media"
    assert report.loc["Endorsement Received Info.csv", "table"] == "endorsements_received"
    assert ex.extra["phone_numbers"].loc[0, "number"] == "+49 89 0000000"


def test_owner_from_invitations_when_nothing_else_tells(tmp_path):
    src = fixture("export_2026") / "Invitations.csv"
    (tmp_path / "Invitations.csv").write_bytes(src.read_bytes())
    ex = nk.load_export(tmp_path)
    assert ex.owner == nk.Owner("Sam Member", "sam-member-1234", "invitations")


def test_owner_key_from_messages_when_profile_has_only_the_name(tmp_path):
    src = fixture("export_2026")
    for name in ("Profile.csv", "messages.csv"):
        (tmp_path / name).write_bytes((src / name).read_bytes())
    ex = nk.load_export(tmp_path)
    assert ex.owner == nk.Owner("Sam Member", "sam-member-1234", "profile")
