"""Build hostile and broken zip archives at test time (no binary file is ever committed).

Every builder writes with :mod:`zipfile` and, where the standard writer refuses to produce the
hostile shape (encrypted flag, undecodable names, lying sizes), patches the header bytes by
hand. The byte offsets are those of the PKWARE APPNOTE (sections 4.3.7 and 4.3.12).
"""

from __future__ import annotations

import struct
import warnings
import zipfile
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MINIMAL = FIXTURES / "hostile" / "minimal"

LOCAL_SIG = b"PK\x03\x04"
CENTRAL_SIG = b"PK\x01\x02"

#: General purpose flag bits (APPNOTE 4.4.4).
ENCRYPTED = 0x0001
PATCHED_DATA = 0x0020
STRONG_ENCRYPTION = 0x0040
UTF8_NAMES = 0x0800


def minimal_members() -> dict[str, bytes]:
    """Return the clean minimal export (tests/fixtures/hostile/minimal) as name → bytes."""
    return {p.name: p.read_bytes() for p in sorted(MINIMAL.iterdir())}


def write_zip(path: Path, members, *, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    """Write ``members`` (iterable of (name or ZipInfo, bytes)) to ``path``; duplicates allowed."""
    if isinstance(members, dict):
        members = members.items()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of one test
        with zipfile.ZipFile(path, "w", compression) as zf:
            for name, data in members:
                zf.writestr(name, data, compress_type=compression)
    return path


def _central_entries(raw: bytes):
    """Yield (offset, name_bytes) of each central directory header in ``raw``."""
    start = 0
    while True:
        at = raw.find(CENTRAL_SIG, start)
        if at < 0:
            return
        name_len = struct.unpack_from("<H", raw, at + 28)[0]
        yield at, raw[at + 46 : at + 46 + name_len]
        start = at + 4


def _local_offset(raw: bytes, name: bytes) -> int:
    start = 0
    while True:
        at = raw.find(LOCAL_SIG, start)
        if at < 0:
            raise LookupError(name)
        name_len = struct.unpack_from("<H", raw, at + 26)[0]
        if raw[at + 30 : at + 30 + name_len] == name:
            return at
        start = at + 4


def patch_member(
    path: Path,
    name: str,
    *,
    set_flags: int = 0,
    new_name: bytes | None = None,
    sizes: tuple[int, int] | None = None,
    method: int | None = None,
) -> Path:
    """Patch one member's local and central headers in place.

    ``set_flags`` ORs general-purpose flag bits (e.g. :data:`ENCRYPTED`); ``new_name`` replaces
    the stored name bytes (same length only); ``sizes`` overwrites (compressed, uncompressed)
    sizes; ``method`` overwrites the compression method.
    """
    raw = bytearray(path.read_bytes())
    old = name.encode("utf-8")
    if new_name is not None and len(new_name) != len(old):
        raise ValueError("new_name must keep the length of the old one")
    local = _local_offset(bytes(raw), old)
    central = [at for at, stored in _central_entries(bytes(raw)) if stored == old]
    assert central, f"{name} not in the central directory"
    # local header: flags @6, method @8, compressed size @18, size @22, name @30
    # central header: flags @8, method @10, compressed size @20, size @24, name @46
    for at, flag_at, method_at, size_at, name_at in [(local, 6, 8, 18, 30)] + [
        (c, 8, 10, 20, 46) for c in central
    ]:
        flags = struct.unpack_from("<H", raw, at + flag_at)[0]
        struct.pack_into("<H", raw, at + flag_at, flags | set_flags)
        if method is not None:
            struct.pack_into("<H", raw, at + method_at, method)
        if sizes is not None:
            struct.pack_into("<II", raw, at + size_at, *sizes)
        if new_name is not None:
            raw[at + name_at : at + name_at + len(old)] = new_name
    path.write_bytes(bytes(raw))
    return path


def symlink_info(name: str) -> zipfile.ZipInfo:
    """Return a ZipInfo marking ``name`` as a Unix symbolic link (its data is the target)."""
    info = zipfile.ZipInfo(name, date_time=(2026, 3, 9, 12, 0, 0))
    info.create_system = 3  # Unix
    info.external_attr = (0o120777 << 16) | 0x20
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def write_bomb(
    path: Path,
    *,
    name: str = "Connections.csv",
    megabytes: int = 200,
    header: bytes = b"",
    zip64: bool = True,
) -> Path:
    """Write a zip whose one member inflates to ``megabytes`` MiB of zeros (ratio about 1000:1).

    The member is streamed through the compressor chunk by chunk, so building it costs about
    0.2 s and a few MiB, whatever its inflated size.
    """
    info = zipfile.ZipInfo(name, date_time=(2026, 3, 9, 12, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w") as zf:
        for member, data in minimal_members().items():
            if member != name:
                zf.writestr(member, data, compress_type=zipfile.ZIP_DEFLATED)
        with zf.open(info, "w", force_zip64=zip64) as out:
            out.write(header)
            for _ in range(megabytes):
                out.write(chunk)
    return path


def tree(root: Path) -> dict[str, bytes | None]:
    """Snapshot every path under ``root``: file → its bytes, folder or link → None."""
    snap: dict[str, bytes | None] = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        snap[rel] = p.read_bytes() if p.is_file() and not p.is_symlink() else None
    return snap


def load_or_error(path: Path):
    """Load ``path``; return the Export, or the ExportError it raised (anything else fails).

    A returned Export has every canonical table with exactly its canonical columns; a
    returned error reads as one sentence naming the input, with no traceback in it.
    """
    import networkkit as nk
    from networkkit.export._model import TABLE_NAMES
    from networkkit.export._schema import TABLES

    try:
        ex = nk.load_export(path)
    except nk.ExportError as err:
        check_error(err)
        return err
    assert isinstance(ex, nk.Export)
    for table in (*TABLE_NAMES, "parse_report"):
        df = getattr(ex, table)
        assert list(df.columns) == list(TABLES[table]), table
    return ex


def check_error(err: Exception) -> None:
    """Assert ``err`` is a user-facing ExportError: one line, no traceback, names a file."""
    import networkkit as nk

    assert isinstance(err, nk.ExportError), type(err)
    text = str(err)
    assert text.strip(), "empty error message"
    assert "\n" not in text.strip(), f"error is not one line: {text!r}"
    assert "Traceback" not in text
    assert err.file, f"error names no file: {text!r}"
