"""Archive safety: unsafe names, symlinks, duplicates, bombs (caps checked while streaming)."""

from __future__ import annotations

import os
import warnings
import zipfile

import pandas as pd
import pytest
from export_helpers import fixture, write

import networkkit as nk
from networkkit.export import _archive

CONNECTIONS = (fixture("export_2026") / "Connections.csv").read_bytes()


def _zip(path, members: dict[str, bytes]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in members.items() if isinstance(members, dict) else members:
                zf.writestr(name, data)


def test_caps_are_module_constants():
    assert nk.export.MAX_RATIO == _archive.MAX_RATIO == 250
    assert nk.export.MAX_MEMBER_BYTES == 4 * 1024**3
    assert nk.export.MAX_TOTAL_BYTES == 8 * 1024**3


def test_absolute_and_parent_paths_are_ignored_with_a_note(tmp_path):
    path = tmp_path / "x.zip"
    _zip(
        path,
        {
            "Connections.csv": CONNECTIONS,
            "../messages.csv": b"CONVERSATION ID,FROM,TO,DATE,CONTENT\n",
            "/etc/Invitations.csv": b"From,To,Sent At,Message,Direction\n",
        },
    )
    ex = nk.load_export(path)
    assert len(ex.connections) == 6
    notes = ex.parse_report.set_index("file")["notes"]
    assert notes["../messages.csv"] == "unsafe path (absolute or '..'): ignored"
    assert notes["/etc/Invitations.csv"] == "unsafe path (absolute or '..'): ignored"
    assert not (tmp_path.parent / "messages.csv").exists()


def test_duplicate_names_first_one_wins(tmp_path):
    path = tmp_path / "x.zip"
    header = b"Name\n"
    _zip(path, [("Skills.csv", header + b"First\n"), ("Skills.csv", header + b"Second\n")])
    ex = nk.load_export(path)
    assert ex.skills["name"].tolist() == ["First"]
    rows = ex.parse_report[ex.parse_report["file"] == "Skills.csv"]
    assert rows["notes"].tolist() == ["duplicate entry: the first one in the zip is used", pd.NA]
    assert rows["rows"].tolist() == [pd.NA, 1]


def test_symlink_out_of_the_folder_is_not_followed(tmp_path):
    secret = tmp_path / "secret"
    secret.mkdir()
    write(secret, "messages.csv", "CONVERSATION ID,FROM,TO,DATE,CONTENT\nx,Eve,Bob,bad,SECRET\n")
    export = tmp_path / "export"
    export.mkdir()
    (export / "Connections.csv").write_bytes(CONNECTIONS)
    os.symlink(secret / "messages.csv", export / "messages.csv")
    os.symlink(secret, export / "linked")
    ex = nk.load_export(export)
    assert len(ex.messages) == 0
    notes = ex.parse_report.set_index("file")["notes"]
    assert notes["messages.csv"] == "symbolic link out of the folder: not followed"
    assert notes["linked"] == "symbolic link out of the folder: not followed"


def test_symlink_inside_the_folder_is_read(tmp_path):
    export = tmp_path / "export"
    (export / "real").mkdir(parents=True)
    (export / "real" / "Connections.csv").write_bytes(CONNECTIONS)
    os.symlink(export / "real" / "Connections.csv", export / "Connections_1.csv")
    ex = nk.load_export(export)
    # both names are read; the second is a copy of the first, so its rows are kept once
    assert len(ex.connections) == 6
    notes = ex.parse_report.set_index("file")["notes"]
    copy = notes.index[notes.str.contains("identical to rows of", na=False)]
    assert len(copy) == 1 and "6 row(s) identical to rows of" in notes[copy[0]]


def test_zip_bomb_refused_by_ratio_while_streaming(tmp_path):
    path = tmp_path / "x.zip"
    _zip(path, {"Connections.csv": CONNECTIONS, "messages.csv": b"\n" * (8 * 2**20)})
    with pytest.raises(nk.ArchiveError) as info:
        nk.load_export(path)
    assert info.value.file == "x.zip/messages.csv"
    assert "expands more than 250 times its compressed size" in str(info.value)
    # the cap is a keyword argument too
    ex = nk.load_export(path, max_ratio=1e6)
    assert len(ex.connections) == 6 and len(ex.messages) == 0
    assert ex.parse_report.set_index("file").loc["messages.csv", "notes"] == "blank file"


def test_member_and_total_size_caps(tmp_path):
    path = tmp_path / "x.zip"
    _zip(path, {"Connections.csv": CONNECTIONS})
    with pytest.raises(nk.ArchiveError, match=r"Connections\.csv: .*beyond the cap of 100"):
        nk.load_export(path, max_member_bytes=100)
    with pytest.raises(nk.ArchiveError, match="MAX_TOTAL_BYTES"):
        nk.load_export(path, max_total_bytes=100)
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "Connections.csv").write_bytes(CONNECTIONS)
    with pytest.raises(nk.ArchiveError, match="beyond the cap of 100"):
        nk.load_export(folder, max_member_bytes=100)


