"""File names and header layouts of every era, and the mapping of each to canonical columns.

All work is vectorised with :mod:`pyarrow.compute`: string clean-up, timestamp parsing per
detected format, list columns built with ``split_pattern``, keys computed once per distinct
URL.
"""

from __future__ import annotations

import datetime
import os
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from networkkit.errors import LayoutError
from networkkit.export._csv import OFFSET_WIDTH, RawTable, empty_as_missing, norm
from networkkit.export._keys import STR, distinct, keys_arrow, whole
from networkkit.export._model import TABLE_NAMES

__all__ = ["CORE_TABLES", "LAYOUTS", "Layout", "classify", "normalise"]

#: Tables of at least this many rows are cleaned on a few threads, column groups at once.
_PARALLEL_FROM = 50_000
_WORKERS = max(2, min(4, os.cpu_count() or 2))
TS = pa.timestamp("us", tz="UTC")
LIST = pa.list_(pa.string())

#: Tables whose files must be readable (a bad header there is an error, not a note): every
#: canonical table but the coach / AI chats, which are kept apart and may be skipped.
CORE_TABLES = frozenset(TABLE_NAMES) - {"coach_messages"}

# normalised file stem (lower-case alphanumerics, member-id / number suffix removed) → table
_FILES: dict[str, str] = {
    "connections": "connections",
    "messages": "messages",
    "invitations": "invitations",
    "profile": "profile",
    "positions": "positions",
    "education": "education",
    "skills": "skills",
    "endorsementreceivedinfo": "endorsements_received",
    "endorsementsreceivedinfo": "endorsements_received",
    "endorsementgiveninfo": "endorsements_given",
    "endorsementsgiveninfo": "endorsements_given",
    "recommendationsreceived": "recommendations_received",
    "recommendationsgiven": "recommendations_given",
    "guidemessages": "coach_messages",
    "learningcoachmessages": "coach_messages",
    "learningroleplaymessages": "coach_messages",
    "coachmessages": "coach_messages",
}

#: Activity and account files read into ``Export.extra`` (key: snake_case name).
_EXTRAS: dict[str, str] = {
    "shares": "shares",
    "reactions": "reactions",
    "comments": "comments",
    "companyfollows": "company_follows",
    "memberfollows": "member_follows",
    "hashtagfollows": "hashtag_follows",
    "phonenumbers": "phone_numbers",
    "whatsappphonenumbers": "whatsapp_phone_numbers",
    "emailaddresses": "email_addresses",
    "richmedia": "rich_media",
    "logins": "logins",
    "savedjobs": "saved_jobs",
    "savedjobalerts": "saved_job_alerts",
    "jobapplications": "job_applications",
    "jobapplicantsavedanswers": "job_applicant_saved_answers",
    "jobapplicantsavedscreeningquestionresponses": "job_applicant_saved_screening_responses",
    "jobseekerpreferences": "job_seeker_preferences",
    "adtargeting": "ad_targeting",
    "adsclicked": "ads_clicked",
    "inferencesaboutyou": "inferences_about_you",
    "learning": "learning",
    "registration": "registration",
    "receipts": "receipts",
    "receiptsv2": "receipts",
    "securitychallenges": "security_challenges",
    "events": "events",
    "votes": "votes",
    "causesyoucareabout": "causes_you_care_about",
    "languages": "languages",
    "certifications": "certifications",
    "courses": "courses",
    "projects": "projects",
    "publications": "publications",
    "honors": "honors",
    "volunteering": "volunteering",
    "patents": "patents",
    "testscores": "test_scores",
    "organizations": "organizations",
    "searchqueries": "search_queries",
    "verifications": "verifications",
    "groups": "groups",
    "services": "services",
    "companies": "companies",
    "memberfollow": "member_follows",
    "instantreposts": "instant_reposts",
}

_SUFFIX = re.compile(r"(?:[ _-]\d+)+$")


