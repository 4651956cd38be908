"""load_export: a LinkedIn data export of any era → an :class:`Export` of canonical tables."""

from __future__ import annotations

import csv
import os
import re
import zlib
from typing import Any

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
    MAX_TOTAL_BYTES,
    Member,
    open_source,
)
from networkkit.export._csv import RawTable, read_table, repair_mojibake
from networkkit.export._keys import STR, member_key, whole
from networkkit.export._memory import loading_pool
from networkkit.export._model import TABLE_NAMES, Export, Owner
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


def _as_of_from_names(names: list[str]) -> pd.Timestamp | None:
    for name in reversed(names):
        stem = os.path.basename(str(name).rstrip("/"))
        m = _DATE_IN_NAME.search(stem)
        if m:
            month, day, year = (int(g) for g in m.groups())
            try:
                return pd.Timestamp(year=year, month=month, day=day, tz="UTC")
            except ValueError:
                continue
    return None


# --------------------------------------------------------------------------- owner


def _mode(values: pa.Array) -> Any:
    values = values.drop_null()
    if len(values) == 0:
        return None
    counts = pc.value_counts(values)
    vals = counts.field("values").to_pylist()
    cnts = counts.field("counts").to_pylist()
    best = max(cnts)
    # deterministic tie-break: the smallest value among the most frequent
    return min(v for v, c in zip(vals, cnts, strict=True) if c == best)


def _key_for_name(name: str, tables: dict[str, dict[str, pa.Array]]) -> str | None:
    """Find a member's key from rows where the named person is the sender or invitee."""
    inv = tables.get("invitations")
    if inv is not None and len(inv["sender_name"]):
        is_out = pc.fill_null(pc.equal(inv["direction"], "outgoing"), False)
        named = pc.fill_null(pc.equal(inv["sender_name"], name), False)
        key = _mode(inv["inviter_key"].filter(pc.and_(is_out, named)))
        if key:
            return key
        is_in = pc.fill_null(pc.equal(inv["direction"], "incoming"), False)
        named = pc.fill_null(pc.equal(inv["recipient_name"], name), False)
        key = _mode(inv["invitee_key"].filter(pc.and_(is_in, named)))
        if key:
            return key
    msg = tables.get("messages")
    if msg is not None and len(msg["sender_name"]):
        named = pc.fill_null(pc.equal(msg["sender_name"], name), False)
        key = _mode(msg["sender_key"].filter(named))
        if key:
            return key
    return None


def _name_for_key(key: str, tables: dict[str, dict[str, pa.Array]]) -> str | None:
    msg = tables.get("messages")
    if msg is not None:
        name = _mode(
            msg["sender_name"].filter(pc.fill_null(pc.equal(msg["sender_key"], key), False))
        )
        if name:
            return name
    inv = tables.get("invitations")
    if inv is not None:
        name = _mode(
            inv["sender_name"].filter(pc.fill_null(pc.equal(inv["inviter_key"], key), False))
        )
        if name:
            return name
    return None


def _owner(given: str | None, tables: dict[str, dict[str, pa.Array]]) -> Owner:
    if given is not None and str(given).strip():
        given = str(given).strip()
        if "/" in given or "linkedin." in given.lower():
            key = member_key(given)
            return Owner(name=_name_for_key(key, tables), member_key=key, source="given")
        return Owner(name=given, member_key=_key_for_name(given, tables), source="given")
    prof = tables.get("profile")
    if prof is not None and len(prof["full_name"]) and prof["full_name"][0].is_valid:
        name = prof["full_name"][0].as_py()
        return Owner(name=name, member_key=_key_for_name(name, tables), source="profile")
    msg = tables.get("messages")
    if msg is not None and len(msg["sender_key"]):
        # the owner takes part in every message: as sender or among the recipients
        parties = pa.concat_arrays(
            [whole(msg["sender_key"]), whole(msg["recipient_keys"]).flatten().cast(_STR)]
        )
        key = _mode(parties) if len(whole(msg["recipient_keys"]).flatten()) else None
        if key:
            return Owner(name=_name_for_key(key, tables), member_key=key, source="messages")
        # no recipient URLs (2018-2022 layouts): the most frequent party by name
        names = pa.concat_arrays(
            [whole(msg["sender_name"]), whole(msg["recipient_names"]).flatten().cast(_STR)]
        )
        names = names.filter(pc.fill_null(pc.not_equal(names, "LinkedIn Member"), False))
        name = _mode(names) if pc.all(pc.is_null(msg["direction_2018"])).as_py() else None
        if name:
            return Owner(name=name, member_key=_key_for_name(name, tables), source="messages")
        d18 = msg["direction_2018"]
        out = pc.fill_null(pc.equal(pc.utf8_lower(d18), "outgoing"), False)
        name = _mode(msg["sender_name"].filter(out))
        if name:
            return Owner(name=name, member_key=None, source="messages")
    inv = tables.get("invitations")
    if inv is not None and len(inv["sender_name"]):
        is_out = pc.fill_null(pc.equal(inv["direction"], "outgoing"), False)
        key = _mode(inv["inviter_key"].filter(is_out))
        name = _mode(inv["sender_name"].filter(is_out))
        if key is None:
            is_in = pc.fill_null(pc.equal(inv["direction"], "incoming"), False)
            key = _mode(inv["invitee_key"].filter(is_in))
            name = name or _mode(inv["recipient_name"].filter(is_in))
        if key or name:
            return Owner(name=name, member_key=key, source="invitations")
    return Owner()


