"""Column kinds: how the cells of one canonical column are read, whatever the table.

A :class:`Column` names a canonical column, its kind and the headers (of every era) that
feed it. :data:`READERS` maps each kind to the function that builds the column from those
headers' cells (or, for a derived kind, from columns built before it). Every reader is
vectorised with :mod:`pyarrow.compute`.

Kinds:

``text``
    Trimmed string; an empty cell is missing.
``verbatim``
    String kept as written (message bodies, ids, descriptions); an empty cell is missing.
``html``
    A body that may hold markup: the text a reader sees, and the cell as exported in
    ``<name>_html`` where it held markup (:func:`~networkkit.export._html.html_to_text`).
``timestamp``, ``date``
    A UTC timestamp in any known format (a date such as ``Jun 2018`` or ``2022`` is read
    as its start); unreadable, impossible and far values are missing and counted.
``category``
    Lower-cased; a value outside ``values`` is missing.
``flag``
    ``Yes``/``No`` as a boolean; with several headers, true where any says ``Yes``.
``url``
    A profile URL, trimmed; ``key`` names the member-key column built beside it; ``urn``
    names a header holding a member URN, read (for the URL inside it, if any) when no URL
    header is present.
``schemeless_url``
    A profile URL LinkedIn writes without its scheme (``www.linkedin.com/in/x``): given
    ``https://``; ``key`` as for ``url``.
``url_list``
    URLs joined by commas, as a list per row (``key``: the list of their member keys).
``name_list``
    Names joined by commas without a following space, as a list per row.
``name`` (derived)
    The names of the columns in ``of`` joined by a space; a header of its own (a rewritten
    ``Name`` column) is kept whole when none of ``of`` was read.
``missing_in`` (derived)
    True where the column in ``of`` is missing (a position without an end is current).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from networkkit.export._csv import RawTable, norm
from networkkit.export._dates import TS, parse_ts
from networkkit.export._html import html_to_text
from networkkit.export._keys import STR, distinct, keys_arrow
from networkkit.export._text import (
    clean,
    join_names,
    list_keys,
    split_names,
    split_urls,
    with_scheme,
    yes_flags,
)

__all__ = ["DERIVED", "READERS", "Column", "Reading", "col"]

#: Kinds built from other columns, after the columns read from the file.
DERIVED = frozenset({"name", "missing_in"})

#: A URN cell may hold a profile URL; an opaque member id gives none.
_URL_IN_URN = r"(?P<url>(?:https?://)?[\w.]*linkedin\.com/in/[^\s,;)]+)"


@dataclass(frozen=True)
class Column:
    """One canonical column: its name, its kind and the headers that feed it.

    ``headers`` are normalised (lower-case letters and digits); the first of them present
    in a file, in the file's order, is read. The other fields are options of some kinds
    (see the module's docstring).
    """

    name: str
    kind: str
    headers: tuple[str, ...] = ()
    of: tuple[str, ...] = ()
    key: str | None = None
    urn: str | None = None
    values: tuple[str, ...] = ()


def col(
    name: str,
    kind: str,
    *headers: str,
    of: tuple[str, ...] = (),
    key: str | None = None,
    urn: str | None = None,
    values: tuple[str, ...] = (),
) -> Column:
    """Describe a column, with its headers spelt as LinkedIn writes them (any case)."""
    if kind not in READERS:
        raise ValueError(f"unknown column kind {kind!r} for {name!r}")
    return Column(
        name,
        kind,
        tuple(norm(h) for h in headers),
        of,
        key,
        norm(urn) if urn else None,
        values,
    )


@dataclass
class Reading:
    """One file being read: its cells by column, the columns built so far, and its notes.

    ``sources`` maps a column's name to the ``(normalised header, header, cells)`` of every
    header of the file that feeds it, in the file's order; ``read`` keeps which columns had
    one (``sources`` is emptied as the columns are built, so that cells are let go early).
    """

    raw: RawTable
    n: int
    heads: frozenset[str]
    sources: dict[str, list[tuple[str, str, pa.ChunkedArray]]]
    read: frozenset[str]
    unreadable: list[dict]
    out: dict[str, pa.Array] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def take(self, column: Column) -> tuple[str, pa.ChunkedArray] | None:
        """Return ``(header, cells)`` of the first header feeding ``column``, letting go of all."""
        found = [s for s in self.sources.pop(column.name, []) if s[0] in column.headers]
        return (found[0][1], found[0][2]) if found else None

    def cells(self, column: Column) -> pa.ChunkedArray | None:
        """Return the cells of the first header feeding ``column`` (``None`` when absent)."""
        got = self.take(column)
        return None if got is None else got[1]


Reader = Callable[[Column, Reading], dict[str, pa.Array]]


def _text(column: Column, r: Reading) -> dict[str, pa.Array]:
    return {column.name: clean(r.cells(column), r.n)}


def _verbatim(column: Column, r: Reading) -> dict[str, pa.Array]:
    return {column.name: clean(r.cells(column), r.n, trim=False)}


def _html(column: Column, r: Reading) -> dict[str, pa.Array]:
    text, markup = html_to_text(clean(r.cells(column), r.n, trim=False))
    return {column.name: text, f"{column.name}_html": markup}


def _timestamp(column: Column, r: Reading) -> dict[str, pa.Array]:
    got = r.take(column)
    if got is None:
        return {column.name: pa.nulls(r.n, TS)}
    header, cells = got
    return {column.name: parse_ts(cells, r.raw, header, unreadable=r.unreadable)}


def _category(column: Column, r: Reading) -> dict[str, pa.Array]:
    value = pc.utf8_lower(clean(r.cells(column), r.n))
    known = pc.fill_null(pc.is_in(value, pa.array(column.values)), False)
    return {column.name: pc.if_else(known, value, pa.scalar(None, STR))}


def _flag(column: Column, r: Reading) -> dict[str, pa.Array]:
    found = [s[2] for s in r.sources.pop(column.name, []) if s[0] in column.headers]
    flags = yes_flags(found[0] if found else None, r.n)
    for more in found[1:]:
        flags = pc.or_(flags, yes_flags(more, r.n))
    return {column.name: flags}


def _with_key(column: Column, urls: pa.Array) -> dict[str, pa.Array]:
    part = {column.name: urls}
    if column.key:
        part[column.key] = keys_arrow(urls)
    return part


def _url(column: Column, r: Reading) -> dict[str, pa.Array]:
    found = r.sources.pop(column.name, [])
    urls = [s[2] for s in found if s[0] in column.headers]
    urns = [s[2] for s in found if s[0] == column.urn]
    if urls or not urns:
        return _with_key(column, clean(urls[0] if urls else None, r.n))
    inside = pc.extract_regex(clean(urns[0], r.n), _URL_IN_URN)
    return _with_key(column, pc.struct_field(inside, [0]))


def _schemeless_url(column: Column, r: Reading) -> dict[str, pa.Array]:
    return _with_key(column, with_scheme(clean(r.cells(column), r.n)))


def _url_list(column: Column, r: Reading) -> dict[str, pa.Array]:
    # a conversation repeats its recipients on every message: lists (and keys) are built
    # once per distinct cell and taken back; a blank cell is no list, not []
    cells = r.cells(column)
    unique, where = distinct(pa.nulls(r.n, STR) if cells is None else cells)
    urls = split_urls(clean(unique, len(unique)))
    part = {column.name: urls.take(where)}
    if column.key:
        part[column.key] = list_keys(urls).take(where)
    return part


def _name_list(column: Column, r: Reading) -> dict[str, pa.Array]:
    cells = r.cells(column)
    unique, where = distinct(pa.nulls(r.n, STR) if cells is None else cells)
    return {column.name: split_names(clean(unique, len(unique))).take(where)}


def _name(column: Column, r: Reading) -> dict[str, pa.Array]:
    whole_name = r.cells(column)
    if whole_name is not None and not (r.read & set(column.of)):
        return {column.name: clean(whole_name, r.n)}
    first, last = (r.out[c] for c in column.of)
    return {column.name: join_names(first, last)}


def _missing_in(column: Column, r: Reading) -> dict[str, pa.Array]:
    return {column.name: pc.is_null(r.out[column.of[0]])}


READERS: dict[str, Reader] = {
    "text": _text,
    "verbatim": _verbatim,
    "html": _html,
    "timestamp": _timestamp,
    "date": _timestamp,
    "category": _category,
    "flag": _flag,
    "url": _url,
    "schemeless_url": _schemeless_url,
    "url_list": _url_list,
    "name_list": _name_list,
    "name": _name,
    "missing_in": _missing_in,
}