def classify(name: str) -> tuple[str, str] | None:
    """Return ``(kind, table)`` for a member name, or ``None`` when not recognised.

    ``kind`` is ``"table"`` (a canonical table) or ``"extra"``; matching ignores folders,
    case, spaces, underscores, and member-id or number suffixes (``Shares_997361.csv``,
    ``Jobs/Saved Jobs_1.csv``).
    """
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    if not base.lower().endswith(".csv"):
        return None
    stem = _SUFFIX.sub("", base[:-4])
    key = norm(stem)
    if key in _FILES:
        return "table", _FILES[key]
    if key in _EXTRAS:
        return "extra", _EXTRAS[key]
    return None


@dataclass(frozen=True)
class Layout:
    """How a table's headers of every era map to canonical (or helper) columns."""

    columns: dict[str, str]
    required: frozenset[str]
    ts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: at least one of these must be present too (empty: no such condition)
    any_of: frozenset[str] = frozenset()

    def matches(self, headers: list[str]) -> bool:
        """Tell whether normalised ``headers`` hold this layout's required columns."""
        heads = set(headers)
        return self.required <= heads and (not self.any_of or bool(self.any_of & heads))


_UTC = "%Y-%m-%d %H:%M:%S UTC"
_USDT = "%m/%d/%y, %I:%M %p"

_MSG_COLUMNS = {
    "conversationid": "conversation_id",
    "conversationtitle": "conversation_title",
    "from": "sender_name",
    "senderprofileurl": "sender_url",
    "to": "to",
    "recipientprofileurls": "to_urls",
    "date": "sent_at",
    "subject": "subject",
    "content": "content",
    "folder": "folder",
    "ismessagedraft": "is_message_draft",
    "isconversationdraft": "is_conversation_draft",
    "attachments": "attachments",
    "direction": "direction_2018",
}
_REC_COLUMNS = {
    "firstname": "first_name",
    "lastname": "last_name",
    "company": "company",
    "jobtitle": "job_title",
    "text": "text",
    "creationdate": "created_at",
    "status": "status",
}

LAYOUTS: dict[str, Layout] = {
    "connections": Layout(
        {
            "firstname": "first_name",
            "lastname": "last_name",
            # headers a member rewrote in a spreadsheet, mapped by name
            "name": "full_name",
            "fullname": "full_name",
            "url": "profile_url",
            "profileurl": "profile_url",
            "emailaddress": "email",
            "email": "email",
            "company": "company",
            "companyname": "company",
            "position": "position",
            "title": "position",
            "connectedon": "connected_on",
        },
        frozenset({"connectedon"}),
        any_of=frozenset({"firstname", "lastname", "name", "fullname", "url", "profileurl"}),
    ),
    "messages": Layout(_MSG_COLUMNS, frozenset({"from", "to", "date", "content"})),
    "coach_messages": Layout(_MSG_COLUMNS, frozenset({"from", "to", "date", "content"})),
    "invitations": Layout(
        {
            "from": "sender_name",
            "to": "recipient_name",
            "sentat": "sent_at",
            "message": "message",
            "direction": "direction",
            "inviterprofileurl": "inviter_url",
            "inviteeprofileurl": "invitee_url",
            # mid-2023: member URNs in place of URLs (no slug: no key, unless a URL is inside)
            "inviterprofileurn": "inviter_urn",
            "inviteeprofileurn": "invitee_urn",
        },
        frozenset({"from", "to", "sentat", "direction"}),
    ),
    "profile": Layout(
        {
            "firstname": "first_name",
            "lastname": "last_name",
            "maidenname": "maiden_name",
            "address": "address",
            "birthdate": "birth_date",
            "headline": "headline",
            "summary": "summary",
            "industry": "industry",
            "zipcode": "zip_code",
            "geolocation": "geo_location",
            "twitterhandles": "twitter_handles",
            "websites": "websites",
            "instantmessengers": "instant_messengers",
        },
        frozenset({"firstname", "lastname", "headline"}),
    ),
    "positions": Layout(
        {
            "companyname": "company_name",
            "title": "title",
            "description": "description",
            "location": "location",
            "startedon": "started_on",
            "finishedon": "finished_on",
        },
        frozenset({"companyname", "title", "startedon"}),
    ),
    "education": Layout(
        {
            "schoolname": "school_name",
            "startdate": "start_date",
            "enddate": "end_date",
            "notes": "notes",
            "degreename": "degree_name",
            "activities": "activities",
        },
        frozenset({"schoolname"}),
    ),
    "skills": Layout({"name": "name"}, frozenset({"name"})),
    "endorsements_received": Layout(
        {
            "endorsementdate": "endorsed_at",
            "skillname": "skill_name",
            "endorserfirstname": "endorser_first_name",
            "endorserlastname": "endorser_last_name",
            "endorserpublicurl": "endorser_url",
            "endorsementstatus": "status",
        },
        frozenset({"skillname", "endorserfirstname"}),
    ),
    "endorsements_given": Layout(
        {
            "endorsementdate": "endorsed_at",
            "skillname": "skill_name",
            "endorseefirstname": "endorsee_first_name",
            "endorseelastname": "endorsee_last_name",
            "endorseepublicurl": "endorsee_url",
            "endorsementstatus": "status",
        },
        frozenset({"skillname", "endorseefirstname"}),
    ),
    "recommendations_received": Layout(_REC_COLUMNS, frozenset({"firstname", "text"})),
    "recommendations_given": Layout(_REC_COLUMNS, frozenset({"firstname", "text"})),
}

