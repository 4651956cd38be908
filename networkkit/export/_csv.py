"""Bytes → columns of strings: decoding, dialect, header search, CSV reading.

Every file is read by :func:`pyarrow.csv.read_csv` (every column a ``large_string``, RFC 4180
quoting with newlines inside quoted fields, blocks of 4 MiB parsed on all cores). A big file
in a folder is read through its own file handle from the first byte after its header, so its
pages are read once into blocks that are freed as they are parsed, rather than mapped into
the process whole. Files pyarrow rejects are re-read with Python's :mod:`csv` module, which
either reads them or names the line that cannot be read.

Every reader gives ``large_string`` columns (the storage of pandas' ``string[pyarrow]``, so
the tables reach pandas without a cast), empty fields missing.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from networkkit.errors import DecodeError, LayoutError
from networkkit.export._keys import STR, whole

__all__ = ["RawTable", "norm", "read_table", "repair_mojibake"]

_HEAD_BYTES = 1 << 16
#: Bodies of at least this many bytes are read from their file (folders) and checked for
#: mojibake column by column, not by a scan of the whole body.
_LARGE_FROM = 1 << 20
#: Bytes per block of pyarrow's CSV reader: blocks are parsed in parallel, and each column
#: of the table read has one chunk per block.
_BLOCK_BYTES = 4 << 20
_HEAD_LINES = 60
_DELIMITERS = (",", "\t", ";")
_NO_CONVERSATIONS = re.compile(r"^\s*no conversations found\.?\s*$", re.IGNORECASE)


def norm(header: str) -> str:
    """Normalise a header name for matching: lower-case letters and digits only."""
    return re.sub(r"[^0-9a-z]", "", header.lower())


@dataclass
class RawTable:
    """A file read as strings: original headers and one string array per column."""

    file: str
    headers: list[str] = field(default_factory=list)
    columns: dict[str, pa.ChunkedArray] = field(default_factory=dict)
    rows: int = 0
    skipped: int = 0
    notes: list[str] = field(default_factory=list)
    header_line: int = 0
    delimiter: str = ","
    preamble: bool = False
    resaved: bool = False
    empty_reason: str | None = None
    mojibake_suspect: bool = False
    _reload: Callable[[], bytes] | None = None
    _offset: int = 0

    def line_of_row(self, row: int) -> int | None:
        """Return the 1-based line in the file where data row ``row`` (0-based) starts.

        Only called on the error path: the file's bytes are read and decoded again rather
        than kept in memory while the tables are built.
        """
        if self._reload is None:
            return None
        buf, _ = _decode(self._reload(), self.file)
        text = buf.slice(self._offset).to_pybytes().decode("utf-8", errors="replace")
        reader = csv.reader(_lines(text), delimiter=self.delimiter)
        start = 1
        k = -1
        for fields in reader:
            if not fields or (len(fields) == 1 and fields[0].strip() == ""):
                start = reader.line_num + 1
                continue
            k += 1
            if k == row:
                return self.header_line + start
            start = reader.line_num + 1
        return None

    def row_lines(self) -> list[int]:
        """Return the 1-based line where each data row starts, in one pass over the file.

        For small files read whole (a member's own annotations); large tables name a line
        only on the error path, with :meth:`line_of_row`.
        """
        if self._reload is None:
            return []
        buf, _ = _decode(self._reload(), self.file)
        text = buf.slice(self._offset).to_pybytes().decode("utf-8", errors="replace")
        reader = csv.reader(_lines(text), delimiter=self.delimiter)
        lines, start = [], 1
        for fields in reader:
            if fields and not (len(fields) == 1 and fields[0].strip() == ""):
                lines.append(self.header_line + start)
            start = reader.line_num + 1
        return lines


def _lines(text: str) -> io.StringIO:
    """Iterate lines the way CSV counts them: only CR, LF and CRLF end a line."""
    return io.StringIO(text, newline="")


# --------------------------------------------------------------------------- decoding


def _line_at(data: bytes, pos: int, width: int = 1) -> int:
    """1-based line number of byte ``pos`` in ``data`` whose code units are ``width`` bytes."""
    if width == 2:
        return data[:pos].count(b"\n\x00") + 1
    return data[:pos].count(b"\n") + 1


def _decode(data: Any, file: str) -> tuple[pa.Buffer, str]:
    """Return UTF-8 bytes (without BOM) as a pyarrow buffer, and the encoding found.

    ``data`` is any bytes-like object (bytes, bytearray, mmap); UTF-8 input is not copied.
    """
    head = bytes(data[:4096])
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = bytes(data)
        enc = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        try:
            text = data[2:].decode(enc)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"the file starts with a UTF-16 mark but holds bytes that are not UTF-16 "
                f"(at byte {exc.start + 2}); export it again or save it as UTF-8",
                file=file,
                line=_line_at(data[2:], exc.start, 2),
            ) from exc
        return pa.py_buffer(text.encode("utf-8")), "utf-16"
    if head.startswith(b"\xef\xbb\xbf"):
        return pa.py_buffer(data).slice(3), "utf-8-sig"
    if len(head) >= 4 and head.count(b"\x00") >= len(head) // 4:
        data = bytes(data)
        # UTF-16 without a byte order mark: ASCII text has every other byte zero.
        enc = "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
        try:
            return pa.py_buffer(data.decode(enc).encode("utf-8")), "utf-16"
        except UnicodeDecodeError as exc:
            raise DecodeError(
                "the file looks like UTF-16 but cannot be decoded; save it as UTF-8",
                file=file,
                line=_line_at(data, exc.start, 2),
            ) from exc
    return pa.py_buffer(data), "utf-8"


def _check_utf8(body: bytes, file: str, first_line: int) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"the file holds bytes that are not UTF-8 (byte 0x{body[exc.start]:02x}); "
            "re-save it as 'CSV UTF-8' or download the export again",
            file=file,
            line=first_line + _line_at(body, exc.start) - 1,
        ) from exc


# --------------------------------------------------------------------------- header


def _split_header(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter))
    except (csv.Error, StopIteration):
        return []


def _find_header(
    head: bytes, file: str, match: Callable[[list[str]], bool] | None
) -> tuple[int, int, list[str], str] | None:
    """Find the header line: (line index, byte offset after it, fields, delimiter)."""
    offset = 0
    lines = head.split(b"\n")
    for i, raw in enumerate(lines[:_HEAD_LINES]):
        end = offset + len(raw) + 1
        is_last = i == len(lines) - 1
        text = raw.rstrip(b"\r").decode("utf-8", errors="replace")
        if text.strip():
            best: tuple[int, list[str], str] | None = None
            for d in _DELIMITERS:
                fields = _split_header(text, d)
                if match is None:
                    if best is None or len(fields) > best[0]:
                        best = (len(fields), fields, d)
                elif match([norm(f) for f in fields]):
                    return i, min(end, len(head)) if not is_last else len(head), fields, d
            if match is None and best is not None:
                return i, min(end, len(head)), best[1], best[2]
        offset = end
    return None


# --------------------------------------------------------------------------- reading


def _body_source(data: Any, body: pa.Buffer, offset: int | None) -> pa.NativeFile:
    """Return a stream of the body: its file from byte ``offset`` for a large folder file.

    ``data`` is a map of a folder's file (it has a ``path``) or bytes; ``offset`` is ``None``
    when the body is not the file's bytes (decoded UTF-16), and the buffer is read then.

    Reading a mapped file through the map would make every page of it resident in this
    process until the map is closed (about the file's size on top of the tables); read
    through a file handle, pages pass through blocks that are freed once parsed.
    """
    path = getattr(data, "path", None)
    if path and offset is not None and body.size >= _LARGE_FROM:
        try:
            handle = pa.OSFile(path)
        except OSError:
            return pa.BufferReader(body)
        st = os.fstat(handle.fileno())
        if (st.st_dev, st.st_ino, st.st_size) == getattr(data, "identity", None):
            handle.seek(offset)
            return handle
        # the path names another file now (replaced, or grown since it was mapped): the map
        # holds the file that was checked, so it is what is read
        handle.close()
    return pa.BufferReader(body)


def _read_arrow(
    source: pa.NativeFile, ncols: int, delimiter: str, nulls: list[str]
) -> tuple[pa.Table, list[pacsv.InvalidRow]]:
    bad: list[pacsv.InvalidRow] = []

    def _skip(row: pacsv.InvalidRow) -> str:
        bad.append(row)
        return "skip"

    names = [f"c{i}" for i in range(ncols)]
    table = pacsv.read_csv(
        source,
        read_options=pacsv.ReadOptions(
            column_names=names, use_threads=True, block_size=_BLOCK_BYTES
        ),
        parse_options=pacsv.ParseOptions(
            delimiter=delimiter,
            newlines_in_values=True,
            invalid_row_handler=_skip,
        ),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(names, STR),
            null_values=nulls,
            strings_can_be_null=True,
            quoted_strings_can_be_null=True,
        ),
    )
    return table, bad


#: numpy type of the offsets of each string type
OFFSET_WIDTH = {pa.string(): np.int32, pa.large_string(): np.int64}


def empty_as_missing(arr: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Mark the empty strings of a string array missing, sharing its offsets and characters.

    Only a validity bitmap is made (a cell whose offsets do not move is empty), and only for
    the chunks that hold an empty string; an array without any is returned as given.
    """
    if isinstance(arr, pa.ChunkedArray):
        chunks = [empty_as_missing(c) for c in arr.chunks]
        if all(a is b for a, b in zip(chunks, arr.chunks, strict=True)):
            return arr
        return pa.chunked_array(chunks, arr.type)
    n = len(arr)
    width = OFFSET_WIDTH[arr.type]
    bufs = arr.buffers()
    offsets = np.frombuffer(bufs[1], dtype=width)[arr.offset : arr.offset + n + 1]
    valid = offsets[1:] != offsets[:-1]
    if arr.null_count:
        valid &= arr.is_valid().to_numpy(zero_copy_only=False)
        if int(valid.sum()) == n - arr.null_count:
            return arr
    elif valid.all():
        return arr
    bitmap = pa.py_buffer(np.packbits(valid, bitorder="little"))
    if arr.offset:
        return pa.Array.from_buffers(arr.type, n, [bitmap, pa.py_buffer(offsets.copy()), bufs[2]])
    return pa.Array.from_buffers(arr.type, n, [bitmap, bufs[1], bufs[2]])


def _read_python(
    text: str,
    ncols: int,
    delimiter: str,
    nulls: set[str],
    file: str,
    first_line: int,
    strict: bool,
) -> tuple[pa.Table, int, list[int]]:
    """Read exactly with Python's csv module, naming the line of any row it cannot read."""
    cols: list[list[str | None]] = [[] for _ in range(ncols)]
    bad_lines: list[int] = []
    reader = csv.reader(_lines(text), delimiter=delimiter, strict=False)
    start = 1
    try:
        for fields in reader:
            if not fields or (len(fields) == 1 and fields[0].strip() == ""):
                start = reader.line_num + 1
                continue
            if len(fields) != ncols:
                line = first_line + start - 1
                if strict:
                    raise LayoutError(
                        f"the row has {len(fields)} fields where the header has {ncols}; "
                        "fix or remove that row (is a quote or comma missing?)",
                        file=file,
                        line=line,
                    )
                bad_lines.append(line)
                start = reader.line_num + 1
                continue
            for c, v in zip(cols, fields, strict=True):
                c.append(None if v in nulls else v)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise LayoutError(
            f"the row cannot be read as CSV ({exc})",
            file=file,
            line=first_line + reader.line_num - 1,
        ) from exc
    table = pa.table({f"c{i}": pa.array(c, type=STR) for i, c in enumerate(cols)})
    return table, len(bad_lines), bad_lines


def read_table(
    data: Any,
    file: str,
    *,
    match: Callable[[list[str]], bool] | None,
    strict: bool,
    reload: Callable[[], bytes] | None = None,
) -> RawTable:
    """Read one CSV file's bytes into string columns.

    Parameters
    ----------
    data : bytes
        The file's bytes as stored (any supported encoding).
    file : str
        Name used in errors and notes.
    match : callable or None
        Tells whether a list of normalised header names is this file's header; the first
        line that matches is the header (so preambles are skipped by content). ``None``
        takes the first non-blank line.
    strict : bool
        Raise :class:`LayoutError` on rows with a wrong number of fields (canonical tables);
        otherwise skip them with a note (activity files).
    reload : callable, optional
        Gives the file's bytes again, to name the line of a bad value later without keeping
        the bytes in memory.

    Returns
    -------
    RawTable
        ``empty_reason`` is set when the file holds no header at all (0 bytes, ``No
        conversations found``) or no header that ``match`` accepts (``"no header"``).
    """
    raw = RawTable(file=file, _reload=reload)
    if not len(data) or (not bytes(data[:4096]).strip() and not bytes(data).strip()):
        raw.empty_reason = "empty file (0 bytes)" if not len(data) else "blank file"
        return raw
    buf, encoding = _decode(data, file)
    if encoding != "utf-8":
        raw.notes.append(f"encoding {encoding}")
    if encoding == "utf-8-sig":
        raw.resaved = True
    head = buf.slice(0, min(_HEAD_BYTES, buf.size)).to_pybytes()
    found = _find_header(head, file, match)
    if found is None:
        text = head.decode("utf-8", errors="replace")
        raw.empty_reason = (
            "no conversations found" if _NO_CONVERSATIONS.match(text) else "no header"
        )
        return raw
    line_idx, end, fields, delimiter = found
    raw.header_line = line_idx + 1
    raw.preamble = line_idx > 0 and bool(head.split(b"\n", line_idx)[0].strip())
    raw.delimiter = delimiter
    if delimiter != ",":
        raw.notes.append("tab-delimited" if delimiter == "\t" else f"delimiter {delimiter!r}")
    headers = [f.strip() for f in fields]
    index_col = len(headers) > 1 and norm(headers[0]) in {"", "unnamed0", "index"}
    if index_col:
        raw.resaved = True
        raw.notes.append("leading index column dropped")
    raw.headers = headers
    body = buf.slice(end) if end < buf.size else pa.py_buffer(b"")
    raw._offset = end
    nulls = ["", "NA"] if raw.resaved else [""]
    if raw.resaved:
        raw.notes.append("re-saved by a spreadsheet: 'NA' read as missing")
    ncols = len(headers)
    first_line = raw.header_line + 1
    if body.size < 4096 and not body.to_pybytes().strip():
        raw.mojibake_suspect = _MOJIBAKE_BYTES.search(memoryview(body)) is not None
        table = pa.table({f"c{i}": pa.array([], STR) for i in range(ncols)})
        raw.notes.append("header only")
    else:
        # a large body is checked cell by cell, column by column, by repair_mojibake (a
        # byte test per column, cheaper than a scan of the whole body that also makes every
        # page of a mapped file resident)
        large = body.size >= _LARGE_FROM
        raw.mojibake_suspect = large or _MOJIBAKE_BYTES.search(memoryview(body)) is not None
        try:
            bom = {"utf-8": 0, "utf-8-sig": 3}.get(encoding)
            source = _body_source(data, body, None if bom is None else end + bom)
            with source:
                table, bad = _read_arrow(source, ncols, delimiter, nulls)
        except (pa.ArrowInvalid, pa.ArrowException, ValueError):
            text = _check_utf8(body.to_pybytes(), file, first_line)
            table, nbad, bad_lines = _read_python(
                text, ncols, delimiter, set(nulls), file, first_line, strict
            )
            bad = []
            raw.skipped += nbad
            if nbad:
                raw.notes.append(
                    f"{nbad} row(s) with a wrong number of fields skipped "
                    f"(first at line {bad_lines[0]})"
                )
        else:
            if bad:
                if strict:
                    # re-read exactly to name the line
                    text = _check_utf8(body.to_pybytes(), file, first_line)
                    _read_python(text, ncols, delimiter, set(nulls), file, first_line, True)
                    raise LayoutError(
                        "a row has the wrong number of fields; fix or remove it", file=file
                    )
                raw.skipped += len(bad)
                raw.notes.append(f"{len(bad)} row(s) with a wrong number of fields skipped")
    if index_col:
        headers = headers[1:]
        table = table.drop_columns(["c0"]).rename_columns([f"c{i}" for i in range(ncols - 1)])
    seen: set[str] = set()
    for i, h in enumerate(headers):
        key = norm(h)
        if key in seen:
            raw.notes.append(f"duplicate column {h!r} ignored")
            continue
        seen.add(key)
        raw.columns[key] = table.column(f"c{i}")
    raw.headers = headers
    raw.rows = table.num_rows
    if raw.rows == 0 and body.size and body.to_pybytes().strip():
        if not strict:
            raw.notes.append("no row could be read")
            return raw
        raise LayoutError(
            "no row could be read although the file has data after its header; "
            "check the delimiter and quoting",
            file=file,
            line=first_line,
        )
    return raw


# --------------------------------------------------------------------------- mojibake

_MOJIBAKE_BYTES = re.compile(
    rb"\xc3[\x82-\xb4](?:\xc2[\x80-\xbf]|\xe2[\x80-\x84][\x80-\xbf]"
    rb"|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c])"
)
_MOJIBAKE_RE2 = (
    r"[\x{c2}-\x{f4}][\x{80}-\x{bf}\x{152}\x{153}\x{160}\x{161}\x{178}\x{17d}\x{17e}"
    r"\x{192}\x{2c6}\x{2dc}\x{2013}\x{2014}\x{2018}-\x{201e}\x{2020}-\x{2022}\x{2026}"
    r"\x{2030}\x{2039}\x{203a}\x{20ac}\x{2122}]"
)
_CP1252_BYTE: dict[str, int] = {}
for _b in range(0x80, 0xA0):
    with contextlib.suppress(UnicodeDecodeError):
        _CP1252_BYTE[bytes([_b]).decode("cp1252")] = _b


def unmojibake(value: str) -> str:
    """Undo one round of UTF-8 read as cp1252/latin-1, if the whole value round-trips."""
    out = bytearray()
    for ch in value:
        o = ord(ch)
        if o < 0x100:
            out.append(o)
        elif ch in _CP1252_BYTE:
            out.append(_CP1252_BYTE[ch])
        else:
            return value
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return value


def _signature_rows(arr: pa.Array) -> np.ndarray:
    """Return the rows of a string array that may hold a double-encoding signature.

    A vectorised byte test over the array's data (in blocks of 16 MiB): ``0xC3`` then a byte
    of ``0x82``-``0xB4`` (the characters ``Â``-``ô``) then the first byte of a character
    mojibake puts second (``0xC2``, ``0xC5``, ``0xC6``, ``0xCB``, ``0xE2``). Every cell
    :data:`_MOJIBAKE_RE2` matches is among the rows returned (a hit that spans two cells
    only adds a row, which the exact pattern then drops).
    """
    n = len(arr)
    bufs = arr.buffers()
    if n == 0 or bufs[2] is None:
        return np.zeros(0, dtype=np.int64)
    width = np.int64 if pa.types.is_large_string(arr.type) else np.int32
    offsets = np.frombuffer(bufs[1], dtype=width)[arr.offset : arr.offset + n + 1]
    data = np.frombuffer(bufs[2], dtype=np.uint8)
    start, stop = int(offsets[0]), int(offsets[-1])
    found = []
    step = 1 << 24
    for lo in range(start, stop, step):
        hi = min(lo + step, stop)
        if data[lo:hi].max() < 0xC3:  # ASCII and two-byte Latin text: no signature here
            continue
        pos = np.flatnonzero(data[lo:hi] == 0xC3) + lo
        pos = pos[pos + 2 < stop]
        if not pos.size:
            continue
        second = data[pos + 1]
        third = data[pos + 2]
        keep = (second >= 0x82) & (second <= 0xB4) & _SIGNATURE_THIRD[third]
        if keep.any():
            found.append(pos[keep])
    if not found:
        return np.zeros(0, dtype=np.int64)
    rows = np.searchsorted(offsets, np.concatenate(found), side="right") - 1
    return np.unique(rows)


_SIGNATURE_THIRD = np.zeros(256, dtype=bool)
_SIGNATURE_THIRD[[0xC2, 0xC5, 0xC6, 0xCB, 0xE2]] = True


def repair_mojibake(arr: pa.ChunkedArray | pa.Array) -> tuple[pa.Array | pa.ChunkedArray, int]:
    """Repair double-encoded cells of a string array; return the array and the count fixed.

    Only cells holding a double-encoding signature are looked at (a byte test picks the
    candidate rows, the exact pattern runs on those alone), and a cell changes only when
    all of it encodes back to bytes that decode as UTF-8. An array with nothing to repair is
    returned as given (chunks are scanned one by one, never joined).
    """
    chunks = arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
    starts = np.cumsum([0] + [len(c) for c in chunks])
    found, picked = [], []
    for chunk, start in zip(chunks, starts, strict=False):
        rows = _signature_rows(chunk)
        if rows.size:
            # taken chunk by chunk: a take on the chunked column would join it first
            found.append(rows + start)
            picked.append(chunk.take(pa.array(rows)))
    if not found:
        return arr, 0
    rows = np.concatenate(found)
    cand = pa.concat_arrays(picked)
    hit = pc.fill_null(pc.match_substring_regex(cand, _MOJIBAKE_RE2), False)
    hit_np = hit.to_numpy(zero_copy_only=False)
    if not hit_np.any():
        return arr, 0
    before = cand.filter(hit).to_pylist()
    after = [unmojibake(v) for v in before]
    changed = sum(a != b for a, b in zip(after, before, strict=True))
    if not changed:
        return arr, 0
    mask = np.zeros(len(arr), dtype=bool)
    mask[rows[hit_np]] = True
    arr = whole(arr)
    return pc.replace_with_mask(arr, pa.array(mask), pa.array(after, type=arr.type)), changed
