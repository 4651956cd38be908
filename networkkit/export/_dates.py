"""Timestamps of every era: formats tried in the order the data fits, impossible and far dates.

A column may mix formats (Positions holds ``Jun 2018`` and ``2022``); values without a zone
are UTC. A value no format reads, an impossible day (``31 Feb``) and a year outside
1900-2200 become NA and are counted, with the file, column and first line, in one record
per column and reason (:func:`count_unreadable`).
"""

from __future__ import annotations

import datetime

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from networkkit.errors import LayoutError
from networkkit.export._csv import RawTable
from networkkit.export._text import clean

__all__ = ["TS", "TS_FIRST", "TS_FORMATS", "TS_LAST", "count_unreadable", "parse_ts"]

TS = pa.timestamp("us", tz="UTC")
_UTC = "%Y-%m-%d %H:%M:%S UTC"
_USDT = "%m/%d/%y, %I:%M %p"

#: Formats tried for timestamps, most common first; a column may mix several (Positions
#: holds ``Jun 2018`` and ``2022``). Values without a zone are UTC.
TS_FORMATS: tuple[str, ...] = (
    _UTC,
    _USDT,
    "%d %b %Y",
    "%b %Y",
    "%Y",
    "%Y/%m/%d %H:%M:%S UTC",
    "%a %b %d %H:%M:%S UTC %Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d",
    "%d-%b-%y",
    "%b-%y",
    "%d-%b-%Y",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y",
    "%m/%d/%y %H:%M",
    "%m/%d/%y",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%d %H:%M",
    "%b %d, %Y",
    "%d %B %Y",
    "%B %Y",
    "%m/%d/%y, %H:%M",
)


#: Dates a member's data can hold: anything outside is a typo or a placeholder (``9999``),
#: read as missing and counted, never an exception further on.
TS_FIRST = datetime.datetime(1900, 1, 1)
TS_LAST = datetime.datetime(2200, 12, 31, 23, 59, 59, 999999)


def _digits(values: pa.Array) -> pa.Array:
    """Return the runs of digits of each string, without leading zeros, space-separated."""
    runs = pc.replace_substring_regex(values, pattern=r"\D+", replacement=" ")
    return pc.utf8_trim_whitespace(
        pc.replace_substring_regex(runs, pattern=r"(^| )0+(\d)", replacement=r"\1\2")
    )


def count_unreadable(
    unreadable: list[dict] | None,
    raw: RawTable,
    header: str,
    flags: pa.Array,
    reason: str | None = None,
) -> None:
    """Record the cells of one column read as missing: how many, and the line of the first.

    Appends ``file``, ``column``, ``cells`` and ``first_line`` (and ``reason`` when given) to
    ``unreadable``; does nothing when ``unreadable`` is ``None`` or no flag is set.
    """
    if unreadable is None or not pc.any(flags).as_py():
        return
    first = pc.indices_nonzero(flags)[0].as_py()
    record = {
        "file": raw.file,
        "column": header,
        "cells": int(pc.sum(flags).as_py()),
        "first_line": raw.line_of_row(first),
    }
    if reason is not None:
        record["reason"] = reason
    unreadable.append(record)