#: Headers no LinkedIn export writes, seen in files members rewrote in a spreadsheet: mapped
#: by name, and named in the parse report.
_BY_NAME: dict[str, frozenset[str]] = {
    "connections": frozenset({"name", "fullname", "email", "companyname", "title"}),
}

# --------------------------------------------------------------------------- timestamps

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
        if unreadable is not None:
            first = pc.indices_nonzero(flags)[0].as_py()
            unreadable.append(
                {
                    "file": raw.file,
                    "column": header,
                    "cells": int(pc.sum(flags).as_py()),
                    "first_line": raw.line_of_row(first),
                    "reason": reason,
                }
            )
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
    arr = _s(arr, len(arr))  # trimmed, empty → null (copying only where needed)
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
            first = pc.indices_nonzero(missed)[0].as_py()
            unreadable.append(
                {
                    "file": raw.file,
                    "column": header,
                    "cells": int(pc.sum(missed).as_py()),
                    "first_line": raw.line_of_row(first),
                }
            )
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


# --------------------------------------------------------------------------- helpers


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


def _s(arr: pa.Array | None, n: int, *, trim: bool = True) -> pa.Array:
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


def _join_names(first: pa.Array, last: pa.Array) -> pa.Array:
    # not null_handling="skip": pyarrow drops rows whose inputs are all null there, which
    # shifts every later name onto the wrong row (hidden members have neither name)
    full = pc.binary_join_element_wise(
        first, last, pa.scalar(" ", first.type), null_handling="replace", null_replacement=""
    )
    return _s(pc.utf8_trim_whitespace(full), len(first))


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


_TAG = r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"
_ENTITY = r"&(?:[A-Za-z]+|#[0-9]+|#[xX][0-9A-Fa-f]+);"


