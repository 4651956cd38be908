"""Cell clean-up shared by every table: trimming, empty cells as missing, names, lists.

Each helper copies only the cells it changes (a byte test on the offsets picks them), so a
clean column of a million rows costs a scan, not a copy.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from networkkit.export._csv import OFFSET_WIDTH, empty_as_missing
from networkkit.export._keys import STR, keys_arrow, whole

__all__ = [
    "LIST",
    "clean",
    "join_names",
    "list_keys",
    "split_names",
    "split_urls",
    "with_scheme",
    "yes_flags",
]

LIST = pa.list_(pa.string())

_EDGE = np.zeros(256, dtype=bool)
_EDGE[[0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20]] = True
_EDGE[0x80:] = True  # any non-ASCII byte may belong to Unicode whitespace


def _edge_rows(chunk: pa.Array) -> np.ndarray | None:
    """Rows of a string array whose first or last byte may be whitespace (numpy, offsets).

    ``None`` when the array is not a plain string array (every row may then need trimming).
    """
    n = len(chunk)
    width = OFFSET_WIDTH.get(chunk.type)
    if width is None:
        return None
    bufs = chunk.buffers()
    if n == 0 or bufs[2] is None or bufs[2].size == 0:
        return np.zeros(0, dtype=np.int64)
    offsets = np.frombuffer(bufs[1], dtype=width)[chunk.offset : chunk.offset + n + 1]
    data = np.frombuffer(bufs[2], dtype=np.uint8)
    nonempty = offsets[1:] > offsets[:-1]
    last = len(data) - 1
    first_byte = data[np.minimum(offsets[:-1], last)]
    last_byte = data[np.maximum(offsets[1:] - 1, 0)]
    return np.flatnonzero(nonempty & (_EDGE[first_byte] | _EDGE[last_byte]))


def _trim(arr: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    """Trim whitespace at both ends of every cell, copying only where a cell changes.

    A byte test on the offsets picks the cells that may start or end with whitespace (ASCII
    whitespace, or any non-ASCII character); only those go through
    ``utf8_trim_whitespace``, and a column in which no cell changes is returned as given.
    """
    chunks = arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
    out = []
    changed = False
    for chunk in chunks:
        rows = _edge_rows(chunk)
        if rows is None:
            chunk = pc.utf8_trim_whitespace(chunk)
            changed = True
        elif rows.size:
            sub = chunk.take(pa.array(rows))
            trimmed = pc.utf8_trim_whitespace(sub)
            moved = pc.fill_null(pc.not_equal(trimmed, sub), False)
            moved_np = moved.to_numpy(zero_copy_only=False)
            if moved_np.any():
                mask = np.zeros(len(chunk), dtype=bool)
                mask[rows[moved_np]] = True
                chunk = pc.replace_with_mask(chunk, pa.array(mask), trimmed.filter(moved))
                changed = True
        out.append(chunk)
    if not changed:
        return arr
    if isinstance(arr, pa.ChunkedArray):
        return pa.chunked_array(out, out[0].type)
    return out[0]


def clean(arr: pa.Array | None, n: int, *, trim: bool = True) -> pa.Array:
    """Return a clean string column: trimmed (optionally), empty → null; all-null when absent.

    Trimming copies only the cells it changes, and empty cells become missing through a new
    validity bitmap (the characters are shared).
    """
    if arr is None:
        return pa.nulls(n, STR)
    if isinstance(arr, pa.ChunkedArray) and arr.num_chunks == 0:
        return pa.array([], STR)
    if trim:
        arr = _trim(arr)
    if arr.type in OFFSET_WIDTH:
        return empty_as_missing(arr)
    empty = pc.equal(pc.binary_length(arr), 0)
    if pc.any(empty).as_py():
        arr = pc.if_else(empty, pa.scalar(None, arr.type), arr)
    return arr


def join_names(first: pa.Array, last: pa.Array) -> pa.Array:
    # not null_handling="skip": pyarrow drops rows whose inputs are all null there, which
    # shifts every later name onto the wrong row (hidden members have neither name)
    full = pc.binary_join_element_wise(
        first, last, pa.scalar(" ", first.type), null_handling="replace", null_replacement=""
    )
    return clean(pc.utf8_trim_whitespace(full), len(first))


def _clean_list(lst: pa.ListArray | pa.ChunkedArray) -> pa.ListArray:
    """Trim list items and drop empty ones, keeping each list's nullness."""
    if isinstance(lst, pa.ChunkedArray):
        lst = whole(lst) if lst.num_chunks else pa.array([], LIST)
    values = pc.utf8_trim_whitespace(lst.flatten())
    empty = pc.equal(pc.binary_length(values), 0)
    if not pc.any(empty).as_py():
        return _map_list(lst, values)
    keep = pc.invert(empty).to_numpy(zero_copy_only=False)
    offsets = lst.offsets.to_numpy()
    offsets = offsets - offsets[0]
    new_offsets = np.concatenate([[0], np.cumsum(keep, dtype=np.int64)])[offsets]
    return pa.ListArray.from_arrays(
        pa.array(new_offsets.astype(np.int32)),
        values.filter(pa.array(keep)).cast(LIST.value_type),
        type=LIST,
        mask=lst.is_null(),
    )


def _map_list(lst: pa.ListArray, values: pa.Array) -> pa.ListArray:
    """Return a list array with ``lst``'s shape and the given flattened values."""
    offsets = lst.offsets.to_numpy()
    offsets = offsets - offsets[0]
    return pa.ListArray.from_arrays(
        pa.array(offsets.astype(np.int32)),
        values.cast(LIST.value_type),
        type=LIST,
        mask=lst.is_null(),
    )


_PLACEHOLDER = "\ue000"


def split_names(arr: pa.Array) -> pa.ListArray:
    """Split LinkedIn's joined names: ``,`` without a following space separates names.

    ``"Ana Lee,Walid T., FICS (UK)"`` → ``["Ana Lee", "Walid T., FICS (UK)"]``.
    """
    protected = pc.replace_substring(arr, ", ", _PLACEHOLDER)
    lst = pc.split_pattern(protected, ",")
    lst = _clean_list(lst)
    values = pc.replace_substring(lst.flatten(), _PLACEHOLDER, ", ")
    return _map_list(lst, values)


def split_urls(arr: pa.Array) -> pa.ListArray:
    """Split a joined list of profile URLs on commas (URLs carry none: they are encoded)."""
    return _clean_list(pc.split_pattern(arr, ","))


def list_keys(urls: pa.ListArray) -> pa.ListArray:
    """Member keys of every URL of a list column, keeping the lists' shape."""
    return _map_list(urls, keys_arrow(urls.flatten()))


def yes_flags(arr: pa.Array | None, n: int) -> pa.Array:
    """Read ``Yes``/``No`` cells (any case, spaces around) as booleans; anything else is false."""
    if arr is None:
        return pa.array(np.zeros(n, dtype=bool))
    return pc.fill_null(pc.equal(pc.utf8_lower(pc.utf8_trim_whitespace(arr)), "yes"), False)


def with_scheme(arr: pa.Array) -> pa.Array:
    """Give scheme-less profile URLs (``www.linkedin.com/in/x``) an ``https://`` scheme."""
    has = pc.fill_null(pc.match_substring_regex(arr, r"^[A-Za-z][A-Za-z0-9+.-]*://"), True)
    scheme, sep = pa.scalar("https://", arr.type), pa.scalar("", arr.type)
    return pc.if_else(has, arr, pc.binary_join_element_wise(scheme, arr, sep))
