"""The large-file path of the CSV reader gives exactly what the small-file path gives.

A large file of a folder is read through its own file handle from the byte after its header,
its columns arrive in many chunks (one per block of the reader), and mojibake is looked for
column by column instead of by a scan of the whole body. These tests force that path onto
small files (threshold 0, blocks of a few hundred bytes, so cells and conversations straddle
chunk ends) and compare with the small-file path (threshold out of reach), and check that a
large file with a bad row still names the row's line.
"""

from __future__ import annotations

import os

import pandas as pd
import pyarrow as pa
import pytest
from export_helpers import write

import networkkit as nk
from networkkit.export import _archive, _csv
from networkkit.sample import write_export

TABLES = ("connections", "messages", "invitations", "endorsements_received", "profile")


def _load_both(path, monkeypatch, *, block_bytes=None):
    with monkeypatch.context() as m:
        m.setattr(_csv, "_LARGE_FROM", 0)
        m.setattr(_archive, "_MMAP_FROM", 0)  # folder files mapped: read from their handle
        if block_bytes is not None:
            m.setattr(_csv, "_BLOCK_BYTES", block_bytes)
        fast = nk.load_export(path)
    with monkeypatch.context() as m:
        m.setattr(_csv, "_LARGE_FROM", 1 << 62)
        exact = nk.load_export(path)
    return fast, exact


@pytest.mark.parametrize(
    ("layout", "block_bytes"), [("2020", None), ("2021", None), ("2026", None), ("2026", 700)]
)
def test_large_path_equals_small_path_on_every_era(tmp_path, monkeypatch, layout, block_bytes):
    # blocks of 700 bytes: every column is an arrow array of many chunks, which the tables
    # must read as one (a conversation or a multi-line message spans chunk ends)
    write_export(tmp_path, connections=60, messages=400, invitations=40, layout=layout)
    fast, exact = _load_both(tmp_path, monkeypatch, block_bytes=block_bytes)
    if block_bytes is not None:  # the columns did arrive in many chunks
        assert fast.messages["content"].array.__arrow_array__().num_chunks > 10
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(fast, table), getattr(exact, table))
    pd.testing.assert_frame_equal(fast.parse_report, exact.parse_report)
    assert fast.owner == exact.owner
    assert len(fast.messages) == 400


def test_blank_lines_unquoted_empties_and_quoted_empties_read_alike(tmp_path, monkeypatch):
    # blank lines are skipped; unquoted and quoted empty fields are both missing
    text = (
        "From,To,Sent At,Message,Direction\n"
        'Sam Member,Dana Lee,"3/7/26, 1:07 PM","",OUTGOING\n'
        "\n"
        'Pat Kim,Sam Member,"3/8/26, 9:00 AM","Hi Sam,\n\nshall we talk?",INCOMING\n'
        'Ana Ruiz,Sam Member,"3/9/26, 9:00 AM",,""\n'
    )
    write(tmp_path, "Invitations.csv", text)
    fast, exact = _load_both(tmp_path, monkeypatch)
    pd.testing.assert_frame_equal(fast.invitations, exact.invitations)
    assert fast.invitations["message"].isna().tolist() == [True, False, True]
    assert fast.invitations["message"][1] == "Hi Sam,\n\nshall we talk?"


def _quoted_messages(rows: int, short_at: int | None = None) -> str:
    header = '"FROM","TO","DATE","CONTENT","FOLDER"\n'
    lines = []
    for i in range(rows):
        fields = [
            "Dana Lee",
            "Sam Member",
            f"2026-03-{1 + i % 28:02d} 10:{i % 60:02d}:00 UTC",
            f"Message {i}, line one\nline two of a long enough message body for bulk",
            "INBOX",
        ]
        if i == short_at:
            fields = fields[:3]
        lines.append(",".join(f'"{f}"' for f in fields) + "\n")
    return header + "".join(lines)


