"""Hostile archives: every one ends in tables or a clear ExportError, and nothing is written.

Each zip is built here, in ``tmp_path``, with :mod:`zipfile` (see ``hostile_zips.py``); no
binary is committed. The loader runs with its working directory and ``tempfile`` pointed
into ``tmp_path``, so an extraction anywhere relative to either would show up in the tree
snapshot taken before and after.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

import pytest
from hostile_zips import (
    ENCRYPTED,
    PATCHED_DATA,
    STRONG_ENCRYPTION,
    UTF8_NAMES,
    check_error,
    load_or_error,
    minimal_members,
    patch_member,
    symlink_info,
    tree,
    write_bomb,
    write_zip,
)
from shared_once import once

import networkkit as nk

CONNECTIONS_HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _marker_csv(marker: str) -> bytes:
    """A valid Connections.csv whose only row carries ``marker`` as the last name."""
    row = f"Mallory,{marker},https://www.linkedin.com/in/mallory-x,,Evil Corp,Spy,01 Jan 2026\n"
    return CONNECTIONS_HEADER + row.encode()


def _without_connections() -> dict[str, bytes]:
    members = minimal_members()
    del members["Connections.csv"]
    return members


def _all_text(ex: nk.Export) -> str:
    """Every string cell of every table, joined (to look for a marker that must not be read)."""
    parts = []
    for name, df in ex.tables().items():
        for col in df.columns:
            parts.append(df[col].astype("string").fillna("").str.cat(sep="\n"))
        parts.append(name)
    for df in ex.extra.values():
        parts.append(df.astype("string").fillna("").to_csv())
    return "\n".join(parts)


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """Run the loader with cwd and tempfile inside ``tmp_path``; yield (input folder, root)."""
    cwd = tmp_path / "cwd" / "a" / "b" / "c"
    tmp = tmp_path / "tmp" / "a" / "b" / "c"
    inputs = tmp_path / "in"
    for folder in (cwd, tmp, inputs):
        folder.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))
    return inputs, tmp_path


def _load_without_writing(path: Path, root: Path):
    before = tree(root)
    result = load_or_error(path)
    after = tree(root)
    assert after == before, f"the loader wrote {sorted(set(after) ^ set(before))}"
    return result


def _assert_minimal_tables(result) -> None:
    assert isinstance(result, nk.Export), result
    assert len(result.connections) == 3  # Dana, Pat and one hidden member
    assert len(result.messages) == 2
    assert len(result.invitations) == 1
    assert result.owner.name == "Sam Member"


# ---------------------------------------------------------------------------------- controls


def test_clean_zip_reads_all_tables(sandbox):
    inputs, root = sandbox
    path = write_zip(inputs / "Basic_LinkedInDataExport_03-09-2026.zip", minimal_members())
    _assert_minimal_tables(_load_without_writing(path, root))


def test_rezipped_folder_one_level_down_reads(sandbox):
    inputs, root = sandbox
    folder = "Complete_LinkedInDataExport_03-09-2026"
    members = {f"{folder}/{name}": data for name, data in minimal_members().items()}
    path = write_zip(inputs / "export.zip", members)
    _assert_minimal_tables(_load_without_writing(path, root))


# ------------------------------------------------------------------------ unsafe member names

ESCAPES = {
    "dotdot": "../../../../escape-{token}/Connections.csv",
    "dotdot_inside_folder": "export/../../../../../escape-{token}/Connections.csv",
    "backslash_dotdot": "..\\..\\..\\..\\escape-{token}\\Connections.csv",
    "absolute": "/tmp/nk-absolute-{token}/Connections.csv",
    "drive_letter": "C:/Users/escape-{token}/Connections.csv",
}


@pytest.mark.parametrize("shape", sorted(ESCAPES))
def test_member_escaping_the_archive_is_never_read_nor_written(sandbox, shape):
    inputs, root = sandbox
    token = uuid.uuid4().hex[:12]
    name = ESCAPES[shape].format(token=token)
    members = [*_without_connections().items(), (name, _marker_csv(f"Escape{token}"))]
    path = write_zip(inputs / "export.zip", members)
    result = _load_without_writing(path, root)
    assert not Path(f"/tmp/nk-absolute-{token}").exists()
    assert not list(Path(tempfile.gettempdir()).parent.glob(f"*{token}*"))
    if isinstance(result, nk.Export):
        # an entry that climbs out of the archive is not part of the export: not read
        assert f"Escape{token}" not in _all_text(result)
        assert len(result.messages) == 2  # the safe members are still read


def test_symlink_member_is_not_followed(sandbox):
    inputs, root = sandbox
    secret = root / "secret" / "Connections.csv"
    secret.parent.mkdir()
    secret.write_bytes(_marker_csv("SecretTarget"))
    members = [*_without_connections().items(), (symlink_info("Connections.csv"), str(secret))]
    path = write_zip(inputs / "export.zip", members)
    result = _load_without_writing(path, root)
    assert isinstance(result, nk.Export), result  # the link is skipped, the rest is read
    text = _all_text(result)
    assert "SecretTarget" not in text
    assert len(result.connections) == 0  # neither the target nor the link's own bytes
    assert len(result.messages) == 2
    notes = result.parse_report.set_index("file")["notes"]
    assert "link" in str(notes.get("Connections.csv", "")), result.parse_report


def test_folder_symlink_leaving_the_export_is_not_followed(sandbox):
    inputs, root = sandbox
    secret = root / "secret" / "Connections.csv"
    secret.parent.mkdir()
    secret.write_bytes(_marker_csv("SecretTarget"))
    folder = inputs / "unpacked"
    folder.mkdir()
    for name, data in _without_connections().items():
        (folder / name).write_bytes(data)
    (folder / "Connections.csv").symlink_to(secret)
    result = _load_without_writing(folder, root)
    if isinstance(result, nk.Export):
        assert "SecretTarget" not in _all_text(result)
        assert len(result.messages) == 2


# ------------------------------------------------------------------------------ nested zips


def test_zip_inside_zip_ends_in_tables_or_error(sandbox):
    inputs, root = sandbox
    inner = write_zip(inputs / "inner.zip", minimal_members())
    path = write_zip(inputs / "outer.zip", {"Basic_LinkedInDataExport.zip": inner.read_bytes()})
    inner.unlink()
    result = _load_without_writing(path, root)
    _assert_minimal_tables(result)
    report = result.parse_report.set_index("file")["notes"]
    assert report["Basic_LinkedInDataExport.zip"] == "nested zip: read as the export"


def test_deeply_nested_zips_end_quickly(sandbox):
    inputs, root = sandbox
    payload = write_zip(inputs / "level.zip", minimal_members()).read_bytes()
    for depth in range(40):
        payload = write_zip(inputs / "level.zip", {f"level{depth}.zip": payload}).read_bytes()
    start = time.perf_counter()
    result = _load_without_writing(inputs / "level.zip", root)
    assert time.perf_counter() - start < 10
    # one level is read as the export; the next holds only another zip, so no export file
    assert type(result) is nk.NoLinkedInFilesError
    assert str(result) == (
        f"{inputs / 'level.zip'}: no LinkedIn export file found (such as Connections.csv or "
        "messages.csv); point at the export zip or its unpacked folder"
    )


# ------------------------------------------------------------------- encryption and methods

FLAGGED = {
    "encrypted": {"set_flags": ENCRYPTED},
    "strong_encryption": {"set_flags": STRONG_ENCRYPTION},
    "patched_data": {"set_flags": PATCHED_DATA},
    "aes_method_99": {"method": 99},
    "unknown_method_77": {"method": 77},
}

#: The one sentence each flagged Connections.csv ends in (a core table: never skipped).
_UNREADABLE = (
    "export.zip/Connections.csv: the entry cannot be read ({why}); export it again without a "
    "password"
)
FLAGGED_ERRORS = {
    "encrypted": "Connections.csv: the entry is encrypted; export the data again without a "
    "password",
    "strong_encryption": _UNREADABLE.format(why="strong encryption (flag bit 6)"),
    "patched_data": _UNREADABLE.format(why="compressed patched data (flag bit 5)"),
    "aes_method_99": _UNREADABLE.format(why="That compression method is not supported"),
    "unknown_method_77": _UNREADABLE.format(why="That compression method is not supported"),
}


@pytest.mark.parametrize("shape", sorted(FLAGGED))
def test_encrypted_or_unsupported_member_gives_tables_or_error(sandbox, shape):
    inputs, root = sandbox
    path = write_zip(inputs / "export.zip", minimal_members())
    patch_member(path, "Connections.csv", **FLAGGED[shape])
    result = _load_without_writing(path, root)
    assert type(result) is nk.ArchiveError
    assert str(result) == FLAGGED_ERRORS[shape]


def test_every_member_encrypted_is_an_error(sandbox):
    inputs, root = sandbox
    path = write_zip(inputs / "export.zip", minimal_members())
    for name in minimal_members():
        patch_member(path, name, set_flags=ENCRYPTED)
    result = _load_without_writing(path, root)
    assert type(result) is nk.ArchiveError
    assert str(result) == FLAGGED_ERRORS["encrypted"]


# --------------------------------------------------------------------------------- names


def test_duplicate_names_are_refused_or_reported(sandbox):
    inputs, root = sandbox
    members = [*minimal_members().items(), ("Connections.csv", _marker_csv("Duplicate"))]
    path = write_zip(inputs / "export.zip", members)
    result = _load_without_writing(path, root)
    # the first copy is read (Dana, Pat and a hidden member), never both, and the other noted
    _assert_minimal_tables(result)
    assert "Duplicate" not in set(result.connections["last_name"].dropna())
    notes = result.parse_report["notes"].astype("string").fillna("")
    assert (notes == "duplicate entry: the first one in the zip is used").sum() == 1


def test_non_utf8_name_without_flag_is_read(sandbox):
    inputs, root = sandbox
    path = write_zip(inputs / "export.zip", {**minimal_members(), "Notes_rXsumX.csv": b"a,b\n"})
    patch_member(path, "Notes_rXsumX.csv", new_name=b"Notes_r\x82sum\x82.csv")
    _assert_minimal_tables(_load_without_writing(path, root))


def test_undecodable_name_with_utf8_flag_is_an_archive_error(sandbox):
    inputs, root = sandbox
    path = write_zip(inputs / "export.zip", {**minimal_members(), "XXnnections.csv": b"a\n"})
    patch_member(path, "XXnnections.csv", new_name=b"\xff\xfennections.csv", set_flags=UTF8_NAMES)
    result = _load_without_writing(path, root)
    assert type(result) is nk.ArchiveError
    assert str(result) == (
        "export.zip: the file is not a readable zip ('utf-8' codec can't decode byte 0xff in "
        "position 0: invalid start byte); download the export again"
    )


# ------------------------------------------------------------------------- broken archives


def _truncated(inputs: Path) -> Path:
    path = write_zip(inputs / "export.zip", minimal_members())
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    return path


def _bad_crc(inputs: Path) -> Path:
    path = write_zip(inputs / "export.zip", minimal_members(), compression=zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    at = raw.find(b"Dana,Lee")
    raw[at : at + 4] = b"Dina"
    path.write_bytes(bytes(raw))
    return path


def _lying_sizes(inputs: Path) -> Path:
    """Connections.csv declares 100 bytes but inflates to 8 MiB: a header-only check passes."""
    path = write_bomb(inputs / "export.zip", megabytes=8, header=CONNECTIONS_HEADER, zip64=False)
    info = zipfile.ZipFile(path).getinfo("Connections.csv")
    if info.file_size >= 0xFFFFFFFF or info.compress_size >= 0xFFFFFFFF:
        pytest.skip("zip64 sizes")
    patch_member(path, "Connections.csv", sizes=(info.compress_size, 100))
    return path


def _raw(inputs: Path, data: bytes) -> Path:
    path = inputs / "export.zip"
    path.write_bytes(data)
    return path


BROKEN = {
    "empty_file": lambda inputs: _raw(inputs, b""),
    "not_a_zip": lambda inputs: _raw(inputs, os.urandom(4096)),
    "csv_named_zip": lambda inputs: _raw(inputs, _marker_csv("x")),
    "truncated": _truncated,
    "bad_crc": _bad_crc,
    "lying_sizes": _lying_sizes,
    "no_members": lambda inputs: write_zip(inputs / "export.zip", {}),
    "only_folders": lambda inputs: write_zip(inputs / "export.zip", {"Jobs/": b"", "Art/": b""}),
}


_NOT_A_ZIP = (
    nk.ArchiveError,
    "{path}: the file is named .zip but is not a readable zip (corrupt or truncated); "
    "download the export again",
)
_BAD_CRC = (
    nk.ArchiveError,
    "export.zip/Connections.csv: the zip entry is corrupt (Bad CRC-32 for file "
    "'Connections.csv'); download the export again",
)
_NO_EXPORT_FILE = (
    nk.NoLinkedInFilesError,
    "{path}: no LinkedIn export file found (such as Connections.csv or messages.csv); point "
    "at the export zip or its unpacked folder",
)
BROKEN_ERRORS = {
    "empty_file": _NOT_A_ZIP,
    "not_a_zip": _NOT_A_ZIP,
    "csv_named_zip": _NOT_A_ZIP,
    "truncated": _NOT_A_ZIP,
    "bad_crc": _BAD_CRC,
    "lying_sizes": _BAD_CRC,  # the bytes past the declared size fail the checksum
    "no_members": _NO_EXPORT_FILE,
    "only_folders": _NO_EXPORT_FILE,
}


@pytest.mark.parametrize("shape", sorted(BROKEN))
def test_broken_archive_is_a_clear_error(sandbox, shape):
    inputs, root = sandbox
    path = BROKEN[shape](inputs)
    result = _load_without_writing(path, root)
    kind, message = BROKEN_ERRORS[shape]
    assert type(result) is kind, f"{shape} was read as {result!r}"
    assert str(result) == message.format(path=path)


def test_many_tiny_members_end_quickly(sandbox):
    inputs, root = sandbox
    members = {**minimal_members(), **{f"Jobs/Saved Jobs_{i}.csv": b"" for i in range(10_000)}}
    path = write_zip(inputs / "export.zip", members)
    start = time.perf_counter()
    result = _load_without_writing(path, root)
    assert time.perf_counter() - start < 15
    if isinstance(result, nk.Export):
        assert len(result.connections) == 3


def test_folder_holding_two_zips_is_not_a_crash(sandbox):
    inputs, root = sandbox
    folder = inputs / "downloads"
    folder.mkdir()
    write_zip(folder / "Basic_LinkedInDataExport_03-09-2026.zip", minimal_members())
    write_zip(folder / "Complete_LinkedInDataExport_03-10-2026.zip", minimal_members())
    _load_without_writing(folder, root)


# ----------------------------------------------------------------------------- zip bombs

_MEASURE = r"""
import json, resource, sys
import networkkit as nk

