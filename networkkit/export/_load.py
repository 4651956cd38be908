"""load_export: a LinkedIn data export of any era → an :class:`Export` of canonical tables."""

from __future__ import annotations

import csv
import hashlib
import os
import re
import zlib
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from networkkit.errors import (
    ArchiveError,
    DecodeError,
    ExportError,
    LayoutError,
    NoLinkedInFilesError,
)
from networkkit.export._archive import (
    MAX_MEMBER_BYTES,
    MAX_RATIO,
    Member,
    open_source,
)
from networkkit.export._csv import RawTable, read_table, repair_mojibake
from networkkit.export._keys import STR, distinct, whole
from networkkit.export._memory import loading_pool
from networkkit.export._model import TABLE_NAMES, Export, Inference, Owner
from networkkit.export._owner import ANONYMOUS, infer_owner
from networkkit.export._schema import DTYPES, TABLES, empty
from networkkit.export._tables import (
    CORE_TABLES,
    LAYOUTS,
    classify,
    normalise,
    normalise_extra,
)

__all__ = ["load_export"]

_DATE_IN_NAME = re.compile(r"(\d{2})-(\d{2})-(\d{4})")
_STR = STR
_LIST = DTYPES["list"].pyarrow_dtype


def _series(arr: pa.Array, kind: str) -> pd.Series:
    """Return a pandas Series of the schema's dtype for ``kind`` from a pyarrow array."""
    if kind == "str":
        if arr.type != _STR:
            arr = arr.cast(_STR)
        chunked = arr if isinstance(arr, pa.ChunkedArray) else pa.chunked_array([arr], _STR)
        return pd.Series(pd.arrays.ArrowStringArray(chunked))
    if kind == "list":
        chunked = arr if isinstance(arr, pa.ChunkedArray) else pa.chunked_array([arr], arr.type)
        return pd.Series(pd.arrays.ArrowExtensionArray(chunked))
    if isinstance(arr, pa.ChunkedArray):
        arr = whole(arr)
    if kind == "ts":
        return pd.Series(arr.to_pandas()).astype(DTYPES["ts"])
    if kind == "bool":
        return pd.Series(arr.to_pandas(types_mapper={pa.bool_(): pd.BooleanDtype()}.get))
    if kind == "int":
        return pd.Series(arr.to_pandas()).astype(DTYPES["int"])
    raise ValueError(kind)


def _frame(table: str, cols: dict[str, pa.Array], n: int) -> pd.DataFrame:
    """Build a frame with exactly ``table``'s canonical columns and dtypes."""
    spec = TABLES[table]
    data = {}
    for name, kind in spec.items():
        arr = cols.get(name)
        if arr is None:
            arr = pa.nulls(n, {"str": _STR, "list": _LIST}.get(kind, _STR))
            if kind == "ts":
                arr = pa.nulls(n, pa.timestamp("us", tz="UTC"))
            elif kind == "bool":
                arr = pa.nulls(n, pa.bool_())
        data[name] = _series(arr, kind)
    return pd.DataFrame(data, index=pd.RangeIndex(n))


def _concat(parts: list[dict[str, pa.Array]]) -> dict[str, pa.Array]:
    if len(parts) == 1:
        return parts[0]
    types: dict[str, pa.DataType] = {}
    for p in parts:
        for k, v in p.items():
            types.setdefault(k, v.type)
    out = {}
    for k, t in types.items():
        arrays = []
        for p in parts:
            n = len(next(iter(p.values()))) if p else 0
            arrays.append(whole(p[k]) if k in p else pa.nulls(n, t))
        out[k] = pa.concat_arrays(arrays)
    return out


#: Largest decompressed size of the optional activity and account files (shares, reactions,
#: comments, follows, logins, …) read from one export: a member's own are a few MiB; past this
#: the rest are named in the parse report and not read.
MAX_OPTIONAL_BYTES: int = 128 * 2**20


