"""Column-wise string helpers: ids, slugs, template filling and LinkedIn's date formats.

Every function works on whole numpy arrays (object or integer) at once; loops run over the
small phrase tables or over templates, never over rows.
"""

from __future__ import annotations

import string
import unicodedata
from urllib.parse import quote

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

_HEX = np.frombuffer(b"0123456789abcdef", dtype=np.uint8)
_DEC = np.frombuffer(b"0123456789", dtype=np.uint8)
_B64 = np.frombuffer(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", dtype=np.uint8
)
_MONTHS = np.array(
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    dtype=object,
)


def _bytes_to_str(codes: np.ndarray) -> np.ndarray:
    """Turn an ``(n, w)`` uint8 array of ASCII codes into an object array of ``str``."""
    n, w = codes.shape
    fixed = np.ascontiguousarray(codes).view(f"S{w}").reshape(n)
    return fixed.astype(f"U{w}").astype(object)


def hex_ids(rng: np.random.Generator, n: int, width: int = 8) -> np.ndarray:
    """Return ``n`` random lower-case hex strings of ``width`` characters."""
    return _bytes_to_str(_HEX[rng.integers(0, 16, size=(n, width))])


def decimal(values: np.ndarray, width: int) -> np.ndarray:
    """Return non-negative integers as zero-padded decimal strings of ``width`` digits."""
    values = np.asarray(values, dtype=np.int64)
    powers = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    digits = (values[:, None] // powers[None, :]) % 10
    return _bytes_to_str(_DEC[digits])


def conversation_ids(rng: np.random.Generator, n: int) -> np.ndarray:
    """Return ``n`` conversation ids shaped like LinkedIn's: ``2-<base64 of hex_NNN>==``."""
    raw = np.empty((n, 42), dtype=np.uint8)
    raw[:, :36] = _HEX[rng.integers(0, 16, size=(n, 36))]
    raw[:, 36] = ord("_")
    raw[:, 37:40] = _DEC[rng.integers(0, 10, size=(n, 3))]
    raw[:, 40:] = 0
    groups = raw.reshape(n, 14, 3).astype(np.uint32)
    word = (groups[:, :, 0] << 16) | (groups[:, :, 1] << 8) | groups[:, :, 2]
    sextets = np.stack(
        [(word >> 18) & 63, (word >> 12) & 63, (word >> 6) & 63, word & 63], axis=-1
    ).reshape(n, 56)
    chars = _B64[sextets]
    chars[:, -2:] = ord("=")
    out = np.empty((n, 58), dtype=np.uint8)
    out[:, 0] = ord("2")
    out[:, 1] = ord("-")
    out[:, 2:] = chars
    return _bytes_to_str(out)


def slug_part(name: str, *, ascii_only: bool) -> str:
    """Return the slug form of one name: lower case, words joined by ``-``, punctuation gone."""
    text = name.lower()
    if ascii_only:
        text = text.replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        if any(ch.isalnum() for ch in folded):
            text = folded
    kept = "".join(ch if ch.isalnum() else " " for ch in text)
    return "-".join(kept.split())


def percent_encode(slug: str) -> str:
    """Percent-encode a slug the way LinkedIn writes some URLs (upper-case hex)."""
    return quote(slug, safe="-")


def mojibake(text: str) -> str:
    """Return ``text`` double-encoded (UTF-8 bytes read as cp1252), e.g. ``é`` → ``Ã©``."""
    try:
        return text.encode("utf-8").decode("cp1252")
    except UnicodeDecodeError:
        return text


def take(table: list[str] | np.ndarray, index: np.ndarray) -> np.ndarray:
    """Return ``table[index]`` as an object array (``index`` may be any integer array)."""
    return np.asarray(table, dtype=object)[np.asarray(index, dtype=np.int64)]


def fill(
    templates: list[str], which: np.ndarray, fields: dict[str, np.ndarray | str]
) -> np.ndarray:
    """Fill ``templates[which[i]]`` with row ``i`` of each field, for all rows at once.

    Parameters
    ----------
    templates : list of str
        Templates with ``{field}`` slots.
    which : numpy.ndarray
        Index of the template of each row.
    fields : dict
        Field name → object array with one value per row, or a single string for all rows.

    Returns
    -------
    numpy.ndarray
        Object array of filled strings.
    """
    which = np.asarray(which, dtype=np.int64)
    out = np.empty(len(which), dtype=object)
    order = np.argsort(which, kind="stable")
    bounds = np.searchsorted(which[order], np.arange(len(templates) + 1))
    for t, template in enumerate(templates):
        rows = order[bounds[t] : bounds[t + 1]]
        if len(rows) == 0:
            continue
        acc: np.ndarray | str = ""
        for literal, field, _spec, _conv in string.Formatter().parse(template):
            if literal:
                acc = acc + literal
            if field is not None:
                value = fields[field]
                part = value if isinstance(value, str) else value[rows]
                acc = acc + part
        if isinstance(acc, str):
            acc = np.full(len(rows), acc, dtype=object)
        out[rows] = acc
    return out


def join(parts: list[np.ndarray], sep: str) -> np.ndarray:
    """Join the non-missing values of each row of ``parts`` with ``sep`` (``None`` skipped)."""
    # rows as lists of their non-missing parts, then one list join; not
    # binary_join_element_wise(null_handling="skip"), which drops rows whose parts are all null
    cells = np.stack([np.asarray(p, dtype=object) for p in parts], axis=1)
    present = pd.notna(cells)
    offsets = np.concatenate([[0], np.cumsum(present.sum(axis=1))]).astype(np.int32)
    lists = pa.ListArray.from_arrays(
        pa.array(offsets), pa.array(cells[present].tolist(), type=pa.string())
    )
    joined = pc.binary_join(lists, sep)
    return np.asarray(joined.to_numpy(zero_copy_only=False), dtype=object)


# -- dates ------------------------------------------------------------------------------------


def _fields(seconds: np.ndarray) -> dict[str, np.ndarray]:
    sec = np.asarray(seconds, dtype="int64").astype("datetime64[s]")
    days = sec.astype("datetime64[D]")
    months = sec.astype("datetime64[M]")
    years = sec.astype("datetime64[Y]")
    tod = (sec - days).astype(np.int64)
    return {
        "year": years.astype(np.int64) + 1970,
        "month": (months - years.astype("datetime64[M]")).astype(np.int64) + 1,
        "day": (days - months.astype("datetime64[D]")).astype(np.int64) + 1,
        "hour": tod // 3600,
        "minute": (tod // 60) % 60,
        "second": tod % 60,
    }


def replace(values: np.ndarray, old: str, new: str) -> np.ndarray:
    """Replace ``old`` by ``new`` in every string of ``values`` (works on empty arrays too)."""
    arr = pc.replace_substring(
        pa.array(np.asarray(values, dtype=object), type=pa.string()), old, new
    )
    return np.asarray(arr.to_numpy(zero_copy_only=False), dtype=object)


def _str(values: np.ndarray) -> np.ndarray:
    return np.asarray(values).astype(str).astype(object)


def iso_utc(seconds: np.ndarray) -> np.ndarray:
    """Format epoch seconds as ``2024-06-18 11:59:53 UTC`` (messages since 2021)."""
    text = np.datetime_as_string(np.asarray(seconds, dtype="int64").astype("datetime64[s]"))
    arr = pc.replace_substring(pa.array(text, type=pa.string()), "T", " ")
    arr = pc.binary_join_element_wise(arr, pa.scalar("UTC"), " ")
    return np.asarray(arr.to_numpy(zero_copy_only=False), dtype=object)


def iso_plain(seconds: np.ndarray) -> np.ndarray:
    """Format epoch seconds as ``2022-09-11 02:49:29`` (activity files, no zone)."""
    text = np.datetime_as_string(np.asarray(seconds, dtype="int64").astype("datetime64[s]"))
    return replace(text.astype(object), "T", " ")


def us_short(seconds: np.ndarray, *, padded: bool = False) -> np.ndarray:
    """Format as ``3/7/26, 1:07 PM`` (``padded``: ``03/07/26, 01:07 PM``)."""
    f = _fields(seconds)
    hour12 = (f["hour"] + 11) % 12 + 1
    ampm = np.where(f["hour"] < 12, " AM", " PM").astype(object)
    yy = decimal(f["year"] % 100, 2)
    minute = decimal(f["minute"], 2)
    if padded:
        return (
            decimal(f["month"], 2) + "/" + decimal(f["day"], 2) + "/" + yy + ", "
            + decimal(hour12, 2) + ":" + minute + ampm
        )  # fmt: skip
    return (
        _str(f["month"])
        + "/"
        + _str(f["day"])
        + "/"
        + yy
        + ", "
        + _str(hour12)
        + ":"
        + (minute + ampm)
    )


def day_month_year(seconds: np.ndarray) -> np.ndarray:
    """Format as ``09 Mar 2026`` (Connections.csv since 2020)."""
    f = _fields(seconds)
    return decimal(f["day"], 2) + " " + _MONTHS[f["month"] - 1] + " " + _str(f["year"])


def month_year(seconds: np.ndarray) -> np.ndarray:
    """Format as ``Jun 2018`` (Positions.csv)."""
    f = _fields(seconds)
    return _MONTHS[f["month"] - 1] + " " + _str(f["year"])


def slash_utc(seconds: np.ndarray) -> np.ndarray:
    """Format as ``2024/12/07 14:51:07 UTC`` (endorsements)."""
    return replace(iso_utc(seconds), "-", "/")


def java_date(seconds: np.ndarray) -> np.ndarray:
    """Format as ``Sat Dec 14 08:57:55 UTC 2024`` (Company Follows.csv)."""
    f = _fields(seconds)
    days = np.asarray(seconds, dtype=np.int64) // 86400
    weekday = np.array(["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"], dtype=object)[days % 7]
    clock = decimal(f["hour"], 2) + ":" + decimal(f["minute"], 2) + ":" + decimal(f["second"], 2)
    return (
        weekday + " " + _MONTHS[f["month"] - 1] + " " + decimal(f["day"], 2) + " " + clock
        + " UTC " + _str(f["year"])
    )  # fmt: skip