def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

out = {}
nk.load_export(sys.argv[1])  # warm up: every lazy import done, caches filled
out["baseline"] = peak_mib()
for path in sys.argv[2:]:
    try:
        ex = nk.load_export(path)
        result = ["tables", len(ex.connections), len(ex.messages)]
    except nk.ExportError as err:
        result = [type(err).__name__, str(err)]
    except BaseException as err:  # reported, and the test fails on it
        result = ["CRASH " + type(err).__name__, repr(err)[:300]]
    out[path] = {"result": result, "peak": peak_mib()}
print(json.dumps(out))
"""

#: Inflated size of each bomb (MiB). A reader that holds one member in memory grows by this.
BOMB_MIB = 200
#: Growth allowed over the warmed-up baseline (MiB).
MEMORY_BUDGET_MIB = 80


def _measure_bombs(root: Path):
    """Build the bombs and load them all in one child process, measuring its peak RSS."""
    clean = write_zip(root / "clean.zip", minimal_members())
    paths = {
        "connections": write_bomb(root / "connections.zip", megabytes=BOMB_MIB),
        "messages_after_header": write_bomb(
            root / "messages.zip",
            name="messages.csv",
            megabytes=BOMB_MIB,
            header=minimal_members()["messages.csv"],
        ),
        "unrecognised_member": write_bomb(root / "rich.zip", name="Rich_Media.csv"),
    }
    nested = root / "nested.zip"
    write_zip(nested, {"Basic_LinkedInDataExport.zip": paths["connections"].read_bytes()})
    paths["nested"] = nested
    holder = root / "holder"
    holder.mkdir()
    write_bomb(holder / "Basic_LinkedInDataExport_03-09-2026.zip", megabytes=BOMB_MIB)
    paths["folder_holding_bomb"] = holder
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(clean), *map(str, paths.values())],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
    )
    elapsed = time.perf_counter() - start
    assert run.returncode == 0, run.stderr[-2000:]
    measured = json.loads(run.stdout.strip().splitlines()[-1])
    for p in paths.values():  # keep the shared folder small
        if p.is_file():
            p.unlink()
    return {name: measured[str(p)] for name, p in paths.items()}, measured["baseline"], elapsed


@pytest.fixture(scope="module")
def bombs(tmp_path_factory):
    """The bombs' outcomes, peak RSS and time, measured once for all xdist workers."""
    return once(tmp_path_factory, "bombs", _measure_bombs)