def _as_of_from_names(names: list[str]) -> pd.Timestamp | None:
    for name in reversed(names):
        stem = os.path.basename(str(name).rstrip("/"))
        m = _DATE_IN_NAME.search(stem)
        if m:
            month, day, year = (int(g) for g in m.groups())
            if not 1900 <= year <= 2200:  # a placeholder (12-31-9999), never when data ends
                continue
            try:
                return pd.Timestamp(year=year, month=month, day=day, tz="UTC")
            except ValueError:
                continue
    return None


# --------------------------------------------------------------------------- messages


def _conversations_2018(cols: dict[str, pa.Array]) -> dict[str, pa.Array]:
    """Give 2018 messages (no conversation ids) one conversation per counterpart.

    The counterpart is the sender of an incoming message and the recipients of an outgoing
    one; its id is ``2018-`` and a short hash of the counterpart's name (no name in the id).
    """
    d18 = cols["direction_2018"]
    conv = cols["conversation_id"]
    if d18.null_count == len(d18) or conv.null_count < len(conv):
        return cols
    out = dict(cols)
    lower = pc.utf8_lower(whole(d18))
    outgoing = pc.fill_null(pc.equal(lower, "outgoing"), False)
    incoming = pc.fill_null(pc.equal(lower, "incoming"), False)
    to = pc.binary_join(whole(cols["recipient_names"]), ",")
    who = pc.if_else(outgoing, to, pc.if_else(incoming, whole(cols["sender_name"]), None))
    values, where = distinct(who.cast(_STR))
    ids = pa.array(
        [
            None
            if v is None
            else "2018-" + hashlib.blake2b(v.casefold().encode(), digest_size=6).hexdigest()
            for v in values.to_pylist()
        ],
        _STR,
    )
    out["conversation_id"] = ids.take(where)
    return out


_DIRECTIONS = pa.array(["incoming", "outgoing"], _STR)


def _direction(cols: dict[str, pa.Array], owner: Owner, anonymous: bool = False) -> pa.Array:
    """Tell outgoing from incoming (sender key, else name; 2018 column wins; NA if unknown).

    A message with neither a sender name nor a sender URL stays NA: a missing sender is
    missing, never "someone else". With ``anonymous`` (the member appears as ``LinkedIn
    Member``), that label's messages outside sponsored conversations are the owner's.
    """
    n = len(cols["sender_name"])
    null = pa.scalar(None, _STR)
    out = pa.nulls(n, _STR)
    if owner.member_key or owner.name or anonymous:
        is_out = (
            pc.equal(cols["sender_key"], owner.member_key)
            if owner.member_key
            else pa.nulls(n, pa.bool_())
        )
        if owner.name and is_out.null_count:
            # rows without a sender URL: by name
            is_out = pc.coalesce(is_out, pc.equal(cols["sender_name"], owner.name))
        if anonymous:
            sponsored = pc.fill_null(
                pc.equal(cols["conversation_title"], "Sponsored Conversation"), False
            )
            label = pc.and_(
                pc.fill_null(pc.equal(cols["sender_name"], ANONYMOUS), False),
                pc.is_null(cols["sender_key"]),
            )
            is_out = pc.if_else(pc.and_(label, pc.invert(sponsored)), True, is_out)
        # a sender the owner's key or name did not match is someone else (LinkedIn Member,
        # a company page); a row with no sender at all stays unknown
        has_sender = pc.or_(pc.is_valid(cols["sender_name"]), pc.is_valid(cols["sender_key"]))
        is_out = pc.if_else(has_sender, pc.fill_null(is_out, False), pa.scalar(None, pa.bool_()))
        # false -> "incoming", true -> "outgoing", unknown stays missing
        out = _DIRECTIONS.take(is_out.cast(pa.int8()))
    d18 = cols["direction_2018"]
    if d18.null_count == len(d18):
        return out
    d18 = pc.utf8_lower(d18)
    ok = pc.fill_null(pc.is_in(d18, _DIRECTIONS), False)
    return pc.if_else(ok, d18, pc.if_else(pc.is_valid(out), out, null))


