"""Hypothesis strategies that mutate real fixture files the way broken inputs are broken.

A mutation is a list of operations applied in turn to a fixture's bytes: bit flips,
truncation, inserted quotes / line breaks / NULs / BOMs, deleted spans, duplicated or
dropped lines, permuted header fields, and re-encoding (UTF-16, UTF-32, cp1252, ...).
Positions are drawn as fractions of the current length, so one operation list applies to
any file and shrinks well.
"""

from __future__ import annotations

import csv
import io
import os
import random
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: ``NETWORKKIT_FUZZ_SCALE=50 pytest tests/security -k fuzz`` runs a long, random search
#: locally; the default (1) is the bounded, derandomized run CI sees.
SCALE = float(os.environ.get("NETWORKKIT_FUZZ_SCALE", "1"))


def fuzz(max_examples: int = 60) -> settings:
    """Settings of a bounded, reproducible run: fixed seed, no example database, no deadline."""
    return settings(
        derandomize=SCALE == 1,
        database=None,
        deadline=None,
        max_examples=max(1, int(max_examples * SCALE)),
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


TOKENS = [
    b'"',
    b'""',
    b"\n",
    b"\r\n",
    b"\r",
    b"\x00",
    b",",
    b"\t",
    b";",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",  # a lone UTF-8 lead byte
    b"\xe2\x80\xa8",  # U+2028 LINE SEPARATOR
    b'=HYPERLINK("https://evil.example.org","x")',
    b"<script>alert(1)</script>",
    b"9" * 40,
    b"-" * 3,
]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "cp1252", "latin-1"]


def _at(data: bytes, frac: float) -> int:
    return min(len(data), int(frac * (len(data) + 1)))


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def apply(data: bytes, ops: list[tuple]) -> bytes:
    """Apply the operations ``ops`` (see :func:`operations`) to ``data`` in order."""
    for op in ops:
        kind = op[0]
        if kind == "flip" and data:
            i = min(len(data) - 1, _at(data, op[1]))
            data = data[:i] + bytes([data[i] ^ (1 << op[2])]) + data[i + 1 :]
        elif kind == "truncate":
            data = data[: _at(data, op[1])]
        elif kind == "insert":
            i = _at(data, op[1])
            data = data[:i] + op[2] + data[i:]
        elif kind == "delete":
            i = _at(data, op[1])
            data = data[:i] + data[i + op[2] :]
        elif kind in ("dupline", "dropline"):
            lines = _lines(data)
            if lines:
                k = op[1] % len(lines)
                if kind == "dupline":
                    lines.insert(k, lines[k])
                else:
                    del lines[k]
                data = b"".join(lines)
        elif kind == "permute_line":
            lines = _lines(data)
            if lines:
                k = op[1] % min(len(lines), 6)
                body = lines[k].rstrip(b"\r\n")
                end = lines[k][len(body) :]
                fields = body.split(b",")
                random.Random(op[2]).shuffle(fields)
                lines[k] = b",".join(fields) + end
                data = b"".join(lines)
        elif kind == "encode":
            data = data.decode("utf-8", errors="replace").encode(op[1], errors="replace")
    return data


def operations() -> st.SearchStrategy[list[tuple]]:
    """Return a strategy of 1 to 4 mutation operations."""
    frac = st.floats(0, 1, allow_nan=False)
    op = st.one_of(
        st.tuples(st.just("flip"), frac, st.integers(0, 7)),
        st.tuples(st.just("truncate"), frac),
        st.tuples(st.just("insert"), frac, st.sampled_from(TOKENS)),
        st.tuples(st.just("delete"), frac, st.integers(1, 64)),
        st.tuples(st.just("dupline"), st.integers(0, 50)),
        st.tuples(st.just("dropline"), st.integers(0, 50)),
        st.tuples(st.just("permute_line"), st.integers(0, 5), st.integers(0, 1000)),
        st.tuples(st.just("encode"), st.sampled_from(ENCODINGS)),
    )
    return st.lists(op, min_size=1, max_size=4)


def seed_files(*folders: str, suffixes=(".csv", ".tsv", ".txt")) -> list[Path]:
    """Return the fixture files under ``tests/fixtures/<folder>`` for each folder, sorted."""
    found = []
    for folder in folders:
        root = FIXTURES / folder
        if root.is_dir():
            found += [p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in suffixes]
    return sorted(found)


def _text(data: bytes) -> tuple[str, str, str]:
    """Decode a fixture: (text, encoding, delimiter)."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16"), "utf-16", "\t"
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig", ","
    return data.decode("utf-8"), "utf-8", ","


def permute_columns(data: bytes, order_seed: int) -> tuple[bytes, bool]:
    """Rewrite a CSV with its columns in another order (header and every row alike).

    Lines before the header (the first row of two or more fields, e.g. Connections.csv's
    ``Notes:`` preamble) are kept. Returns (bytes, permuted?); a file with fewer than two
    columns is returned rewritten but unpermuted. With ``order_seed=-1`` the file is only
    rewritten (same writer, same quoting), which makes the baseline to compare with.
    """
    text, encoding, delim = _text(data)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))
    header_at = next((i for i, row in enumerate(rows) if len(row) >= 2), None)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delim, lineterminator="\n")
    if header_at is None:
        writer.writerows(rows)
        return out.getvalue().encode(encoding), False
    width = len(rows[header_at])
    order = list(range(width))
    if order_seed >= 0:
        random.Random(order_seed).shuffle(order)
    writer.writerows(rows[:header_at])
    for row in rows[header_at:]:
        if not row:
            writer.writerow(row)
            continue
        padded = row + [""] * (width - len(row))
        writer.writerow([padded[i] for i in order] + padded[width:])
    return out.getvalue().encode(encoding), order != sorted(order)