def _rows_with_bytes(arr: pa.Array, needles: bytes) -> np.ndarray:
    """Return a boolean mask of the rows of a string array whose UTF-8 holds any byte given.

    Scans the array's data buffer with numpy (one comparison per byte given, in blocks of
    16 MiB) and maps hits to rows through the offsets: far cheaper than a regex over every
    cell.
    """
    n = len(arr)
    mask = np.zeros(n, dtype=bool)
    if n == 0:
        return mask
    bufs = arr.buffers()
    if bufs[2] is None:
        return mask
    offsets = np.frombuffer(bufs[1], dtype=OFFSET_WIDTH[arr.type])
    offsets = offsets[arr.offset : arr.offset + n + 1]
    data = np.frombuffer(bufs[2], dtype=np.uint8)
    start, stop = int(offsets[0]), int(offsets[-1])
    step = 1 << 24
    for lo in range(start, stop, step):  # blocks of 16 MiB bound the temporaries
        block = data[lo : min(lo + step, stop)]
        hit = block == needles[0]
        for byte in needles[1:]:
            hit |= block == byte
        pos = np.flatnonzero(hit) + lo
        if pos.size:
            mask[np.searchsorted(offsets, pos, side="right") - 1] = True
    return mask


def _pick_rows(chunks: list[pa.Array], needles: bytes) -> tuple[list[np.ndarray], pa.Array]:
    """Return, per chunk, the rows holding any byte of ``needles``, and those cells joined.

    The joined cells are in chunk order, then row order: what :func:`_put_rows` expects.
    """
    rows = [np.flatnonzero(_rows_with_bytes(chunk, needles)) for chunk in chunks]
    picked = [c.take(pa.array(r)) for c, r in zip(chunks, rows, strict=True) if r.size]
    cells = pa.concat_arrays(picked) if picked else pa.array([], STR)
    return rows, cells


def _put_rows(
    chunks: list[pa.Array], rows: list[np.ndarray], values: pa.Array, keep: np.ndarray
) -> pa.ChunkedArray:
    """Write ``values`` (as :func:`_pick_rows` joined them) back into their rows.

    Only the values where ``keep`` is true are written, and only chunks with a value to
    write are rebuilt; the others are kept as they are.
    """
    values = values.filter(pa.array(keep))
    out, start, at = [], 0, 0
    for chunk, r in zip(chunks, rows, strict=True):
        picked = r[keep[start : start + r.size]]
        start += r.size
        if picked.size:
            mask = np.zeros(len(chunk), dtype=bool)
            mask[picked] = True
            chunk = pc.replace_with_mask(chunk, pa.array(mask), values.slice(at, picked.size))
            at += picked.size
        out.append(chunk)
    return pa.chunked_array(out, STR)


#: Elements whose end starts a new line, as a reader sees them.
_BLOCK_ENDS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol"})
#: Elements whose body a reader never sees.
_HIDDEN = frozenset({"script", "style"})


