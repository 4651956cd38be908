r"""Open an export safely: a zip, a folder, a folder holding one zip, or a single CSV file.

Nothing is ever extracted to disk: zip members are streamed into memory, one at a time and
only when a reader asks for them, under the size caps below.

Safety rules
------------
- Member names that are absolute (``/etc/x``, ``C:\\x``) or climb out (``../x``) are ignored,
  with a note in the parse report (they are never needed and never written anywhere).
- Symbolic links in a folder are followed only when they point inside the folder; symbolic
  links stored in a zip are never read (their data is a path), with a note.
- A zip inside the zip is read when it is the archive's only content (LinkedIn's zip
  re-zipped); otherwise it is listed with a note and not opened.
- Encrypted members raise :class:`~networkkit.errors.ArchiveError` naming the entry when the
  file is needed, and are skipped with a note otherwise.
- Duplicate member names: the first entry in the zip's directory is used; later ones are
  noted and ignored.
- Member names stored without the UTF-8 flag are re-decoded from cp437 to UTF-8 where that
  round-trips; otherwise the cp437 reading is kept and noted.
- Zip bombs: while a member streams, reading stops with an ArchiveError as soon as it passes
  :data:`MAX_MEMBER_BYTES`, the whole read passes the total budget (:func:`total_bytes_budget`:
  a quarter of the machine's memory, at most :data:`MAX_TOTAL_BYTES`), or, beyond the first
  :data:`RATIO_GRACE_BYTES`, its size passes :data:`MAX_RATIO` times its compressed size.
"""

from __future__ import annotations

import contextlib
import io
import mmap
import os
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from networkkit.errors import ArchiveError

__all__ = [
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "Member",
    "Source",
    "open_source",
    "total_bytes_budget",
]

#: Largest uncompressed size accepted for one file (bytes).
MAX_MEMBER_BYTES: int = 4 * 1024**3
#: Largest uncompressed size ever accepted for all files read from one export (bytes): the
#: cap of :func:`total_bytes_budget`, which is smaller on a machine with less than 32 GiB.
MAX_TOTAL_BYTES: int = 8 * 1024**3
#: The share of the machine's memory the files read from one export may expand to. The tables
#: kept hold about as many bytes as the text they were read from, beside the member being
#: parsed and the report's own frames: a quarter leaves room for both.
MEMORY_SHARE: float = 0.25
#: The budget never goes below this (a container reporting very little memory still reads
#: an ordinary export).
MIN_TOTAL_BYTES: int = 256 * 1024**2
_CGROUP_LIMITS = ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes")
#: Largest accepted ratio of a zip member's uncompressed to compressed size. Text CSVs
#: compress 5-30x; deflate's ceiling is about 1030x, which only crafted data reaches.
MAX_RATIO: float = 250.0
#: The ratio cap applies once a member has produced this many bytes (tiny files can have
#: huge ratios legitimately, e.g. a header-only file).
RATIO_GRACE_BYTES: int = 1024**2