# --------------------------------------------------------------------------- main


def load_export(
    path: str | os.PathLike,
    *,
    owner: str | None = None,
    max_member_bytes: int = MAX_MEMBER_BYTES,
    max_total_bytes: int | None = None,
    max_ratio: float = MAX_RATIO,
) -> Export:
    """Read a LinkedIn data export of any era (2018 to today) into canonical tables.

    Files are found by every name LinkedIn has used (any case, any sub-folder, member-id and
    number suffixes), decoded (UTF-8, UTF-8 with BOM, UTF-16 with BOM), and mapped to the
    canonical columns by header name, never by position. Zip members are read in memory,
    never extracted. Liberal in what it accepts: a file that cannot be mapped or read is
    skipped and named (``inferred.skipped``, and ``skipped: ...`` in the parse report) while
    every other file still reads; a value that cannot be read becomes NA and is counted per
    file and column with its first line; rows of a second copy of a table are kept once.

    Parameters
    ----------
    path : str or os.PathLike
        The zip as downloaded (``Complete_LinkedInDataExport_03-09-2026.zip``), the unpacked
        folder, a folder holding that one zip, the folder re-zipped (files one folder down),
        or a single CSV file such as ``Connections.csv``.
    owner : str, optional
        The exporting member's name (``"Sam Member"``) or profile URL; by default read from
        ``Profile.csv``, messages (the party of most conversations, never ``LinkedIn
        Member``) and invitations, as they agree (see :mod:`networkkit.export._owner`).
    max_member_bytes : int, default ``MAX_MEMBER_BYTES`` (4 GiB)
        Refuse a file that expands beyond this many bytes.
    max_total_bytes : int, optional
        Refuse an export whose files read expand beyond this many bytes in total. Default:
        :func:`~networkkit.export.total_bytes_budget`, a quarter of this machine's (or its
        container's) memory, at least 256 MiB and at most ``MAX_TOTAL_BYTES`` (8 GiB).
    max_ratio : float, default ``MAX_RATIO`` (250)
        Refuse a zip member that expands more than this many times its compressed size
        (checked while it streams, after its first MiB).

    Returns
    -------
    Export
        Tables (pandas DataFrames; a table whose file is absent is empty with its columns).
        Types: ``str`` is ``string[pyarrow]`` (missing = ``<NA>``, never ``""``), ``ts`` is
        ``datetime64[us, UTC]`` (dates alone at 00:00 UTC), ``bool`` is ``boolean``,
        ``list`` is ``list<string>[pyarrow]``.

        ``connections`` (Connections.csv), one row per connection, hidden members (blank but
        the date) included with no identity:

        - first_name : str, ``"Jane"``; last_name : str, ``"Doe"``
        - full_name : str, ``"Jane Doe"`` (first and last joined)
        - profile_url : str, ``"https://www.linkedin.com/in/jane-doe-1a2b3c4d"`` (NA before 2023)
        - member_key : str, ``"jane-doe-1a2b3c4d"`` (see :func:`member_key`)
        - email : str, ``"jane@example.com"`` (mostly NA)
        - company : str, ``"Acme, Inc."``; position : str, ``"Senior Recruiter"`` (current
          ones at export time)
        - connected_on : ts, ``2026-03-09 00:00:00+00:00``

        ``messages`` (messages.csv / Messages.csv), one row per message:

        - conversation_id : str, ``"2-YmM2YWZm...XzAxMg=="`` (NA in 2018 exports)
        - conversation_title : str, ``"Sponsored Conversation"``
        - sender_name : str, ``"Dana Lee"``; sender_url : str,
          ``"https://www.linkedin.com/in/danalee"``; sender_key : str, ``"danalee"``
        - recipient_names : list, ``["Sam Member", "Walid T., FICS (UK)"]`` (split on ``,``
          not followed by a space)
        - recipient_urls : list, ``["https://www.linkedin.com/in/sam-member-1234"]``
        - recipient_keys : list, ``["sam-member-1234"]``
        - sent_at : ts, ``2024-06-18 11:59:53+00:00``
        - subject : str, ``"Opportunity"``
        - content : str, plain text: tags stripped (``<br>`` and paragraph ends become
          newlines, ``<li>`` becomes ``"- "``), entities decoded, U+00A0 → space,
          ``"May I know the company name?"``
        - content_html : str, the content as exported where it held HTML tags or entities,
          NA otherwise, ``"<p>Hi %FIRSTNAME%,</p>"``
        - folder : str, ``"INBOX"``, ``"ARCHIVE"``, ``"SPAM"``
        - is_draft : bool, ``True`` where ``IS MESSAGE DRAFT`` or ``IS CONVERSATION DRAFT`` is
          ``Yes``, else ``False``
        - attachments : str, as exported
        - direction : str, ``"outgoing"`` / ``"incoming"``: the 2018 ``Direction`` column, else
          the sender's key (or name, where the sender has no URL) compared with the owner's;
          NA when the owner is unknown

        ``invitations`` (Invitations.csv):

        - sender_name : str, ``"Sam Member"``; recipient_name : str, ``"Dana Lee"``
        - sent_at : ts, ``2026-03-07 13:07:00+00:00``
        - message : str, ``"Hi Sam, ..."``
        - direction : str, ``"outgoing"`` / ``"incoming"`` (from the file)
        - inviter_url, invitee_url : str, ``"https://www.linkedin.com/in/danalee"`` (NA in
          5-column files); inviter_key, invitee_key : str, ``"danalee"``

        ``profile`` (Profile.csv, one row): first_name, last_name, full_name, maiden_name,
        address, birth_date (``"Mar 31"``, kept as text), headline, summary, industry,
        zip_code, geo_location, twitter_handles, websites (``"[PERSONAL:https://...]"``),
        instant_messengers : str.

        ``positions``: company_name, title, description, location : str; started_on,
        finished_on : ts (``Jun 2018`` → ``2018-06-01``, ``2022`` → ``2022-01-01``);
        is_current : bool (``True`` where Finished On is empty).

        ``education``: school_name : str; start_date, end_date : ts; notes, degree_name,
        activities : str.

        ``skills``: name : str, ``"Machine Learning"``.

        ``endorsements_received``: endorsed_at : ts (``2024-12-07 14:51:07+00:00``),
        skill_name, endorser_first_name, endorser_last_name, endorser_name : str,
        endorser_url : str (``https://`` added to scheme-less URLs), endorser_key : str,
        status : str (``"ACCEPTED"``). ``endorsements_given``: the same with ``endorsee_``.

        ``recommendations_received`` / ``recommendations_given``: first_name, last_name,
        full_name, company, job_title, text : str; created_at : ts (``12/24/23, 05:28 AM``
        → ``2023-12-24 05:28:00+00:00``); status : str.

        ``coach_messages``: source_file : str (``"learning_coach_messages.csv"``), then the
        ``messages`` columns. AI and coach chats, kept out of ``messages``.

        ``extra``: dict of activity and account files (``"shares"``, ``"reactions"``,
        ``"comments"``, ``"company_follows"``, ``"member_follows"``, ``"saved_jobs"``, ...),
        each a DataFrame with snake_case columns of ``string[pyarrow]``, and
        ``datetime64[us, UTC]`` where a date-like column parses entirely (no zone = UTC).

        ``owner``: :class:`Owner` (name, member_key, source).

        ``as_of``: the export date in the archive's name (``_MM-DD-YYYY``) at 00:00 UTC, or
        the newest activity (messages, invitations, connections, endorsements,
        recommendations) when that is later or there is no date in the name. Profile,
        education and position dates are never activity.

        ``inferred``: :class:`Inference`, what was inferred (owner, ``as_of``) from which
        evidence and how sure; files skipped; cells read as NA; copies kept once.

        ``parse_report``: one row per file or archive entry: file (str), table (str, NA for
        files not read), layout (str, e.g. ``"messages/2023+"``, ``"invitations/5col"``),
        rows (int), skipped (int), notes (str: encoding, preamble, unknown columns,
        repaired mojibake, ``"not recognised"``, ...).

    Raises
    ------
    ArchiveError
        The path is not a zip, folder or CSV file; the zip is corrupt, encrypted where a
        needed file is, or expands beyond the caps.
    NoLinkedInFilesError
        Nothing in it is a LinkedIn export file.
    DecodeError
        No table is usable and a file's bytes cannot be decoded (names the file and line).
    LayoutError
        No table is usable and a file's header matches no known layout, or a row cannot be
        read (names the file, line and column).

    Notes
    -----
    Decisions worth knowing:

    - ``as_of`` is the start (00:00 UTC) of the day in the archive's name, never earlier than
      the newest activity in the tables (the name's date is the member's local date, and
      data of that day can be later).
    - Spreadsheet re-saves (a UTF-8 BOM, or a leading unnamed index column) have their
      ``NA`` cells read as missing; in LinkedIn's own files ``NA`` is kept as text.
    - Mojibake is repaired cell by cell, only in cells holding a double-encoding signature
      (``Ã©``, ``â€™``, ...) and only when the whole cell encodes back (cp1252, latin-1 for
      the bytes cp1252 leaves undefined) to valid UTF-8; the count is in the parse report.
    - Rows with a wrong number of fields are an error in the files of the tables (the line is
      named) and are skipped with a note in activity files (``Comments.csv`` is known to
      carry unquoted multi-line comments). An activity or coach file that cannot be read at
      all is noted and skipped.
    - Archive safety rules (unsafe names, symlinks, nested zips, encrypted entries,
      duplicates, size caps) are described in :mod:`networkkit.export._archive`.
    - While it runs, pyarrow's jemalloc pool is pyarrow's default when the default is
      pyarrow's own mimalloc (a quarter of the load's time on a large export went to the
      kernel zeroing pages mimalloc had handed back); the previous default is restored, and
      ``NETWORKKIT_MEMORY_POOL=default`` keeps it throughout. See
      :mod:`networkkit.export._memory`.

    Examples
    --------
    >>> import networkkit as nk
    >>> ex = nk.load_export("Complete_LinkedInDataExport_03-09-2026.zip")  # doctest: +SKIP
    >>> ex.messages.groupby("direction").size()  # doctest: +SKIP
    """
    with loading_pool():
        return _load(path, owner, max_member_bytes, max_total_bytes, max_ratio)