@pytest.mark.parametrize(
    "shape", ["connections", "messages_after_header", "nested", "folder_holding_bomb"]
)
def test_bomb_in_a_read_member_is_refused(bombs, shape):
    results, _, _ = bombs
    kind, *detail = results[shape]["result"]
    member = {
        "connections": "connections.zip/Connections.csv",
        "messages_after_header": "messages.zip/messages.csv",
        "nested": "nested.zip/Basic_LinkedInDataExport.zip/Connections.csv",
        "folder_holding_bomb": "Basic_LinkedInDataExport_03-09-2026.zip/Connections.csv",
    }[shape]
    assert [kind, *detail] == [
        "ArchiveError",
        f"{member}: the entry expands more than 250 times its compressed size "
        "(MAX_RATIO / max_ratio); it looks like a zip bomb",
    ]


def test_bomb_in_an_unrecognised_member_is_harmless(bombs):
    results, _, _ = bombs
    kind, *detail = results["unrecognised_member"]["result"]
    assert not kind.startswith("CRASH"), detail
    if kind == "tables":
        assert detail == [3, 2]


def test_bombs_do_not_grow_memory_and_end_quickly(bombs):
    results, baseline, elapsed = bombs
    peak = max(r["peak"] for r in results.values())
    assert peak - baseline < MEMORY_BUDGET_MIB, f"peak {peak:.0f} MiB over {baseline:.0f} MiB"
    assert elapsed < 60