def test_macos_metadata_is_skipped(tmp_path):
    path = tmp_path / "x.zip"
    _zip(
        path,
        {
            "Connections.csv": CONNECTIONS,
            "__MACOSX/._Connections.csv": b"\x00\x05\x16\x07junk",
            "._messages.csv": b"\x00\x05\x16\x07junk",
        },
    )
    ex = nk.load_export(path)
    assert ex.parse_report["file"].tolist() == ["Connections.csv"]


@pytest.mark.parametrize(
    ("memory", "budget"),
    [
        (64 * 1024**3, 8 * 1024**3),  # a large machine: the fixed cap
        (16 * 1024**3, 4 * 1024**3),  # a quarter of the memory
        (2 * 1024**3, 512 * 1024**2),
        (512 * 1024**2, 256 * 1024**2),  # a tiny container: the floor
        (None, 8 * 1024**3),  # memory unknown (no sysconf): the fixed cap
    ],
)
def test_total_budget_is_a_share_of_the_machines_memory(monkeypatch, memory, budget):
    monkeypatch.setattr(_archive, "machine_memory", lambda: memory)
    assert nk.export.total_bytes_budget() == budget
    assert nk.export.total_bytes_budget(16 * 1024**3) == 4 * 1024**3


def test_a_container_limit_lowers_the_memory_figure(tmp_path, monkeypatch):
    limit = tmp_path / "memory.max"
    limit.write_text("1073741824\n")
    monkeypatch.setattr(_archive, "_CGROUP_LIMITS", (str(tmp_path / "absent"), str(limit)))
    assert _archive.machine_memory() == 1024**3  # under this machine's physical memory
    limit.write_text("max\n")  # no limit: the physical memory
    assert _archive.machine_memory() > 1024**3


def test_load_export_refuses_an_export_past_the_memory_budget(tmp_path, monkeypatch):
    path = tmp_path / "x.zip"
    _zip(path, {"Connections.csv": CONNECTIONS})
    # a machine whose quarter is smaller than the file (the floor lowered to show it)
    monkeypatch.setattr(_archive, "MIN_TOTAL_BYTES", 0)
    monkeypatch.setattr(_archive, "machine_memory", lambda: 2 * len(CONNECTIONS))
    with pytest.raises(nk.ArchiveError, match="a quarter of this machine's memory"):
        nk.load_export(path)
    monkeypatch.setattr(_archive, "machine_memory", lambda: 8 * len(CONNECTIONS))
    assert len(nk.load_export(path).connections) == 6
    # an explicit cap still wins over the machine's figure
    with pytest.raises(nk.ArchiveError, match="max_total_bytes"):
        nk.load_export(path, max_total_bytes=100)
