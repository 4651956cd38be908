"""Privacy before output: scrub e-mail addresses and phone numbers, pseudonymise names.

Everything here works on the data, before any table or figure is made, so that nothing a
report shows (HTML or executed notebook) can carry an address, a number or — when
``anonymize`` is on — a real name. The scrubber itself is :mod:`networkkit.prepare._scrub`
(one pass, any script); names are found by :mod:`networkkit.prepare._names` (one automaton
for every known name).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import os
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from networkkit.export import Export, Owner
from networkkit.prepare._names import NameMatcher, fold_name
from networkkit.prepare._scrub import (
    EMAIL_PATTERN,
    OTHER_NUMBERS,
    PHONE_PATTERN,
    PREFILTER,
    PREFILTER_DIGITS,
    find_private,
    scrub,
)

__all__ = [
    "EMAIL_PATTERN",
    "EVENT_ID_COLUMNS",
    "EVENT_KEY_COLUMNS",
    "EVENT_NAME_COLUMNS",
    "PHONE_PATTERN",
    "Pseudonymizer",
    "anonymize_events",
    "anonymize_export",
    "known_people",
    "load_key",
    "scrub_events",
    "scrub_export",
    "scrub_text",
]

#: Columns that hold contact details or private profile fields; always blanked.
_PRIVATE_COLUMNS = {
    "connections": ("email",),
    "profile": (
        "address",
        "birth_date",
        "zip_code",
        "twitter_handles",
        "websites",
        "instant_messengers",
        "maiden_name",
    ),
}

#: Names that are not people (LinkedIn's placeholders); never pseudonymised.
_NOT_PEOPLE = {"linkedin member", "linkedin", "linkedin user"}

#: A LinkedIn profile link in text; the host's first label is bounded and possessive, so a
#: long word costs one pass (an unbounded ``[\w-]+\.`` retried it from every letter).
_PROFILE_URL_RE = re.compile(
    r"(?:https?://)?(?<![\w-])(?:[\w-]{1,63}+\.)?linkedin\.com/in/[^\s\"'<>,)]++", re.I
)


def _string_columns(df: pd.DataFrame) -> list[str]:
    return [
        c
        for c in df.columns
        if isinstance(df[c].dtype, pd.StringDtype)
        or df[c].dtype == object
        or (
            isinstance(df[c].dtype, pd.ArrowDtype)
            and pa.types.is_string(df[c].dtype.pyarrow_dtype)
        )
    ]


def _list_columns(df: pd.DataFrame) -> list[str]:
    return [
        c
        for c in df.columns
        if isinstance(df[c].dtype, pd.ArrowDtype) and pa.types.is_list(df[c].dtype.pyarrow_dtype)
    ]


def _candidates(values: pd.Series) -> np.ndarray:
    """Cells that may hold an e-mail address or a phone number, as a bool array.

    Python over every cell of a million-row column took a minute; Arrow's vectorised RE2
    finds the few candidate cells (:data:`~networkkit.prepare._scrub.PREFILTER`, a superset)
    in a second, and only those go through the scrubber.
    """
    arr = _arrow_strings(values)
    if isinstance(arr, pa.ChunkedArray) and arr.num_chunks > 1:
        # one compilation of the pattern, not one per chunk (64-bit offsets: past 2 GiB)
        arr = arr.cast(pa.large_string()).combine_chunks()
    return _prefilter(arr)


def _prefilter(arr: pa.Array | pa.ChunkedArray) -> np.ndarray:
    """Cells :data:`PREFILTER` matches that may hold a contact detail, as a bool array.

    :data:`PREFILTER_DIGITS` on every cell (fast), :data:`PREFILTER` only on the few cells
    holding another kind of number (:data:`OTHER_NUMBERS`).
    """

    def mask(pattern: str, values: pa.Array | pa.ChunkedArray) -> np.ndarray:
        hit = pc.match_substring_regex(values, pattern)
        return pc.fill_null(hit, False).to_numpy(zero_copy_only=False).astype(bool)

    out = mask(PREFILTER_DIGITS, arr)
    odd = np.flatnonzero(mask(OTHER_NUMBERS, arr) & ~out)
    if len(odd):
        out[odd] = mask(PREFILTER, arr.take(pa.array(odd)))
    return out


#: Columns shorter than this are matched against :data:`PREFILTER` together, in one call:
#: Arrow compiles the pattern at every call (about 10 ms), which a report's hundred small
#: columns would otherwise pay a hundred times.
_BATCH_CELLS = 50_000


def _candidate_masks(columns: Sequence[pd.Series]) -> list[np.ndarray]:
    """:func:`_candidates` of several columns, the short ones matched in one call."""
    masks: list[np.ndarray | None] = [None] * len(columns)
    short = [i for i, values in enumerate(columns) if len(values) < _BATCH_CELLS]
    chunks = []
    for i in short:
        arr = _arrow_strings(columns[i])
        parts = arr.chunks if isinstance(arr, pa.ChunkedArray) else [arr]
        chunks += [part.cast(pa.large_string()) for part in parts]
    if chunks:
        # one array, not a chunked one: Arrow compiles the pattern again for every chunk
        flat = _prefilter(pa.concat_arrays(chunks))
        start = 0
        for i in short:
            masks[i] = flat[start : start + len(columns[i])]
            start += len(columns[i])
    return [m if m is not None else _candidates(columns[i]) for i, m in enumerate(masks)]


def _scrub_candidates(values: pd.Series, cand: np.ndarray) -> pd.Series:
    """Scrub the cells ``cand`` marks (the others cannot hold a contact detail)."""
    out = values.copy()
    if cand.any():
        # the scrubber on the few candidates (it normalises and validates, which RE2 cannot)
        out[cand] = values[cand].astype(object).map(scrub, na_action="ignore")
    return out


def _arrow_strings(values: pd.Series) -> pa.Array | pa.ChunkedArray:
    """Return the values as Arrow strings: Arrow-backed as they are (no copy), else converted.

    ``astype("string")`` would move an Arrow-backed column into Python strings and back (a
    few seconds per million cells), which is why the storage is checked first.
    """
    if _arrow_backed(values.dtype):
        return values.array.__arrow_array__()
    return pa.array(values.astype("string").array)


def _arrow_backed(dtype: Any) -> bool:
    """Whether ``dtype`` holds its strings in Arrow (``string[pyarrow]`` or an ArrowDtype)."""
    return (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow") or (
        isinstance(dtype, pd.ArrowDtype) and pa.types.is_string(dtype.pyarrow_dtype)
    )


def scrub_text(values: pd.Series) -> pd.Series:
    """Replace e-mail addresses by ``[email]`` and phone numbers by ``[phone]``.

    Parameters
    ----------
    values : pandas.Series
        Text (string or object dtype); missing values stay missing.

    Returns
    -------
    pandas.Series
        The scrubbed text, same index and dtype.

    Examples
    --------
    >>> scrub_text(pd.Series(["mail ana@example.com or call +31 6 1234 5678"])).iloc[0]
    'mail [email] or call [phone]'
    >>> scrub_text(pd.Series(["ana [at] example [dot] com, ＋４４ ２０ ７９４６ ０９５８"]))[0]
    '[email], [phone]'
    """
    return _scrub_candidates(values, _candidates(values))


def _each_distinct(values: pd.Series, func: Callable[[pd.Series], pd.Series]) -> pd.Series:
    """Apply an element-wise ``func`` to each distinct value of ``values`` once.

    Exports repeat their texts (a subject on every message of a thread, a job title, a
    company, a URL on every row of a member): the pseudonymisation's cost then follows the
    distinct values, not the rows. Missing values stay missing; same index and dtype.
    """
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if len(uniques) == len(values):  # all distinct: nothing is shared
        return func(values)
    mapped = func(pd.Series(uniques)).astype(values.dtype)
    taken = pd.api.extensions.take(mapped.array, codes, allow_fill=True)
    return pd.Series(taken, index=values.index, dtype=values.dtype)


def _map_lists(values: pd.Series, func) -> pd.Series:
    """Apply ``func`` (Series of str → Series of str) to every element of a list column."""
    if isinstance(values.dtype, pd.ArrowDtype):
        chunked = values.array.__arrow_array__()
    else:
        chunked = pa.array(list(values), type=pa.list_(pa.string()))
    combined = chunked.combine_chunks() if isinstance(chunked, pa.ChunkedArray) else chunked
    # every element the offsets point at (``flatten`` would leave out those behind a null
    # list and shift the rest), offsets made to start at 0
    offsets = combined.offsets
    first = offsets[0].as_py() if len(offsets) else 0
    flat = combined.values.slice(first, offsets[-1].as_py() - first).cast(pa.string())
    offsets = pc.subtract(offsets, pa.scalar(first, offsets.type))
    mapped = func(pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([flat]))))
    values_out = _arrow_strings(mapped)
    if isinstance(values_out, pa.ChunkedArray):
        values_out = values_out.combine_chunks()
    rebuilt = pa.ListArray.from_arrays(
        offsets, values_out.cast(pa.string()), mask=combined.is_null()
    )
    return pd.Series(rebuilt, index=values.index, dtype=values.dtype)


def scrub_export(ex: Export) -> Export:
    """Return a copy of ``ex`` with no e-mail address or phone number left in it.

    Contact-detail columns (``connections.email``, the profile's address, birth date, ...)
    are blanked; every other text is scrubbed with :func:`scrub_text`; extra files about
    e-mail addresses or phone numbers are dropped. The parse report is scrubbed too.

    Parameters
    ----------
    ex : Export
        The export as loaded.

    Returns
    -------
    Export
        A new Export; ``ex`` is not modified.
    """
    tables = {name: df.copy() for name, df in ex.tables().items()}
    parse_report = ex.parse_report.copy()
    # every text column of every table (and the parse report) matched in as few calls as
    # possible, then scrubbed where it matched
    texts = [(df, col) for df in tables.values() for col in _string_columns(df)]
    texts += [(parse_report, col) for col in _string_columns(parse_report)]
    masks = _candidate_masks([df[col] for df, col in texts])
    for (df, col), mask in zip(texts, masks, strict=True):
        df[col] = _scrub_candidates(df[col], mask)
    for df in tables.values():
        for col in _list_columns(df):
            df[col] = _map_lists(df[col], scrub_text)
    for name, cols in _PRIVATE_COLUMNS.items():
        for col in cols:
            if col in tables[name]:
                tables[name][col] = pd.Series(
                    pd.NA, index=tables[name].index, dtype=tables[name][col].dtype
                )
    extra = {key: df for key, df in ex.extra.items() if not re.search(r"e-?mail|phone", key, re.I)}
    return dataclasses.replace(ex, **tables, extra=extra, parse_report=parse_report)


def load_key(path: str | Path) -> bytes:
    """Read (or create, with 32 random bytes) the secret key pseudonyms are derived from.

    Keeping the key beside the reports keeps pseudonyms stable from run to run, while
    nobody without the key can recompute a pseudonym from a name.

    Parameters
    ----------
    path : str or Path
        The key file, e.g. ``reports/anonymize.key``.

    Returns
    -------
    bytes
        The key.
    """
    path = Path(path)
    if path.exists() and path.stat().st_size >= 16:
        return path.read_bytes()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    # private from its first byte (never briefly world-readable), and first writer wins: two
    # runs creating the key at once must both use the one that lands, or their pseudonyms differ
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        try:
            os.link(tmp, path)
        except FileExistsError:
            return path.read_bytes()
    finally:
        tmp.unlink(missing_ok=True)
    return key


class Pseudonymizer:
    """Stable pseudonyms from a secret key: ``"Ana Ruiz"`` → ``"Person 3F2A9C0B17D4"``.

    A pseudonym carries 48 bits of a keyed hash (HMAC-SHA256), so a million people get a
    million different pseudonyms. Two spellings of one name (case, accents, apostrophes,
    spacing: ``José Núñez`` and ``jose  nunez``) get the same pseudonym.

    Parameters
    ----------
    key : bytes
        The secret (see :func:`load_key`); the same key always gives the same pseudonyms.
    """

    def __init__(self, key: bytes) -> None:
        self._key = key

    def _digest(self, text: str, n: int) -> str:
        return hmac.new(self._key, text.encode("utf-8"), hashlib.sha256).hexdigest()[:n]

    def name(self, value: str) -> str:
        """Return the pseudonym of one person's name (case, accents, spacing do not matter)."""
        norm = fold_name(value)
        if norm in _NOT_PEOPLE:
            return value
        return f"Person {self._digest('name:' + norm, 12).upper()}"

    def key(self, value: str) -> str:
        """Return the pseudonymous member key of one member key or profile URL slug."""
        return f"member-{self._digest('key:' + value.casefold(), 12)}"

    def names(self, values: pd.Series) -> pd.Series:
        """Pseudonymise a column of names (missing stays missing)."""
        uniques = pd.unique(values.dropna())
        mapping = {u: self.name(str(u)) for u in uniques}
        return values.map(mapping).astype(values.dtype)

    def keys(self, values: pd.Series) -> pd.Series:
        """Pseudonymise a column of member keys (missing stays missing)."""
        uniques = pd.unique(values.dropna())
        mapping = {u: self.key(str(u)) for u in uniques}
        return values.map(mapping).astype(values.dtype)

    def urls(self, values: pd.Series) -> pd.Series:
        """Replace profile URLs by a pseudonymous ``https://www.linkedin.com/in/member-…``."""

        def each(urls: pd.Series) -> pd.Series:
            slugs = urls.str.extract(r"/in/([^/?#\s]+)", expand=False)
            fake = "https://www.linkedin.com/in/" + self.keys(slugs.astype("string"))
            return fake.where(urls.notna()).astype(urls.dtype)

        return _each_distinct(values, each)


def _all_names(ex: Export) -> pd.Series:
    parts = [
        ex.connections["full_name"],
        ex.messages["sender_name"],
        ex.invitations["sender_name"],
        ex.invitations["recipient_name"],
        ex.profile["full_name"],
        ex.endorsements_received.get("endorser_name", pd.Series(dtype="string")),
        ex.endorsements_given.get("endorsee_name", pd.Series(dtype="string")),
    ]
    if len(ex.messages):
        recips = ex.messages["recipient_names"].explode()
        parts.append(recips.astype("string"))
    for table in (ex.recommendations_received, ex.recommendations_given):
        if {"first_name", "last_name"} <= set(table.columns):
            parts.append((table["first_name"] + " " + table["last_name"]).astype("string"))
    if ex.owner.name:
        parts.append(pd.Series([ex.owner.name], dtype="string"))
    names = pd.concat([p.astype("string") for p in parts], ignore_index=True).dropna()
    names = names.str.strip()
    return names[(names.str.len() >= 2) & ~names.str.casefold().isin(_NOT_PEOPLE)]


def known_people(ex: Export) -> list[str]:
    """Return every known person's full name: the name columns, first + last, the owner.

    Parameters
    ----------
    ex : Export
        The export as loaded (before pseudonymisation).

    Returns
    -------
    list of str
        Distinct names, as written.
    """
    names = list(pd.unique(_all_names(ex)))
    for table in (ex.connections, ex.profile):
        if {"first_name", "last_name"} <= set(table.columns):
            whole = (
                table["first_name"].fillna("") + " " + table["last_name"].fillna("")
            ).str.strip()
            names += [n for n in pd.unique(whole.astype(str)) if n]
    return names


def _replacer(matcher: NameMatcher):
    """Return text → text: profile links out, then every known name by its pseudonym."""

    def replace_each(values: pd.Series) -> pd.Series:
        out = values.str.replace(_PROFILE_URL_RE, "[profile link]", regex=True)
        return out.map(matcher.replace, na_action="ignore").astype(values.dtype)

    def replace(values: pd.Series) -> pd.Series:
        return _each_distinct(values, replace_each)

    return replace


def name_matcher(ex: Export, *, key: bytes) -> NameMatcher:
    """Return the automaton that finds the export's people in free text (see ``_names``).

    Parameters
    ----------
    ex : Export
        The export as loaded (or scrubbed), before pseudonymisation.
    key : bytes
        The secret key.

    Returns
    -------
    NameMatcher
        Its ``replace(text)`` puts each known person's pseudonym in place of their name.
    """
    return NameMatcher(known_people(ex), Pseudonymizer(key).name, not_people=_NOT_PEOPLE)


def _name_replacer(ex: Export, pseudo: Pseudonymizer):
    """Build text → text replacing every known name (full, then first and last alone)."""
    return _replacer(NameMatcher(known_people(ex), pseudo.name, not_people=_NOT_PEOPLE))


_NAME_COLUMNS = {
    "connections": ("full_name",),
    "messages": ("sender_name",),
    "invitations": ("sender_name", "recipient_name"),
    "profile": ("full_name",),
    "endorsements_received": ("endorser_name",),
    "endorsements_given": ("endorsee_name",),
}
_FIRST_LAST = {
    "connections": ("first_name", "last_name", "full_name"),
    "profile": ("first_name", "last_name", "full_name"),
    "endorsements_received": ("endorser_first_name", "endorser_last_name", "endorser_name"),
    "endorsements_given": ("endorsee_first_name", "endorsee_last_name", "endorsee_name"),
}


def _pseudonymise_names(name: str, df: pd.DataFrame, pseudo: Pseudonymizer) -> None:
    """Replace a table's name columns in place; first and last names fold into the full one."""
    first_last = _FIRST_LAST.get(name)
    if first_last and all(c in df for c in first_last):
        first, last, full = first_last
        whole = df[full].fillna(
            (df[first].fillna("") + " " + df[last].fillna("")).str.strip().replace("", pd.NA)
        )
        df[full] = pseudo.names(whole.astype("string"))
        df[first] = df[full]
        df[last] = pd.Series(pd.NA, index=df.index, dtype=df[last].dtype)
    for col in _NAME_COLUMNS.get(name, ()):
        if col in df and not (first_last and col == first_last[2]):
            df[col] = pseudo.names(df[col])


def _pseudonymise_links(df: pd.DataFrame, pseudo: Pseudonymizer) -> None:
    """Replace a table's member keys, profile URLs and recipient names in place."""
    lists = set(_list_columns(df))
    for col in df.columns:
        if col.endswith(("_key", "_keys")):
            func = pseudo.keys
        elif col.endswith(("_url", "_urls")):
            func = pseudo.urls
        elif col == "recipient_names":
            df[col] = _map_lists(df[col], pseudo.names)
            continue
        else:
            continue
        df[col] = _map_lists(df[col], func) if col in lists else func(df[col])


def anonymize_export(ex: Export, *, key: bytes) -> Export:
    """Return a copy of ``ex`` with every person's name, key and profile URL pseudonymised.

    Names become ``"Person XXXXXX"`` (a keyed hash, stable for a given key), in the name
    columns and inside free text (messages, notes, titles); member keys and profile URLs
    become ``member-…`` slugs, so joins between tables still work. The owner is
    pseudonymised the same way; ``"LinkedIn Member"`` stays as it is.

    Parameters
    ----------
    ex : Export
        The export (ideally already passed through :func:`scrub_export`).
    key : bytes
        The secret key (:func:`load_key`).

    Returns
    -------
    Export
        A new Export; ``ex`` is not modified.
    """
    pseudo = Pseudonymizer(key)
    replace = _name_replacer(ex, pseudo)
    tables = {name: df.copy() for name, df in ex.tables().items()}
    for name, df in tables.items():
        _pseudonymise_names(name, df, pseudo)
        _pseudonymise_links(df, pseudo)
        people = {*_NAME_COLUMNS.get(name, ()), *_FIRST_LAST.get(name, ()), "member_key"}
        for col in _string_columns(df):
            if col not in people and not col.endswith(("_key", "_url")):
                df[col] = replace(df[col])
    if {"first_name", "last_name"} <= set(tables["recommendations_received"].columns):
        for table in ("recommendations_received", "recommendations_given"):
            df = tables[table]
            whole = (df["first_name"].fillna("") + " " + df["last_name"].fillna("")).str.strip()
            df["first_name"] = pseudo.names(whole.replace("", pd.NA).astype("string"))
            df["last_name"] = pd.Series(pd.NA, index=df.index, dtype=df["last_name"].dtype)
    owner = Owner(
        name=None if ex.owner.name is None else pseudo.name(ex.owner.name),
        member_key=None if ex.owner.member_key is None else pseudo.key(ex.owner.member_key),
        source=ex.owner.source,
    )
    parse_report = ex.parse_report.copy()
    for col in _string_columns(parse_report):
        parse_report[col] = replace(parse_report[col])
    extra = {}
    for key_name, df in ex.extra.items():
        out = df.copy()
        for col in _string_columns(out):
            out[col] = replace(out[col])
        extra[key_name] = out
    return dataclasses.replace(ex, **tables, owner=owner, parse_report=parse_report, extra=extra)


#: Event-log columns that identify a thread or a person: an e-mail address there becomes a
#: stable opaque token (so threads stay apart), never the shared ``[email]``.
EVENT_ID_COLUMNS = ("thread_id", "recipient_key", "sender")
#: Event-log columns :func:`anonymize_events` turns into member keys (``member-…``).
EVENT_KEY_COLUMNS = ("recipient_key", "recipient", "recipient_url", "candidate_id")
#: Event-log columns :func:`anonymize_events` turns into pseudonyms (``Person …``).
EVENT_NAME_COLUMNS = ("sender", "recipient_name", "sender_name")


def anonymize_events(
    events: pd.DataFrame, *, key: bytes, people: Iterable[str] = ()
) -> pd.DataFrame:
    """Pseudonymise an outreach event log's people: ``recipient_key`` and ``sender``.

    Parameters
    ----------
    events : pandas.DataFrame
        An event log (canonical columns, see :func:`networkkit.outreach.read_events`).
    key : bytes
        The secret key.

    people : iterable of str, optional
        More known names (e.g. the export's people) to find in the log's free text.

    Returns
    -------
    pandas.DataFrame
        A copy with ``recipient_key`` → ``member-…`` and ``sender`` → ``Person …``; in every
        other text column (campaign, template, sequence, ...) each known person's name
        becomes their pseudonym, and e-mail addresses and phone numbers are scrubbed.
    """
    pseudo = Pseudonymizer(key)
    out = events.copy()
    named = [c for c in out.columns if c in EVENT_NAME_COLUMNS]
    known = [v for c in named for v in pd.unique(out[c].dropna().astype(str))]
    matcher = NameMatcher([*known, *people], pseudo.name, not_people=_NOT_PEOPLE)
    replace = _replacer(matcher)
    for col in out.columns:
        if col in EVENT_KEY_COLUMNS:
            out[col] = pseudo.keys(out[col].astype("string"))
        elif col in EVENT_NAME_COLUMNS:
            out[col] = pseudo.names(out[col].astype("string"))
        elif (
            col not in _EVENT_CODES
            and col in _string_columns(out)
            and pd.api.types.infer_dtype(out[col], skipna=True) in {"string", "empty"}
        ):
            out[col] = replace(_text(out[col]))
    return scrub_events(out)


def event_text_names(names: Iterable[str], *, key: bytes) -> Any:
    """Return values → values putting pseudonyms for ``names`` in an event log's free text.

    The function :func:`anonymize_events` applies to campaigns, templates and other free
    text, for engines that run it batch by batch (Spark's Python workers).
    """
    return _replacer(NameMatcher(names, Pseudonymizer(key).name, not_people=_NOT_PEOPLE))


#: Event-log columns holding codes, never free text.
_EVENT_CODES = ("thread_id", "event", "channel")


def _text(values: pd.Series) -> pd.Series:
    """Return ``values`` as a string Series, Arrow-backed ones as they are (no copy)."""
    return values if _arrow_backed(values.dtype) else values.astype("string")


#: In an identifier (a thread id, a recipient key) eight digits in a row, with or without
#: separators, may be a phone number written into it (``call-0612345678``): an id is opaque
#: anyway, so such a value is replaced whole rather than judged.
_DIGITS_IN_ID = re.compile(r"(?:\d[ .\-/]?){7}\d")
#: Our own tokens and key pseudonyms are hashes, whose hex digits may run eight long: they
#: are never replaced again.
_OWN_TOKEN = re.compile(r"(?:member|contact)-[0-9a-f]{12}")


def _opaque_emails(values: pd.Series) -> pd.Series:
    """Replace values holding an e-mail address or phone number by ``contact-<hash>``.

    Identifiers are held to a stricter rule than text: any run of eight digits counts.
    """
    text = _text(values)
    cand = _candidates(text)
    private = np.zeros(len(text), dtype=bool)
    if cand.any():
        sub = text[cand].astype(object)  # Python's re: the patterns have look-arounds
        hit = sub.map(
            lambda v: (
                isinstance(v, str)
                and not _OWN_TOKEN.fullmatch(v)
                and (bool(find_private(v)) or bool(_DIGITS_IN_ID.search(v)))
            )
        )
        private[cand] = hit.fillna(False).astype(bool).to_numpy()
    if not private.any():
        return text
    # one hash per distinct value (a Gem log repeats each address over many events)
    codes, uniques = pd.factorize(text[private])
    tokens = np.array(
        [
            "contact-" + hashlib.sha256(str(u).casefold().encode("utf-8")).hexdigest()[:12]
            for u in uniques
        ],
        dtype=object,
    )
    if text.dtype == "string[pyarrow]":
        arr = _arrow_strings(text)
        arr = arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr
        swapped = pc.replace_with_mask(
            arr.cast(pa.string()), pa.array(private), pa.array(tokens[codes], pa.string())
        )
        return pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([swapped])), index=text.index)
    out = text.astype(object).to_numpy(copy=True)
    out[private] = tokens[codes]
    return pd.Series(out, index=text.index, dtype=text.dtype)


def scrub_events(events: pd.DataFrame) -> pd.DataFrame:
    """Scrub e-mail addresses and phone numbers from an event log.

    In the identifying columns (``thread_id``, ``recipient_key``, ``sender``) a value holding
    an address becomes an opaque ``contact-<hash>`` token, so distinct threads and people stay
    distinct; in every other text column addresses become ``[email]`` and numbers
    ``[phone]``.

    Parameters
    ----------
    events : pandas.DataFrame
        An event log.

    Returns
    -------
    pandas.DataFrame
        A copy; ``attrs`` are kept.
    """
    out = events.copy()
    for col in _string_columns(out):
        if pd.api.types.infer_dtype(out[col], skipna=True) not in {"string", "empty"}:
            continue
        if col in EVENT_ID_COLUMNS:
            out[col] = _opaque_emails(out[col])
        else:
            out[col] = scrub_text(_text(out[col]))
    return out