def test_refusal_names_the_member_and_the_limit(bombs):
    results, _, _ = bombs
    _, message = results["connections"]["result"]
    assert "Connections.csv" in message
    assert any(word in message.lower() for word in ("ratio", "limit", "compress", "large"))
    assert "\n" not in message.strip()


def test_error_from_the_loader_is_a_sentence(sandbox):
    inputs, _ = sandbox
    path = inputs / "export.zip"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(nk.ExportError) as info:
        nk.load_export(path)
    check_error(info.value)
    assert "export.zip" in str(info.value)


def _noisy_connections(rows: int, seed: int) -> bytes:
    """A Connections.csv of ``rows`` pseudo-random rows: compresses only about 2:1, like data."""
    import numpy as np

    rng = np.random.default_rng(seed)
    digits = rng.integers(10**11, 10**12, size=(rows, 2)).astype(str)
    body = "\n".join(f"N{a},K{b},,,Co{a[:4]},Pos{b[:3]},09 Mar 2026" for a, b in digits)
    return CONNECTIONS_HEADER + body.encode()


def test_size_cap_refuses_a_big_plain_member_while_streaming(sandbox):
    import tracemalloc

    inputs, _ = sandbox
    big = _noisy_connections(140_000, seed=7)  # about 6.5 MiB, honest ratio
    assert len(big) > 6 * 2**20
    size = len(big)
    path = write_zip(inputs / "export.zip", {**minimal_members(), "Connections.csv": big})
    del big
    tracemalloc.start()
    try:
        with pytest.raises(nk.ArchiveError) as info:
            nk.load_export(path, max_member_bytes=2 * 2**20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    check_error(info.value)
    assert type(info.value) is nk.ArchiveError
    assert str(info.value) == (
        f"export.zip/Connections.csv: the entry declares {size:,} bytes, beyond the cap of "
        "2,097,152 (MAX_MEMBER_BYTES / max_member_bytes)"
    )
    assert peak < 5 * 2**20, f"{peak / 2**20:.1f} MiB held before refusing"


def test_total_cap_counts_every_member(sandbox):
    inputs, _ = sandbox
    members = {
        **minimal_members(),
        "Connections.csv": _noisy_connections(40_000, seed=1),  # about 1.9 MiB each
        "Rich_Media.csv": _noisy_connections(40_000, seed=2),
    }
    path = write_zip(inputs / "export.zip", members)
    assert isinstance(load_or_error(path), nk.Export)  # under the default caps: fine
    with pytest.raises(nk.ArchiveError) as info:
        nk.load_export(path, max_total_bytes=3 * 2**20)
    check_error(info.value)
    # Connections.csv fits; Rich_Media.csv, read next, passes the total while it streams
    assert type(info.value) is nk.ArchiveError
    assert str(info.value) == (
        "export.zip/Rich_Media.csv: the export expands to more than 3,145,728 bytes, beyond the "
        "cap (a quarter of this machine's memory, at most MAX_TOTAL_BYTES; max_total_bytes); "
        "it may be a zip bomb"
    )