class _VisibleText(HTMLParser):
    """The text a reader sees in a markup cell (the standard library's HTML parser).

    ``<br>`` and block ends become newlines, ``<li>`` becomes ``"- "``, entities are decoded
    (``convert_charrefs``), and comments, declarations and the bodies of ``<script>`` and
    ``<style>`` are dropped. One parser is reused for every cell (:meth:`text_of` resets it).
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._hidden: str | None = None

    def text_of(self, markup: str) -> str:
        """Return the visible text of one cell."""
        self.reset()
        self._parts, self._hidden = [], None
        start = markup.rfind("<!--")
        if start >= 0 and "-->" not in markup[start + 4 :]:
            markup += "-->"  # a comment left open runs to the end of the cell, as in a browser
        self.feed(markup)
        self.close()
        return "".join(self._parts)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _HIDDEN:
            self._hidden = tag
        elif tag == "br":
            self._parts.append("\n")
        elif tag == "li":
            self._parts.append("- ")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag == "br":
            self._parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == self._hidden:
            self._hidden = None
        elif tag in _BLOCK_ENDS and self._hidden is None:
            self._parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._hidden is None:
            self._parts.append(data)


def _markup_to_text(cells: pa.Array) -> pa.Array:
    """Turn markup cells into plain text (each distinct cell parsed once, taken back)."""
    h, where = distinct(cells)
    parser = _VisibleText()
    h = pa.array([None if v is None else parser.text_of(v) for v in h.to_pylist()], STR)
    h = pc.replace_substring(h, "\u00a0", " ")
    h = pc.replace_substring_regex(h, "\r\n?", "\n")
    h = pc.replace_substring_regex(h, r"[ \t]+\n", "\n")
    h = pc.replace_substring_regex(h, r"\n{3,}", "\n\n")
    return pc.utf8_trim(h, " \n\t\r").take(where)


def html_to_text(arr: pa.Array | pa.ChunkedArray) -> tuple[pa.ChunkedArray, pa.ChunkedArray]:
    r"""Return (plain text, html-or-null) for a content column.

    Cells holding tags, comments or entities are parsed by the standard library's HTML
    parser (:class:`html.parser.HTMLParser`) and keep what a reader sees: ``<br>`` and block
    ends (``</p>``, ``</div>``, ``</li>``, headings) → newline, ``<li>`` → ``"- "``, other tags
    removed, entities decoded; comments and the bodies of ``<script>`` and ``<style>`` are
    dropped. Every cell gets U+00A0 → space and CRLF → LF (spreadsheet re-saves).
    ``content_html`` keeps the cell as exported where it held markup or entities, and is null
    elsewhere.

    Only the cells holding one of the bytes ``<``, ``&``, ``\r`` or ``0xA0`` (found by a byte
    scan of each chunk's characters) are looked at, and only the distinct markup cells among
    them are parsed; the result keeps the column's chunks and rebuilds only the chunks where a
    cell changes.
    """
    chunks = list(arr.chunks) if isinstance(arr, pa.ChunkedArray) else [arr]
    chunks = [c if c.type == STR else c.cast(STR) for c in chunks] or [pa.array([], STR)]
    rows, cells = _pick_rows(chunks, b"<&\xa0\r")
    nulls = pa.chunked_array([pa.nulls(len(c), STR) for c in chunks], STR)
    if len(cells) == 0:
        return pa.chunked_array(chunks, STR), nulls
    maybe = pc.fill_null(pc.match_substring_regex(cells, r"<[A-Za-z/!]|&[#A-Za-z]"), False)
    exact = pc.or_(pc.match_substring_regex(cells, _TAG), pc.match_substring_regex(cells, _ENTITY))
    exact = pc.or_(exact, pc.match_substring(cells, "<!--"))
    is_html = pc.and_(maybe, pc.fill_null(exact, False))
    text = pc.replace_substring(cells, "\u00a0", " ")
    text = pc.replace_substring_regex(text, "\r\n?", "\n")
    markup = None
    if pc.any(is_html).as_py():
        html_cells = cells.filter(is_html)
        text = pc.replace_with_mask(text, is_html, _markup_to_text(html_cells))
        markup = pc.replace_with_mask(pa.nulls(len(cells), STR), is_html, html_cells)
    text = _s(text, len(text), trim=False)
    # only the cells that change are written back (most candidates hold a stray "&" or "<")
    same = pc.fill_null(pc.equal(text, cells), False).to_numpy(zero_copy_only=False)
    content = _put_rows(chunks, rows, text, ~same)
    if markup is None:
        return content, nulls
    keep = is_html.to_numpy(zero_copy_only=False)
    return content, _put_rows(list(nulls.chunks), rows, markup, keep)


def _yes(arr: pa.Array | None, n: int) -> pa.Array:
    if arr is None:
        return pa.array(np.zeros(n, dtype=bool))
    return pc.fill_null(pc.equal(pc.utf8_lower(pc.utf8_trim_whitespace(arr)), "yes"), False)


def _https(arr: pa.Array) -> pa.Array:
    """Give scheme-less profile URLs (``www.linkedin.com/in/x``) an ``https://`` scheme."""
    has = pc.fill_null(pc.match_substring_regex(arr, r"^[A-Za-z][A-Za-z0-9+.-]*://"), True)
    scheme, sep = pa.scalar("https://", arr.type), pa.scalar("", arr.type)
    return pc.if_else(has, arr, pc.binary_join_element_wise(scheme, arr, sep))


# --------------------------------------------------------------------------- per table


def layout_name(table: str, raw: RawTable, cols: dict[str, pa.Array]) -> str:
    """Name the layout a file was read with, e.g. ``"connections/2023+"``."""
    heads = {norm(h) for h in raw.headers}
    if table == "connections":
        if "url" in heads:
            return "connections/2023+"
        if raw.preamble:
            return "connections/2021-22"
        sample = cols.get("connected_on")
        if sample is not None and len(sample) and sample.null_count < len(sample):
            first = sample.drop_null()[0].as_py()
            if "/" in first:
                return "connections/2018"
        return "connections/2020-21"
    if table in {"messages", "coach_messages"}:
        if "direction" in heads and "conversationid" not in heads:
            return f"{table}/2018"
        return f"{table}/2023+" if "recipientprofileurls" in heads else f"{table}/2021-22"
    if table == "invitations":
        return "invitations/7col" if "inviterprofileurl" in heads else "invitations/5col"
    if table == "endorsements_received":
        return (
            "endorsements_received/2023+"
            if "endorserpublicurl" in heads
            else "endorsements_received/2020-22"
        )
    if table == "profile":
        return "profile/2018" if "contactinstructions" in heads else "profile/2022+"
    return table


def normalise(
    table: str, raw: RawTable, unreadable: list[dict] | None = None
) -> tuple[dict[str, pa.Array], str, list[str]]:
    """Map a raw file to canonical columns (as pyarrow arrays).

    Returns the columns, the layout name and notes (unknown columns, cells read as NA).
    Messages also carry the helper column ``direction_2018`` (the 2018 ``Direction`` value)
    for the loader. Dates no format reads become NA, counted per column in ``unreadable``
    (see :func:`parse_ts`).
    """
    if unreadable is None:
        unreadable = []
    before = len(unreadable)
    layout = LAYOUTS[table]
    n = raw.rows
    header_of = {norm(h): h for h in raw.headers}
    notes = []
    unknown = [h for h in raw.headers if norm(h) not in layout.columns]
    optional = [
        h
        for h in raw.headers
        if norm(h) in {"ismessagedraft", "isconversationdraft", "attachments"}
    ]
    if optional and table in {"messages", "coach_messages"}:
        notes.append("optional columns: " + ", ".join(optional))
    if unknown:
        notes.append("unknown columns: " + ", ".join(repr(u) for u in unknown))
    c: dict[str, pa.Array] = {}
    headers: dict[str, str] = {}
    for key, arr in raw.columns.items():
        target = layout.columns.get(key)
        if target and target not in c:
            c[target] = arr
            headers[target] = header_of.get(key, key)
    name = layout_name(table, raw, c)
    renamed = [h for h in raw.headers if norm(h) in _BY_NAME.get(table, {})]
    if renamed:
        notes.append(
            "columns mapped by name: "
            + ", ".join(f"{h!r} → {layout.columns[norm(h)]}" for h in renamed)
        )

    def ts(col: str) -> pa.Array:
        if col not in c:
            return pa.nulls(n, TS)
        return parse_ts(c[col], raw, headers[col], unreadable=unreadable)

    out: dict[str, pa.Array] = {}
    if table == "connections":
        out["first_name"] = _s(c.get("first_name"), n)
        out["last_name"] = _s(c.get("last_name"), n)
        out["full_name"] = _join_names(out["first_name"], out["last_name"])
        if "full_name" in c and "first_name" not in c and "last_name" not in c:
            # one rewritten ``Name`` column: kept whole, split at its first space
            full = _s(c["full_name"], n)
            parts = pc.split_pattern(full, " ", max_splits=1)
            out["full_name"] = full
            has_two = pc.greater(pc.fill_null(pc.list_value_length(parts), 0), 1)
            padded = pc.if_else(pc.is_valid(parts), parts, pa.scalar([""], parts.type))
            two = pc.if_else(has_two, parts, pa.scalar(["", ""], parts.type))
            out["first_name"] = _s(pc.list_element(padded, 0), n)
            out["last_name"] = _s(pc.list_element(two, 1), n)
        out["profile_url"] = _s(c.get("profile_url"), n)
        out["member_key"] = keys_arrow(out["profile_url"])
        for k in ("email", "company", "position"):
            out[k] = _s(c.get(k), n)
        out["connected_on"] = ts("connected_on")
    elif table in {"messages", "coach_messages"}:
        # independent column groups run on a small thread pool (pyarrow's kernels release
        # the GIL), the longest first so that both threads finish together. Each raw column
        # is used by one task, which takes it out of ``c`` (and the raw table lets go of its
        # columns), so a raw column is freed as soon as its clean column is built.
        raw.columns = {}

        def get(key: str) -> pa.ChunkedArray | None:
            return c.pop(key, None)

        def get_or_nulls(key: str) -> pa.ChunkedArray | pa.Array:
            col = get(key)
            return pa.nulls(n, STR) if col is None else col

        def _recipient_urls() -> dict[str, pa.Array]:
            # a conversation repeats its recipients on every message: lists are built once
            # per distinct cell and broadcast back with a take
            # trimmed and emptied per distinct cell (a blank cell is no list, not [])
            to_urls, where = distinct(get_or_nulls("to_urls"))
            urls = split_urls(_s(to_urls, len(to_urls)))
            keys = list_keys(urls)
            return {"recipient_urls": urls.take(where), "recipient_keys": keys.take(where)}

        def _content() -> dict[str, pa.Array]:
            text, markup = html_to_text(_s(get("content"), n, trim=False))
            return {"content": text, "content_html": markup}

        def _recipient_names() -> dict[str, pa.Array]:
            to_names, where_names = distinct(get_or_nulls("to"))
            names = split_names(_s(to_names, len(to_names)))
            return {"recipient_names": names.take(where_names)}

        def _sender() -> dict[str, pa.Array]:
            part = {"sender_url": _s(get("sender_url"), n)}
            part["sender_key"] = keys_arrow(part["sender_url"])
            return part

        def _times() -> dict[str, pa.Array]:
            sent = get("sent_at")
            if sent is None:
                return {"sent_at": pa.nulls(n, TS)}
            return {"sent_at": parse_ts(sent, raw, headers["sent_at"], unreadable=unreadable)}

        def _rest() -> dict[str, pa.Array]:
            part = {k: _s(get(k), n, trim=False) for k in ("conversation_id", "folder")}
            for k in ("conversation_title", "sender_name", "subject"):
                part[k] = _s(get(k), n)
            part["is_draft"] = pc.or_(
                _yes(get("is_message_draft"), n), _yes(get("is_conversation_draft"), n)
            )
            part["attachments"] = _s(get("attachments"), n)
            part["direction_2018"] = _s(get("direction_2018"), n)
            return part

        tasks = (_recipient_urls, _content, _recipient_names, _sender, _times, _rest)
        if n >= _PARALLEL_FROM:
            with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
                futures = [pool.submit(task) for task in tasks]
                for future in futures:
                    out.update(future.result())
        else:
            for task in tasks:
                out.update(task())
    elif table == "invitations":
        out["sender_name"] = _s(c.get("sender_name"), n)
        out["recipient_name"] = _s(c.get("recipient_name"), n)
        out["sent_at"] = ts("sent_at")
        out["message"] = _s(c.get("message"), n, trim=False)
        d = pc.utf8_lower(_s(c.get("direction"), n))
        ok = pc.fill_null(pc.is_in(d, pa.array(["incoming", "outgoing"])), False)
        out["direction"] = pc.if_else(ok, d, pa.scalar(None, STR))
        out["inviter_url"] = _s(c.get("inviter_url"), n)
        out["invitee_url"] = _s(c.get("invitee_url"), n)
        for side in ("inviter", "invitee"):
            if f"{side}_urn" in c and f"{side}_url" not in c:
                # a URN holds a profile URL only sometimes; an opaque id gives no key
                urn = _s(c[f"{side}_urn"], n)
                url = pc.extract_regex(
                    urn, r"(?P<url>(?:https?://)?[\w.]*linkedin\.com/in/[^\s,;)]+)"
                )
                out[f"{side}_url"] = pc.struct_field(url, [0])
        if ("inviter_urn" in c or "invitee_urn" in c) and "invitee_url" not in c:
            notes.append("people identified by URN, not profile URL: no keys where no URL")
        out["inviter_key"] = keys_arrow(out["inviter_url"])
        out["invitee_key"] = keys_arrow(out["invitee_url"])
    elif table == "profile":
        for k in LAYOUTS["profile"].columns.values():
            out[k] = _s(c.get(k), n)
        out["full_name"] = _join_names(out["first_name"], out["last_name"])
    elif table == "positions":
        for k in ("company_name", "title", "location"):
            out[k] = _s(c.get(k), n)
        out["description"] = _s(c.get("description"), n, trim=False)
        out["started_on"] = ts("started_on")
        out["finished_on"] = ts("finished_on")
        out["is_current"] = pc.is_null(out["finished_on"])
    elif table == "education":
        for k in ("school_name", "notes", "degree_name", "activities"):
            out[k] = _s(c.get(k), n)
        out["start_date"] = ts("start_date")
        out["end_date"] = ts("end_date")
    elif table == "skills":
        out["name"] = _s(c.get("name"), n)
    elif table in {"endorsements_received", "endorsements_given"}:
        who = "endorser" if table == "endorsements_received" else "endorsee"
        out["endorsed_at"] = ts("endorsed_at")
        out["skill_name"] = _s(c.get("skill_name"), n)
        out[f"{who}_first_name"] = _s(c.get(f"{who}_first_name"), n)
        out[f"{who}_last_name"] = _s(c.get(f"{who}_last_name"), n)
        out[f"{who}_name"] = _join_names(out[f"{who}_first_name"], out[f"{who}_last_name"])
        out[f"{who}_url"] = _https(_s(c.get(f"{who}_url"), n))
        out[f"{who}_key"] = keys_arrow(out[f"{who}_url"])
        out["status"] = _s(c.get("status"), n)
    elif table in {"recommendations_received", "recommendations_given"}:
        out["first_name"] = _s(c.get("first_name"), n)
        out["last_name"] = _s(c.get("last_name"), n)
        out["full_name"] = _join_names(out["first_name"], out["last_name"])
        for k in ("company", "job_title", "status"):
            out[k] = _s(c.get(k), n)
        out["text"] = _s(c.get("text"), n, trim=False)
        out["created_at"] = ts("created_at")
    for bad in unreadable[before:]:
        what = bad.get("reason", "unreadable value(s)")
        notes.append(
            f"{bad['cells']} {what} in column {bad['column']!r} read as missing"
            f" (first on line {bad['first_line']})"
        )
    return out, name, notes


_TS_HINT = re.compile(r"(date|time|_on$|_at$|^on$|^at$)")


def normalise_extra(raw: RawTable) -> pa.Table:
    """Lightly type an activity file: snake_case names, strings, timestamps where all parse."""
    cols: dict[str, pa.Array] = {}
    for h in raw.headers:
        key = norm(h)
        if key not in raw.columns:
            continue
        name = re.sub(r"[^0-9a-z]+", "_", re.sub(r"([a-z])([A-Z])", r"\1_\2", h).lower())
        name = name.strip("_") or key or "column"
        while name in cols:
            name += "_"
        arr = _s(raw.columns[key], raw.rows, trim=False)
        if _TS_HINT.search(name) and arr.null_count < len(arr):
            parsed = parse_ts(arr, raw, h, strict=False)
            if parsed is not None:
                arr = parsed
        cols[name] = arr
    return pa.table(cols) if cols else pa.table({})