def machine_memory() -> int | None:
    """Return the bytes of memory this process may use: the machine's, or its container's.

    The physical memory (``os.sysconf``), lowered to the cgroup's limit when the process runs
    in a container that has one; None where neither can be read (e.g. Windows).
    """
    sizes = []
    with contextlib.suppress(AttributeError, OSError, ValueError):  # no sysconf (Windows)
        sizes.append(os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE"))
    for path in _CGROUP_LIMITS:
        try:
            text = Path(path).read_text().strip()
        except OSError:
            continue
        if text.isdigit():  # "max" means no limit; v1 writes a huge number instead
            sizes.append(int(text))
    sizes = [n for n in sizes if n > 0]
    return min(sizes) if sizes else None


def total_bytes_budget(memory: int | None = None) -> int:
    """Return how many bytes the files read from one export may expand to in all.

    Parameters
    ----------
    memory : int, optional
        The memory to size the budget by; default :func:`machine_memory`.

    Returns
    -------
    int
        :data:`MEMORY_SHARE` (a quarter) of the memory, at least :data:`MIN_TOTAL_BYTES`
        (256 MiB) and at most :data:`MAX_TOTAL_BYTES` (8 GiB, reached from 32 GiB of
        memory); :data:`MAX_TOTAL_BYTES` when the memory cannot be read.

    Examples
    --------
    >>> total_bytes_budget(16 * 1024**3) == 4 * 1024**3
    True
    """
    memory = machine_memory() if memory is None else memory
    if not memory:
        return MAX_TOTAL_BYTES
    return int(min(MAX_TOTAL_BYTES, max(MIN_TOTAL_BYTES, memory * MEMORY_SHARE)))


_CHUNK = 1 << 20
_MMAP_FROM = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass
class Member:
    """One file of the export: its name and a way to read its bytes (lazily)."""

    name: str
    read: Callable[[], bytes | bytearray | mmap.mmap]
    encrypted: bool = False
    #: Its size once decompressed, as the zip's directory or the file system states it
    #: (a zip may lie: reading still stops at the caps while it streams).
    size: int | None = None


@dataclass
class Source:
    """What an input path holds: its files, notes about the archive, and its names."""

    members: list[Member] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


class _Budget:
    """Running total of bytes read across the export."""

    def __init__(self, max_total: int) -> None:
        self.max_total = max_total
        self.used = 0

    def take(self, n: int, name: str) -> None:
        self.used += n
        if self.used > self.max_total:
            raise ArchiveError(
                f"the export expands to more than {self.max_total:,} bytes, beyond the "
                "cap (a quarter of this machine's memory, at most MAX_TOTAL_BYTES; "
                "max_total_bytes); it may be a zip bomb",
                file=name,
            )


def _safe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        return False
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return ".." not in parts


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    """Return whether a member is a Unix symbolic link (its data is a path, not a file)."""
    return info.create_system == 3 and (info.external_attr >> 16) & 0o170000 == 0o120000


def _is_metadata(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return parts[0] == "__MACOSX" or parts[-1].startswith("._") or parts[-1] == ".DS_Store"


def _fix_name(info: zipfile.ZipInfo) -> tuple[str, bool]:
    """Return the member's name, re-decoding cp437 names that are really UTF-8."""
    if info.flag_bits & 0x800:
        return info.filename, True
    try:
        return info.filename.encode("cp437").decode("utf-8"), True
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename, False


def _stream(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    label: str,
    budget: _Budget,
    max_member: int,
    max_ratio: float,
) -> bytearray:
    """Read one member into memory, enforcing the caps while it streams."""
    if info.file_size > max_member:
        raise ArchiveError(
            f"the entry declares {info.file_size:,} bytes, beyond the cap of {max_member:,} "
            "(MAX_MEMBER_BYTES / max_member_bytes)",
            file=label,
        )
    out = bytearray()
    compressed = max(info.compress_size, 1)
    try:
        with zf.open(info) as fh:
            while True:
                chunk = fh.read(_CHUNK)
                if not chunk:
                    break
                out += chunk
                budget.take(len(chunk), label)
                if len(out) > max_member:
                    raise ArchiveError(
                        f"the entry expands beyond the cap of {max_member:,} bytes "
                        "(MAX_MEMBER_BYTES / max_member_bytes); it may be a zip bomb",
                        file=label,
                    )
                if len(out) > RATIO_GRACE_BYTES and len(out) / compressed > max_ratio:
                    raise ArchiveError(
                        f"the entry expands more than {max_ratio:g} times its compressed size "
                        "(MAX_RATIO / max_ratio); it looks like a zip bomb",
                        file=label,
                    )
    except ArchiveError:
        raise
    except RuntimeError as exc:  # encrypted entries, password required
        raise ArchiveError(
            f"the entry cannot be read ({exc}); export it again without a password",
            file=label,
        ) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise ArchiveError(
            f"the zip entry is corrupt ({exc}); download the export again", file=label
        ) from exc
    return out


def _open_zip(
    data_or_path: bytes | Path,
    label: str,
    budget: _Budget,
    max_member: int,
    max_ratio: float,
    depth: int = 0,
) -> Source:
    source = Source(names=[label])
    try:
        zf = zipfile.ZipFile(
            io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path
        )
        infos = zf.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise ArchiveError(
            f"the file is not a readable zip ({exc}); download the export again", file=label
        ) from exc
    seen: set[str] = set()
    kept: list[tuple[str, zipfile.ZipInfo]] = []
    for info in infos:
        if info.is_dir():
            continue
        name, clean = _fix_name(info)
        if not _safe_name(name):
            source.notes.append((name, "unsafe path (absolute or '..'): ignored"))
            continue
        if _is_symlink(info):
            source.notes.append((name, "symbolic link: not read"))
            continue
        if _is_metadata(name):
            continue
        if not clean:
            source.notes.append((name, "member name is not UTF-8: read as cp437"))
        key = name.replace("\\", "/").lower()
        if key in seen:
            source.notes.append((name, "duplicate entry: the first one in the zip is used"))
            continue
        seen.add(key)
        kept.append((name, info))

    if len(kept) == 1 and kept[0][0].lower().endswith(".zip") and depth < 2:
        name, info = kept[0]
        inner_label = f"{label}/{name}"
        if info.flag_bits & 0x1:
            raise ArchiveError("the nested zip is encrypted and cannot be read", file=inner_label)
        inner = bytes(_stream(zf, info, inner_label, budget, max_member, max_ratio))
        nested = _open_zip(inner, inner_label, budget, max_member, max_ratio, depth + 1)
        nested.names = [label, name, *nested.names[1:]]
        nested.notes.insert(0, (name, "nested zip: read as the export"))
        return nested

    for name, info in kept:
        if name.lower().endswith(".zip"):
            source.notes.append((name, "nested zip beside other files: not read"))
            continue
        source.members.append(
            Member(
                name=name,
                read=lambda info=info, name=name: _stream(
                    zf, info, f"{label}/{name}", budget, max_member, max_ratio
                ),
                encrypted=bool(info.flag_bits & 0x1),
                size=int(info.file_size),
            )
        )
    return source


class _Mapped(mmap.mmap):
    """A read-only map of a file that remembers the file's path.

    The CSV reader reads a large file through its own handle from that path (its pages then
    pass through the reader's blocks instead of staying resident through the map); the map
    serves the header search and the rare re-read of an error path.
    """

    path: str = ""
    #: ``(device, inode, size)`` of the file mapped: a reader that opens ``path`` again reads
    #: it only if it is still that file (not one put in its place since).
    identity: tuple[int, int, int] = (0, 0, 0)


def _read_file(path: Path, label: str, budget: _Budget, max_member: int) -> bytes | mmap.mmap:
    try:
        size = path.stat().st_size
        if size > max_member:
            raise ArchiveError(
                f"the file has {size:,} bytes, beyond the cap of {max_member:,} "
                "(MAX_MEMBER_BYTES / max_member_bytes)",
                file=label,
            )
        if size >= _MMAP_FROM:
            # map big files instead of copying them: the CSV reader parses straight from the
            # page cache (read-only, released when the last reference goes)
            with path.open("rb") as fh:
                data = _Mapped(fh.fileno(), 0, access=mmap.ACCESS_READ)
                data.path = os.fspath(path)
                st = os.fstat(fh.fileno())
                data.identity = (st.st_dev, st.st_ino, len(data))
        else:
            data = path.read_bytes()
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise ArchiveError(f"the file cannot be read ({reason})", file=label) from exc
    budget.take(len(data), label)
    return data


def _open_folder(
    root: Path, budget: _Budget, max_member: int, max_ratio: float, is_export
) -> Source:
    real_root = Path(os.path.realpath(root))
    source = Source(names=[root.name])
    files: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for d in list(dirnames):
            full = Path(dirpath) / d
            if full.is_symlink():
                target = Path(os.path.realpath(full))
                rel = full.relative_to(root).as_posix()
                if target != real_root and real_root not in target.parents:
                    source.notes.append((rel, "symbolic link out of the folder: not followed"))
                else:
                    source.notes.append((rel, "symbolic link to a folder: not followed"))
        for f in sorted(filenames):
            full = Path(dirpath) / f
            rel = full.relative_to(root).as_posix()
            if _is_metadata(rel):
                continue
            if full.is_symlink():
                target = Path(os.path.realpath(full))
                if real_root not in target.parents:
                    source.notes.append((rel, "symbolic link out of the folder: not followed"))
                    continue
            if not full.is_file():
                continue
            files.append((rel, full))
    zips = [(rel, p) for rel, p in files if rel.lower().endswith(".zip")]
    if zips and not any(is_export(rel) for rel, _ in files):
        if len(zips) > 1:
            raise ArchiveError(
                f"the folder holds {len(zips)} zips and no export files; point at one zip",
                file=str(root),
            )
        rel, p = zips[0]
        inner = _open_zip(p, rel, budget, max_member, max_ratio)
        inner.names = [root.name, *inner.names]
        inner.notes.insert(0, (rel, "the folder's zip read as the export"))
        return inner
    for rel, p in files:
        if rel.lower().endswith(".zip"):
            source.notes.append((rel, "zip beside export files: not read"))
            continue
        source.members.append(
            Member(
                name=rel,
                read=lambda p=p, rel=rel: _read_file(p, rel, budget, max_member),
                size=p.stat().st_size,
            )
        )
    return source


def open_source(
    path: str | os.PathLike,
    *,
    is_export: Callable[[str], bool],
    max_member_bytes: int = MAX_MEMBER_BYTES,
    max_total_bytes: int | None = None,
    max_ratio: float = MAX_RATIO,
) -> Source:
    """List the files an input path holds, without reading them yet.

    Parameters
    ----------
    path : str or os.PathLike
        A zip, a folder (unpacked export, or holding one zip), or a single CSV file.
    is_export : callable
        Tells whether a member name is a recognised export file (decides whether a folder
        holding a zip is the export itself or just a folder with a zip in it).
    max_member_bytes, max_total_bytes, max_ratio
        The caps described in this module's docstring; ``max_total_bytes`` None is
        :func:`total_bytes_budget` (sized by this machine's memory).

    Returns
    -------
    Source
        The members (read lazily), notes about skipped entries, and the names (archive,
        nested zip) from which the export date may be read.
    """
    p = Path(path)
    budget = _Budget(total_bytes_budget() if max_total_bytes is None else max_total_bytes)
    if p.is_dir():
        return _open_folder(p, budget, max_member_bytes, max_ratio, is_export)
    if not p.exists():
        raise ArchiveError("no such file or folder; check the path", file=str(p))
    if not p.is_file():
        raise ArchiveError("not a zip, a folder or a CSV file", file=str(p))
    try:
        is_zip = zipfile.is_zipfile(p)
    except OSError as exc:
        raise ArchiveError(f"the file cannot be read ({exc.strerror})", file=str(p)) from exc
    if is_zip:
        return _open_zip(p, p.name, budget, max_member_bytes, max_ratio)
    if p.suffix.lower() == ".zip":
        raise ArchiveError(
            "the file is named .zip but is not a readable zip (corrupt or truncated); "
            "download the export again",
            file=str(p),
        )
    if p.suffix.lower() in {".csv", ".tsv", ".txt"}:
        src = Source(names=[p.name])
        src.members.append(
            Member(name=p.name, read=lambda: _read_file(p, p.name, budget, max_member_bytes))
        )
        return src
    raise ArchiveError(
        "not a zip, a folder or a CSV file; point at the LinkedIn export zip or its folder",
        file=str(p),
    )