def _load(
    path: str | os.PathLike,
    owner: str | None,
    max_member_bytes: int,
    max_total_bytes: int | None,
    max_ratio: float,
) -> Export:
    """Do the work of :func:`load_export` (which chooses the memory pool around it)."""
    source = open_source(
        path,
        is_export=lambda name: classify(name) is not None,
        max_member_bytes=max_member_bytes,
        max_total_bytes=max_total_bytes,
        max_ratio=max_ratio,
    )
    report: list[dict[str, Any]] = [
        {"file": f, "table": None, "layout": None, "rows": None, "skipped": None, "notes": n}
        for f, n in source.notes
    ]
    parts: dict[str, list[tuple[str, dict[str, pa.Array]]]] = {}
    extra_parts: dict[str, list[pa.Table]] = {}
    recognised = 0
    errors: list[ExportError] = []
    inferred = Inference()
    row_of: dict[str, dict[str, Any]] = {}
    optional_bytes = 0
    for member in source.members:
        kind = classify(member.name)
        if kind is None:
            report.append(
                {
                    "file": member.name,
                    "table": None,
                    "layout": None,
                    "rows": None,
                    "skipped": None,
                    "notes": "not recognised",
                }
            )
            continue
        recognised += 1
        what, table = kind
        needed = what == "table" and table in CORE_TABLES
        if member.encrypted:
            if needed:
                raise ArchiveError(
                    "the entry is encrypted; export the data again without a password",
                    file=member.name,
                )
            report.append(_unread(member.name, what, table, "encrypted entry: skipped"))
            continue
        if what == "extra" and member.size is not None:
            # activity and account files are optional: past their budget they are named in
            # the parse report and never decompressed (2,048 one-MiB copies of a Shares
            # file held 3.4 GiB before), so the tables that matter always fit
            if optional_bytes + member.size > MAX_OPTIONAL_BYTES:
                report.append(
                    _unread(
                        member.name,
                        what,
                        table,
                        f"not read: the export's optional activity files pass "
                        f"{MAX_OPTIONAL_BYTES // 2**20} MiB",
                    )
                )
                continue
            optional_bytes += member.size
        try:
            entry = _read_member(member, what, table, needed, inferred.unreadable)
        except (DecodeError, LayoutError) as err:
            failed: ExportError = err
        except ExportError:
            raise
        except (
            pa.ArrowException,
            ValueError,
            KeyError,
            IndexError,
            UnicodeError,
            csv.Error,
            OSError,
            zlib.error,
            EOFError,
        ) as exc:
            failed = LayoutError(
                f"the file cannot be read ({type(exc).__name__}: {exc})", file=member.name
            )
        else:
            failed = None
        if failed is not None:
            # a file that cannot be mapped or read is skipped and named; the rest still reads
            if needed:
                errors.append(failed)
                inferred.skipped.append((member.name, _why(failed)))
                report.append(_unread(member.name, what, table, f"skipped: {failed.message}"))
            else:
                report.append(_unread(member.name, what, table, f"not read: {failed}"))
            continue
        row, cols = entry
        report.append(row)
        if cols is None:
            continue
        if what == "table":
            row_of[member.name] = row
            parts.setdefault(table, []).append((member.name, cols))
        else:
            extra_parts.setdefault(table, []).append(cols)
    if recognised == 0:
        raise NoLinkedInFilesError(
            "no LinkedIn export file found (such as Connections.csv or messages.csv); "
            "point at the export zip or its unpacked folder",
            file=str(path),
        )
    if errors and not parts:
        # nothing usable at all: the first file's own error says why
        raise errors[0]

    tables = {}
    for name, named_parts in parts.items():
        kept = _drop_copies(named_parts, inferred)
        for dup in inferred.duplicates:
            if dup["table"] == name:
                row = row_of[dup["file"]]
                note = f"{dup['rows']} row(s) identical to rows of {dup['same_as']}: kept once"
                row["notes"] = "; ".join(n for n in (row["notes"], note) if n)
        tables[name] = _concat(kept)
    if "messages" in tables:
        tables["messages"] = _conversations_2018(tables["messages"])
    guess = infer_owner(owner, tables)
    who = guess.owner
    frames: dict[str, pd.DataFrame] = {}
    for name in TABLE_NAMES:
        if name not in tables:
            frames[name] = empty(name)
            continue
        cols = tables[name]
        n = len(next(iter(cols.values()))) if cols else 0
        if name in {"messages", "coach_messages"}:
            cols = dict(cols)
            cols["direction"] = _direction(cols, who, guess.anonymous and name == "messages")
        frames[name] = _frame(name, cols, n)
    extra = {}
    for name, tabs in extra_parts.items():
        try:
            tab = (
                pa.concat_tables(tabs, promote_options="permissive") if len(tabs) > 1 else tabs[0]
            )
        except pa.ArrowException:
            tab = tabs[0]
        extra[name] = tab.to_pandas(
            types_mapper={pa.string(): DTYPES["str"], _STR: DTYPES["str"]}.get
        )
        for col in extra[name].columns:
            if isinstance(extra[name][col].dtype, pd.DatetimeTZDtype):
                extra[name][col] = extra[name][col].astype(DTYPES["ts"])

    ex = Export(**frames, owner=who, extra=extra, source=str(path))
    inferred.owner_from = ", ".join(guess.sources) or "nothing"
    inferred.owner_confidence = guess.confidence
    inferred.notes.extend(guess.notes)
    latest = ex.latest_activity()
    named = _as_of_from_names(source.names)
    candidates = [t for t in (named, latest) if t is not None]
    ex.as_of = max(candidates) if candidates else None
    if named is not None and named == ex.as_of:
        inferred.as_of_from, inferred.as_of_confidence = "export name", "high"
    elif latest is not None:
        inferred.as_of_from, inferred.as_of_confidence = "newest activity", "medium"
    note = _acceptance_note(ex)
    if note:
        inferred.notes.append(note)
    ex.inferred = inferred
    if inferred.notes:
        # weak or conflicting evidence, or a measure the export cannot support: said in the
        # parse report too, on a row of its own
        report.append(_unread("(inferred)", "table", "", " ".join(inferred.notes)))
        report[-1].update(table=None, rows=None, skipped=None)
    ex.parse_report = _frame_report(report)
    return ex


