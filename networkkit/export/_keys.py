"""Member keys: the profile slug that joins people across the files of an export."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["STR", "member_key"]

#: The string type of every column the loader builds: pandas' ``string[pyarrow]`` stores
#: ``large_string``, so columns are read and built in it and reach pandas without a cast.
STR = pa.large_string()


def whole(arr: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Return one array for a (chunked) array; a single chunk is returned as is, not copied."""
    if not isinstance(arr, pa.ChunkedArray):
        return arr
    if arr.num_chunks == 1:
        return arr.chunk(0)
    return arr.combine_chunks() if arr.num_chunks else pa.array([], arr.type)


#: The profile URL as LinkedIn writes it (``https://www.linkedin.com/in/<slug>``, maybe a
#: trailing slash): its key is the lower-cased slug, which the general rules also give.
_PLAIN_URL = r"^https?://(?:www\.)?linkedin\.com/in/(?P<slug>[^/?#%\s]+)/?$"


#: What is left of a LinkedIn address without a slug once scheme and ``www.`` are gone.
_NO_SLUG = r"^(?:[a-z0-9-]+\.)?linkedin\.com(?:/(?:in|pub))?/?$|^(?:in|pub)/?$"


def _keys_of_unique(values: pa.Array) -> pa.Array:
    """Compute keys for (mostly distinct) string values with pyarrow compute.

    URLs in LinkedIn's own form take one pattern and a lower-casing; the others (no scheme,
    ``www`` missing, a query, percent-encoding, a bare slug, ...) go through every rule.
    """
    slug = pc.struct_field(pc.extract_regex(values, _PLAIN_URL), [0])
    other = pc.is_null(slug)
    if not pc.any(other).as_py():
        return pc.utf8_lower(slug)
    if pc.all(other).as_py():
        return _keys_by_rules(values)
    keys = pc.utf8_lower(slug)
    return pc.replace_with_mask(keys, other, _keys_by_rules(values.filter(other)))


def _keys_by_rules(values: pa.Array) -> pa.Array:
    """Compute keys of string values by every rule of :func:`member_key`."""
    s = pc.utf8_trim_whitespace(values)
    s = pc.replace_substring_regex(s, r"^[A-Za-z][A-Za-z0-9+.-]*://", "")
    s = pc.replace_substring_regex(s, r"[?#].*$", "")
    s = pc.replace_substring_regex(s, r"/+$", "")
    has_pct = pc.fill_null(pc.match_substring(s, "%"), False)
    if pc.any(has_pct).as_py():
        # percent-decoding has no pyarrow kernel; it runs on the few distinct encoded values.
        py = s.to_pylist()
        mask = has_pct.to_pylist()
        s = pa.array(
            [unquote(v, errors="replace") if m else v for v, m in zip(py, mask, strict=True)],
            type=s.type,
        )
    s = pc.utf8_lower(s)
    s = pc.replace_substring_regex(s, r"^www\.", "")
    slug = pc.struct_field(pc.extract_regex(s, r"(?:^|/)in/(?P<slug>[^/]+)"), [0])
    s = pc.coalesce(slug, s)
    s = pc.utf8_trim_whitespace(s)
    # a LinkedIn address with no slug (the bare ``https://www.linkedin.com/in`` of some late
    # 2023 exports) names nobody: no key, never one shared key for everyone
    bare = pc.fill_null(pc.match_substring_regex(s, _NO_SLUG), False)
    return pc.if_else(pc.or_(pc.equal(s, ""), bare), pa.scalar(None, s.type), s)


def keys_arrow(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """Return the member key of every value of a pyarrow string array (nulls stay null).

    Distinct values are keyed once and broadcast back, so a million message rows with a
    few thousand senders cost a few thousand key computations.
    """
    if not (pa.types.is_string(values.type) or pa.types.is_large_string(values.type)):
        values = values.cast(STR)
    if len(values) == 0:
        return pa.array([], values.type)
    dictionary, indices = distinct(values)
    return _keys_of_unique(dictionary).take(indices)


def _same_dictionary(part: pa.Array, final: pa.Array) -> bool:
    """Whether ``part`` is ``final`` (the same buffers) or a prefix of it (compared)."""
    if len(part) == len(final) and all(
        (x is None and y is None) or (x is not None and y is not None and x.address == y.address)
        for x, y in zip(part.buffers(), final.buffers(), strict=True)
    ):
        return True
    return part.equals(final.slice(0, len(part)))


def distinct(
    values: pa.Array | pa.ChunkedArray,
) -> tuple[pa.Array, pa.Array | pa.ChunkedArray]:
    """Return the distinct values of a column and, per row, the index of its value.

    ``dictionary.take(indices)`` gives the column back (nulls are null indices), so a
    per-cell function applied to the distinct values and taken back equals that function
    applied per row. A chunked column is encoded chunk by chunk against one dictionary
    (never joined into one array first) and its indices keep its chunks.
    """
    if isinstance(values, pa.ChunkedArray) and values.num_chunks > 1:
        encoded = values.dictionary_encode()
        dictionary = encoded.chunk(encoded.num_chunks - 1).dictionary
        # the chunks share one append-only memo table: each chunk's dictionary is the
        # final one or a prefix of it (checked; anything else is encoded as one array)
        if all(_same_dictionary(c.dictionary, dictionary) for c in encoded.chunks):
            return dictionary, pa.chunked_array([c.indices for c in encoded.chunks])
    encoded = whole(values).dictionary_encode()
    return encoded.dictionary, encoded.indices


def member_key(values: Any) -> Any:
    """Turn LinkedIn profile URLs into member keys, the join key between export files.

    The key is the profile slug: percent-decoded, lower-cased, stripped of the scheme,
    ``www.``, the query string and any trailing slash. A value without ``/in/`` (a bare
    slug, or an old ``/pub/`` address) is normalised the same way and kept whole. An
    address without a slug (``https://www.linkedin.com/in``) names nobody and has no key.

    Parameters
    ----------
    values : str, None or pandas.Series
        One URL or a Series of them, e.g. ``"https://www.linkedin.com/in/Jane-Doe-1a2b/"``
        or ``"www.linkedin.com/in/nagel-lis%C3%A2nias-9"``.

    Returns
    -------
    str, None or pandas.Series
        The same shape as ``values``: a str (``None`` for a missing or blank value), or a
        Series of pandas' string dtype with the same index and name, NA where missing.

    Examples
    --------
    >>> member_key("https://www.linkedin.com/in/Jane-Doe-1a2b/?trk=x")
    'jane-doe-1a2b'
    >>> member_key("www.linkedin.com/in/nagel-lis%C3%A2nias-9")
    'nagel-lisânias-9'
    >>> member_key("https://www.linkedin.com/in") is None
    True
    """
    if values is None or values is pd.NA:
        return None
    if isinstance(values, str):
        return keys_arrow(pa.array([values], type=pa.string()))[0].as_py()
    if isinstance(values, pd.Series):
        arr = pa.array(values.astype(object).where(values.notna(), None), type=pa.string())
        out = keys_arrow(arr)
        return pd.Series(
            pd.arrays.ArrowStringArray(pa.chunked_array([out], type=pa.string())),
            index=values.index,
            name=values.name,
        )
    raise TypeError(f"member_key takes a str or a pandas Series, not {type(values).__name__}")