_DIRECTIONS = pa.array(["incoming", "outgoing"], _STR)


def _direction(cols: dict[str, pa.Array], owner: Owner) -> pa.Array:
    """Tell outgoing from incoming (sender key, else name; 2018 column wins; NA if unknown)."""
    n = len(cols["sender_name"])
    null = pa.scalar(None, _STR)
    out = pa.nulls(n, _STR)
    if owner.member_key or owner.name:
        is_out = (
            pc.equal(cols["sender_key"], owner.member_key)
            if owner.member_key
            else pa.nulls(n, pa.bool_())
        )
        if owner.name and is_out.null_count:
            # rows without a sender URL: by name
            is_out = pc.coalesce(is_out, pc.equal(cols["sender_name"], owner.name))
        if not owner.name:
            # without a name, rows with no sender URL can still be told apart when the
            # owner has a key: their sender (LinkedIn Member, a company page) is not the owner
            is_out = pc.fill_null(is_out, False)
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
    max_total_bytes: int = MAX_TOTAL_BYTES,
    max_ratio: float = MAX_RATIO,
) -> Export:
    """Read a LinkedIn data export of any era (2018 to today) into canonical tables.

    Files are found by every name LinkedIn has used (any case, any sub-folder, member-id and
    number suffixes), decoded (UTF-8, UTF-8 with BOM, UTF-16 with BOM), and mapped to the
    canonical columns by header name, never by position. Zip members are read in memory,
    never extracted. Nothing is returned unless every needed file was read.

    Parameters
    ----------
    path : str or os.PathLike
        The zip as downloaded (``Complete_LinkedInDataExport_03-09-2026.zip``), the unpacked
        folder, a folder holding that one zip, the folder re-zipped (files one folder down),
        or a single CSV file such as ``Connections.csv``.
    owner : str, optional
        The exporting member's name (``"Sam Member"``) or profile URL; by default read from
        ``Profile.csv``, else the most frequent party of the messages, else the invitations.
    max_member_bytes : int, default ``MAX_MEMBER_BYTES`` (4 GiB)
        Refuse a file that expands beyond this many bytes.
    max_total_bytes : int, default ``MAX_TOTAL_BYTES`` (8 GiB)
        Refuse an export whose files read expand beyond this many bytes in total.
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
        the latest timestamp in the tables when that is later or there is no date in the
        name.

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
        A file's bytes cannot be decoded (names the file and line).
    LayoutError
        A needed file's header matches no known layout, or a row cannot be read (names
        the file, line and column).

    Notes
    -----
    Decisions worth knowing:

    - ``as_of`` is the start (00:00 UTC) of the day in the archive's name, never earlier than
      the latest timestamp in the tables (the name's date is the member's local date, and
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
    max_total_bytes: int,
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
    parts: dict[str, list[dict[str, pa.Array]]] = {}
    extra_parts: dict[str, list[pa.Table]] = {}
    recognised = 0
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
        try:
            entry = _read_member(member, what, table, needed)
        except (DecodeError, LayoutError) as err:
            if needed:
                raise
            # an activity or coach file the tables do not need: note it, read the rest
            report.append(_unread(member.name, what, table, f"not read: {err}"))
            continue
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
            raise LayoutError(
                f"the file cannot be read ({type(exc).__name__}: {exc})", file=member.name
            ) from exc
        row, cols = entry
        report.append(row)
        if cols is None:
            continue
        if what == "table":
            parts.setdefault(table, []).append(cols)
        else:
            extra_parts.setdefault(table, []).append(cols)
    if recognised == 0:
        raise NoLinkedInFilesError(
            "no LinkedIn export file found (such as Connections.csv or messages.csv); "
            "point at the export zip or its unpacked folder",
            file=str(path),
        )

    tables = {name: _concat(p) for name, p in parts.items()}
    who = _owner(owner, tables)
    frames: dict[str, pd.DataFrame] = {}
    for name in TABLE_NAMES:
        if name not in tables:
            frames[name] = empty(name)
            continue
        cols = tables[name]
        n = len(next(iter(cols.values()))) if cols else 0
        if name in {"messages", "coach_messages"}:
            cols = dict(cols)
            cols["direction"] = _direction(cols, who)
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
    latest = ex.latest_timestamp()
    named = _as_of_from_names(source.names)
    candidates = [t for t in (named, latest) if t is not None]
    ex.as_of = max(candidates) if candidates else None
    ex.parse_report = _frame_report(report)
    return ex


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
    member: Member, what: str, table: str, needed: bool
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
    cols, layout_name, more = normalise(table, raw)
    if table == "coach_messages":
        base = name.replace("\\", "/").rsplit("/", 1)[-1]
        cols["source_file"] = pa.array([base] * raw.rows, _STR) if raw.rows else pa.nulls(0, _STR)
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