def _why(err: ExportError) -> str:
    """Return a short reason for the list of skipped files."""
    text = err.message
    if "matches no known layout" in text:
        return "header matches no known layout"
    return text.split(";")[0].strip()


def _drop_copies(
    named_parts: list[tuple[str, dict[str, pa.Array]]], inferred: Inference
) -> list[dict[str, pa.Array]]:
    """Keep once the rows a later copy of a table shares with an earlier file of it.

    Two files of one table (``Endorsement_Received_Info.csv`` and ``Endorsement Received
    Info.csv``) are both read; when at least half of the second's rows are identical to rows
    of the first, the second is a copy and those rows are dropped and counted. Repeats inside
    one file, and the few identical rows of a table split into numbered parts, are kept.
    """
    if len(named_parts) < 2:
        return [cols for _, cols in named_parts]
    seen: dict[str, str] = {}
    kept = []
    for file, cols in named_parts:
        signature = _row_signatures(cols)
        if not seen or signature is None:
            kept.append(cols)
            if signature is not None:
                for sig in signature:
                    seen.setdefault(sig, file)
            continue
        dup = np.fromiter((sig in seen for sig in signature), dtype=bool, count=len(signature))
        # a copy shares most of its rows; parts of one split table share few (two hidden
        # members connected on one day): only a copy's rows are kept once
        if dup.any() and dup.sum() * 2 >= len(dup):
            first = seen[signature[int(np.flatnonzero(dup)[0])]]
            inferred.duplicates.append(
                {
                    "table": _table_of(file),
                    "file": file,
                    "same_as": first,
                    "rows": int(dup.sum()),
                }
            )
            mask = pa.array(~dup)
            cols = {k: whole(v).filter(mask) for k, v in cols.items()}
        for sig in signature:
            seen.setdefault(sig, file)
        kept.append(cols)
    return kept