def _plausible(
    arr: pa.Array,
    result: pa.Array,
    formats: list[str],
    raw: RawTable,
    header: str,
    unreadable: list[dict] | None,
) -> tuple[pa.Array, pa.Array]:
    """Blank dates that cannot be right: impossible days and years outside 1900-2200.

    Arrow's ``strptime`` rolls an impossible day over (``31 Feb 2024`` → 2 March); such a
    value lands on day 1-3 of a month, so only those are checked: a value whose digits
    differ from the digits of its date written back in a format that reads it is
    impossible. Both kinds become NA and are counted in ``unreadable`` (with the reason).
    Returns the result and the mask of the values blanked.
    """
    n = len(result)
    day = pc.day(result)
    candidates = pc.and_(pc.is_valid(result), pc.less_equal(day, 3))
    impossible = pa.array(np.zeros(n, dtype=bool))
    if pc.any(candidates).as_py():
        idx = pc.indices_nonzero(candidates)
        given, parsed = pc.take(arr, idx), pc.take(result, idx)
        # whole seconds: Arrow writes %S of a microsecond timestamp with its fraction
        whole = pc.cast(parsed, pa.timestamp("s"), safe=False)
        same = pa.array(np.zeros(len(idx), dtype=bool))
        wanted = None
        for fmt in formats:
            if "%d" not in fmt:
                same = pa.array(np.ones(len(idx), dtype=bool))
                break
            back = pc.strftime(whole, format=fmt)
            same = pc.or_(same, pc.fill_null(pc.equal(back, given), False))
            if pc.all(same).as_py():
                break
            # unpadded days and hours (3/7/26, 1:07 PM): compare the numbers only
            wanted = _digits(given) if wanted is None else wanted
            back = _digits(pc.strftime(whole, format=fmt.replace("%p", "").strip()))
            same = pc.or_(same, pc.fill_null(pc.equal(back, wanted), False))
        flags = np.zeros(n, dtype=bool)
        flags[idx.to_numpy()] = ~same.to_numpy(zero_copy_only=False)
        impossible = pa.array(flags)
    out_of_range = pc.fill_null(
        pc.or_(
            pc.less(result, pa.scalar(TS_FIRST, pa.timestamp("us"))),
            pc.greater(result, pa.scalar(TS_LAST, pa.timestamp("us"))),
        ),
        False,
    )
    for flags, reason in (
        (impossible, "impossible dates such as 31 Feb"),
        (out_of_range, "dates outside 1900-2200"),
    ):
        if not pc.any(flags).as_py():
            continue
        count_unreadable(unreadable, raw, header, flags, reason)
        result = pc.if_else(flags, pa.nulls(n, result.type), result)
    return result, pc.or_(impossible, out_of_range)


def parse_ts(
    arr: pa.Array,
    raw: RawTable,
    header: str,
    *,
    strict: bool = True,
    unreadable: list[dict] | None = None,
) -> pa.Array | None:
    """Parse a string column into UTC timestamps, trying formats in the order the data fits.

    A value no format reads: with ``unreadable`` given, it becomes NA and the column's count
    and first line are appended to that list (``file``, ``column``, ``cells``,
    ``first_line``); else, when ``strict``, :class:`LayoutError` names its line and column;
    otherwise ``None`` is returned for the column.
    """
    arr = clean(arr, len(arr))  # trimmed, empty → null (copying only where needed)
    n_valid = len(arr) - arr.null_count
    if n_valid == 0:
        return pa.nulls(len(arr), TS)
    sample = arr.drop_null().slice(0, 200)
    scores = [
        (
            len(sample) - pc.strptime(sample, format=f, unit="us", error_is_null=True).null_count,
            -i,
            f,
        )
        for i, f in enumerate(TS_FORMATS)
    ]
    ordered = [f for score, _, f in sorted(scores, reverse=True)]
    result = None
    used = []
    for fmt in ordered:
        parsed = pc.strptime(arr, format=fmt, unit="us", error_is_null=True)
        result = parsed if result is None else pc.coalesce(result, parsed)
        used.append(fmt)
        if len(arr) - result.null_count == n_valid:
            break
    result, blanked = _plausible(arr, result, used, raw, header, unreadable)
    missed = pc.and_(pc.and_(pc.is_valid(arr), pc.is_null(result)), pc.invert(blanked))
    if pc.any(missed).as_py():
        if unreadable is not None:
            count_unreadable(unreadable, raw, header, missed)
            return result.cast(pa.timestamp("us")).cast(TS)
        if not strict:
            return None
        row = pc.indices_nonzero(missed)[0].as_py()
        value = arr[row].as_py()
        raise LayoutError(
            f"cannot read {value!r} as a date or time; fix the value or remove the row",
            file=raw.file,
            line=raw.line_of_row(row),
            column=header,
        )
    return result.cast(pa.timestamp("us")).cast(TS)