def test_a_short_row_in_a_large_file_names_its_line(tmp_path):
    # 12,000 rows of two lines each: over the 1 MiB from which the large-file path reads
    text = _quoted_messages(12_000, short_at=9_000)
    assert len(text.encode()) > _csv._LARGE_FROM
    write(tmp_path, "messages.csv", text)
    with pytest.raises(nk.LayoutError) as info:
        nk.load_export(tmp_path)
    # header is line 1; row k (0-based) starts on line 2 + 2k
    assert (info.value.file, info.value.line) == ("messages.csv", 2 + 2 * 9_000)
    assert "3 fields where the header has 5" in str(info.value)


def test_a_large_well_formed_file_reads_every_row(tmp_path):
    write(tmp_path, "messages.csv", _quoted_messages(12_000))
    ex = nk.load_export(tmp_path)
    assert len(ex.messages) == 12_000
    assert ex.messages["content"][11_999] == (
        "Message 11999, line one\nline two of a long enough message body for bulk"
    )
    assert ex.messages["sent_at"][0] == pd.Timestamp("2026-03-01 10:00:00", tz="UTC")


def test_mojibake_scan_ignores_a_signature_spanning_two_cells():
    # "José" then "¡Hola": the bytes é¡ look like mojibake only across the cell boundary
    arr = pa.array(["José", "¡Hola", "CafÃ©", None, "Ã rÃ©", "âœ“ ok"])
    fixed, count = _csv.repair_mojibake(arr)
    assert fixed.to_pylist() == ["José", "¡Hola", "Café", None, "Ã rÃ©", "✓ ok"]
    assert count == 2
    # an array that is a slice of a larger one is scanned over its own cells only
    fixed, count = _csv.repair_mojibake(arr.slice(2, 2))
    assert (fixed.to_pylist(), count) == (["Café", None], 1)
    assert _csv.repair_mojibake(arr.slice(0, 2)) == (arr.slice(0, 2), 0)


def test_mojibake_in_a_large_quoted_file_is_repaired_alike_by_both_paths(tmp_path, monkeypatch):
    rows = []
    for i in range(3_000):
        text = "Merci RenÃ©, Ã\u00a0 bientÃ´t" if i % 1_000 == 7 else f"Hola José {i}"
        content = text + "\nok"
        rows.append(
            ",".join(
                f'"{v}"'
                for v in ("Zoë Ruiz", "Sam Member", f"2026-03-01 10:{i % 60:02d}:00 UTC", content)
            )
        )
    text = '"FROM","TO","DATE","CONTENT"\n' + "\n".join(rows) + "\n"
    write(tmp_path, "messages.csv", text)
    fast, exact = _load_both(tmp_path, monkeypatch)
    pd.testing.assert_frame_equal(fast.messages, exact.messages)
    assert fast.messages["content"][1_007] == "Merci René, à bientôt\nok"
    assert fast.messages["content"][1_008] == "Hola José 1008\nok"
    assert "repaired mojibake in 3 cell(s)" in fast.parse_report.loc[0, "notes"]
    assert "repaired mojibake in 3 cell(s)" in exact.parse_report.loc[0, "notes"]