def _table_of(file: str) -> str | None:
    kind = classify(file)
    return kind[1] if kind else None


def _row_signatures(cols: dict[str, pa.Array]) -> list[str] | None:
    """One string per row joining every column's text (lists joined), for comparison."""
    if not cols:
        return None
    texts = []
    for key in sorted(cols):
        arr = whole(cols[key])
        if pa.types.is_list(arr.type) or pa.types.is_large_list(arr.type):
            arr = pc.binary_join(arr, "\x1f")
        texts.append(pc.fill_null(arr.cast(_STR), "\x00"))
    joined = pc.binary_join_element_wise(*texts, pa.scalar("\x1e", _STR))
    return joined.to_pylist()


def _acceptance_note(ex: Export) -> str | None:
    """Say so when no outgoing invitation can be matched to a connection by key."""
    inv = ex.invitations
    out = (inv["direction"] == "outgoing").fillna(False).to_numpy(dtype=bool)
    if not out.any() or inv.loc[out, "invitee_key"].notna().any():
        return None
    return (
        "Acceptance can't be measured from this export: its invitations carry no profile "
        "URL of the invitee."
    )


def _frame_report(rows: list[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return empty("parse_report")
    df = pd.DataFrame(rows, columns=list(TABLES["parse_report"]))
    out = {}
    for name, kind in TABLES["parse_report"].items():
        col = df[name]
        if kind == "int":
            out[name] = pd.array(col.astype(object).where(col.notna(), None), dtype="Int64")
        else:
            text = col.astype(object).where(col.notna() & (col != ""), None)
            out[name] = text.astype(DTYPES["str"])
    return pd.DataFrame(out)


def _unread(name: str, what: str, table: str, notes: str) -> dict[str, Any]:
    """Return a parse-report row for a recognised file with nothing read from it (yet)."""
    label = table if what == "table" else f"extra:{table}"
    return {"file": name, "table": label, "layout": None, "rows": 0, "skipped": 0, "notes": notes}


def _read_member(
    member: Member, what: str, table: str, needed: bool, unreadable: list[dict] | None = None
) -> tuple[dict[str, Any], Any]:
    """Read one recognised member: its parse-report row and its columns (or None)."""
    name = member.name
    layout = LAYOUTS.get(table) if what == "table" else None
    raw: RawTable = read_table(
        member.read(),
        name,
        match=(layout.matches if layout is not None else None),
        strict=what == "table",
        reload=member.read,
    )
    row = _unread(name, what, table, "")
    notes = list(raw.notes)
    if raw.empty_reason is not None:
        if raw.empty_reason == "no header" and needed:
            raise LayoutError(
                f"the header matches no known layout of {table} (expected columns such as "
                + ", ".join(sorted(LAYOUTS[table].required))
                + "); is this the file LinkedIn exported?",
                file=name,
                line=1,
            )
        notes.append(raw.empty_reason)
        row["notes"] = "; ".join(notes)
        if raw.empty_reason == "no header" and not needed:
            row["notes"] += " (file not read)"
            return row, None
        if what == "table":
            n0 = _empty_columns(table)
            return row, n0
        return row, None
    if raw.mojibake_suspect:
        fixed_total = 0
        for key, arr in list(raw.columns.items()):
            fixed, count = repair_mojibake(arr)
            if count:
                raw.columns[key] = fixed
                fixed_total += count
        if fixed_total:
            notes.append(f"repaired mojibake in {fixed_total} cell(s)")
    if raw.preamble:
        notes.append("preamble skipped")
    row["rows"] = raw.rows
    row["skipped"] = raw.skipped
    if what == "extra":
        row["layout"] = f"extra/{table}"
        row["notes"] = "; ".join(notes)
        return row, normalise_extra(raw)
    cols, layout_name, more = normalise(table, raw, unreadable)
    notes.extend(more)
    if raw.rows == 0 and "header only" not in notes:
        notes.append("no rows")
    row["layout"] = layout_name
    row["notes"] = "; ".join(notes)
    return row, cols


def _empty_columns(table: str) -> dict[str, pa.Array]:
    """Zero-row columns for a table (with the helper columns the loader uses)."""
    cols: dict[str, pa.Array] = {}
    for col, kind in TABLES[table].items():
        cols[col] = {
            "str": pa.array([], _STR),
            "ts": pa.array([], pa.timestamp("us", tz="UTC")),
            "bool": pa.array([], pa.bool_()),
            "list": pa.array([], _LIST),
            "int": pa.array([], pa.int64()),
        }[kind]
    if table in {"messages", "coach_messages"}:
        cols["direction_2018"] = pa.array([], _STR)
        cols.pop("direction", None)
    return cols
