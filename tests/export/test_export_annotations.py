"""The annotations file is read like an export file: same encodings, delimiters and lines."""

from __future__ import annotations

import pytest

from networkkit.errors import AnnotationError
from networkkit.export import read_annotations

ROWS = "member_key,met_in_person,context\ndana-lee,yes,NDC Oslo\n\nola-nordmann,nei,\n"


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16"], ids=["utf8", "bom", "utf16"]
)
def test_annotations_in_every_export_encoding(tmp_path, encoding):
    path = tmp_path / "met.csv"
    path.write_bytes(ROWS.encode(encoding))
    got = read_annotations(path)
    assert got["member_key"].tolist() == ["dana-lee", "ola-nordmann"]
    assert got["met"].tolist() == [True, False]
    assert got["context"].tolist()[0] == "NDC Oslo"
    # the blank line 3 is skipped and still counted: Ola is on line 4
    assert got["line"].tolist() == [2, 4]


def test_semicolons_and_loose_header_names(tmp_path):
    path = tmp_path / "met.csv"
    path.write_text("Profile URL;Met In Person\nhttps://www.linkedin.com/in/kai-ito/;Y\n")
    got = read_annotations(path)
    assert got["member_key"].tolist() == ["kai-ito"]
    assert got["met"].tolist() == [True]


def test_a_bad_value_after_a_blank_line_names_its_own_line(tmp_path):
    path = tmp_path / "met.csv"
    path.write_text("member_key,met_in_person\ndana-lee,yes\n\n\npat-kim,maybe\n")
    with pytest.raises(AnnotationError) as info:
        read_annotations(path)
    assert info.value.line == 5
    assert info.value.column == "met_in_person"
    assert str(info.value) == (
        f"{path}, line 5, column 'met_in_person': met_in_person is 'maybe'; write yes or no "
        "(or true/false, 1/0)."
    )


def test_a_row_with_too_many_fields_names_its_line(tmp_path):
    path = tmp_path / "met.csv"
    path.write_text("member_key,met_in_person\ndana-lee,yes\npat-kim,no,extra\n")
    with pytest.raises(AnnotationError) as info:
        read_annotations(path)
    assert info.value.file == str(path)
    assert info.value.line == 3