def test_tricky_cells_read_alike_by_both_paths_across_chunk_ends(tmp_path, monkeypatch):
    # markup, entities, a no-break space, CRLF inside a quoted cell, padded names, quoted and
    # unquoted empty fields and mojibake, in blocks of 200 bytes (cells straddle chunk ends)
    header = '"FROM","SENDER PROFILE URL","TO","DATE","SUBJECT","CONTENT","FOLDER"\n'
    contents = [
        "<p>Hi Sam,</p><p>see <b>this</b> &amp; that</p>",
        "Caf\u00e9\u00a0au lait",
        "line one\r\nline two",
        "RenÃ©",
        "plain",
        "Tom &amp; Jerry<br>next",
    ]
    lines = []
    for i in range(12):
        name = " Dana Lee " if i % 4 == 0 else "Zoë Ruiz"
        url = "https://www.linkedin.com/in/Dana-Lee/" if i % 3 else ""
        subject = "" if i % 2 else "Hello"
        fields = [name, url, "Sam Member", f"2026-03-{1 + i:02d} 10:00:00 UTC", subject]
        cells = [f'"{f}"' for f in fields]
        if i == 5:
            cells[4] = ""  # unquoted empty subject
        cells += [f'"{contents[i % len(contents)]}"', '"INBOX"']
        lines.append(",".join(cells) + "\n")
    write(tmp_path, "messages.csv", header + "".join(lines))
    fast, exact = _load_both(tmp_path, monkeypatch, block_bytes=200)
    pd.testing.assert_frame_equal(fast.messages, exact.messages)
    pd.testing.assert_frame_equal(fast.parse_report, exact.parse_report)
    m = fast.messages
    assert m["content"][0] == "Hi Sam,\nsee this & that"
    assert m["content_html"][0] == contents[0]
    assert m["content"][1] == "Café au lait" and pd.isna(m["content_html"][1])
    assert m["content"][2] == "line one\nline two"
    assert m["content"][3] == "René"
    assert m["content"][5] == "Tom & Jerry\nnext"
    assert m["sender_name"][0] == "Dana Lee"
    assert m["sender_key"].isna().tolist()[:3] == [True, False, False]
    assert m["sender_key"][1] == m["sender_key"][2] == "dana-lee"
    assert m["subject"].isna().tolist() == [i % 2 == 1 for i in range(12)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_a_large_file_after_a_preamble_is_read_from_the_byte_after_its_header(
    tmp_path, monkeypatch, encoding
):
    # the large path reads the file itself from the header's end: a notes preamble, a UTF-8
    # byte order mark (3 bytes before the text) and UTF-16 (decoded, so read from memory)
    # must all land on the first row
    preamble = 'Notes:\n"When exporting your connection data, you may notice"\n\n'
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    rows = "".join(
        f"Ana{i},Lee,https://www.linkedin.com/in/ana-{i},,Acme,Recruiter,0{1 + i % 9} Mar 2026\n"
        for i in range(300)
    )
    write(tmp_path, "Connections.csv", preamble + header + rows, encoding=encoding)
    fast, exact = _load_both(tmp_path, monkeypatch, block_bytes=1_000)
    pd.testing.assert_frame_equal(fast.connections, exact.connections)
    assert fast.connections["first_name"].tolist()[:2] == ["Ana0", "Ana1"]
    assert len(fast.connections) == 300
    notes = fast.parse_report.set_index("file").loc["Connections.csv", "notes"]
    assert "preamble skipped" in notes


def _spy_sources(monkeypatch, tmp_path, *, swap: bool) -> list[str]:
    """Record which stream the large path reads; with ``swap``, replace the file first."""
    real = _csv._body_source
    kinds: list[str] = []

    def spy(data, body, offset):
        if swap:  # another file takes the path between the map and the reader's open
            other = tmp_path / "other.tmp"
            other.write_text(_quoted_messages(5))
            os.replace(other, data.path)
        source = real(data, body, offset)
        kinds.append(type(source).__name__)
        return source

    monkeypatch.setattr(_csv, "_LARGE_FROM", 0)
    monkeypatch.setattr(_archive, "_MMAP_FROM", 0)
    monkeypatch.setattr(_csv, "_body_source", spy)
    return kinds


def test_a_large_folder_file_is_read_through_its_own_handle(tmp_path, monkeypatch):
    write(tmp_path, "messages.csv", _quoted_messages(200))
    kinds = _spy_sources(monkeypatch, tmp_path, swap=False)
    assert len(nk.load_export(tmp_path).messages) == 200
    assert kinds == ["OSFile"]


def test_a_file_replaced_after_it_was_mapped_is_read_from_the_map(tmp_path, monkeypatch):
    # the file that was listed and mapped is the one read, not whatever took its name since
    write(tmp_path, "messages.csv", _quoted_messages(200))
    kinds = _spy_sources(monkeypatch, tmp_path, swap=True)
    ex = nk.load_export(tmp_path)
    assert kinds == ["BufferReader"]
    assert len(ex.messages) == 200
    assert ex.messages["content"][199].startswith("Message 199,")
