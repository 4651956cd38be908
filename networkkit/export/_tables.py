"""One description per export table: its file names, its header layouts by era, its columns.

:data:`SPECS` holds a :class:`TableSpec` for every canonical table:

``files``
    The names its file has had (matched ignoring folders, case, spaces, underscores and
    member-id or number suffixes).
``eras``
    Its header layouts as LinkedIn wrote them, each with the marks that tell it apart
    (headers it has or lacks, a preamble, the form of its first date). They are tried in
    order; the last is assumed when no other fits. The era names the layout in the parse
    report (``connections/2023+``).
``columns``
    Every canonical column it gives, in order, with its kind (how a cell is read: see
    :mod:`networkkit.export._columns`) and the headers of every era that feed it.
``steps``
    The few things no column kind says, as small named functions run after the columns.

:func:`normalise` walks a description: nothing in it names a table. Adding an era is one
:class:`Era` (and, if it renames a column, one more header on that column) in the table's
description, plus a fixture: see docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property

import pyarrow as pa
import pyarrow.compute as pc

from networkkit.export._columns import DERIVED, READERS, Column, Reading, col
from networkkit.export._csv import RawTable, norm
from networkkit.export._dates import parse_ts
from networkkit.export._keys import STR
from networkkit.export._model import TABLE_NAMES
from networkkit.export._text import clean

__all__ = [
    "CORE_TABLES",
    "LAYOUTS",
    "SPECS",
    "Era",
    "TableSpec",
    "classify",
    "normalise",
    "normalise_extra",
]

#: Tables of at least this many rows are cleaned on a few threads, a column per task.
_PARALLEL_FROM = 50_000
_WORKERS = max(2, min(4, os.cpu_count() or 2))

#: Tables whose files must be readable (a bad header there is an error, not a note): every
#: canonical table but the coach / AI chats, which are kept apart and may be skipped.
CORE_TABLES = frozenset(TABLE_NAMES) - {"coach_messages"}


def _norms(headers: tuple[str, ...] | list[str]) -> frozenset[str]:
    return frozenset(norm(h) for h in headers)


@dataclass(frozen=True)
class Era:
    """One header layout of a table, and the marks that tell it from the table's others.

    ``label`` names it in the parse report (``None``: the table's name alone); ``headers``
    is the header line as LinkedIn wrote it. An era fits a file that has every header of
    ``has``, none of ``lacks``, a preamble (or not) when ``preamble`` says so, and whose
    first value of column ``first_date[0]`` holds ``first_date[1]``. ``unmapped`` names the
    headers of this era that no column reads (they are noted as unknown columns).
    """

    label: str | None
    headers: tuple[str, ...]
    has: frozenset[str] = frozenset()
    lacks: frozenset[str] = frozenset()
    preamble: bool | None = None
    first_date: tuple[str, str] | None = None
    unmapped: tuple[str, ...] = ()

    def fits(self, heads: frozenset[str], raw: RawTable, reading: Reading) -> bool:
        """Tell whether a file with normalised headers ``heads`` has this era's marks."""
        if not self.has <= heads or self.lacks & heads:
            return False
        if self.preamble is not None and raw.preamble != self.preamble:
            return False
        if self.first_date is None:
            return True
        column, text = self.first_date
        cells = [s[2] for s in reading.sources.get(column, [])]
        if not cells or len(cells[0]) == 0 or cells[0].null_count == len(cells[0]):
            return False
        return text in cells[0].drop_null()[0].as_py()


def era(
    label: str | None,
    headers: tuple[str, ...],
    *,
    has: tuple[str, ...] = (),
    lacks: tuple[str, ...] = (),
    preamble: bool | None = None,
    first_date: tuple[str, str] | None = None,
    unmapped: tuple[str, ...] = (),
) -> Era:
    """Describe an era, with headers spelt as LinkedIn writes them."""
    return Era(label, headers, _norms(has), _norms(lacks), preamble, first_date, unmapped)


#: A step no column kind says: it reads and changes ``reading.out`` (and may add notes).
Step = Callable[[Reading], None]


@dataclass(frozen=True)
class TableSpec:
    """Everything the reader knows of one table (see the module's docstring)."""

    name: str
    files: tuple[str, ...]
    eras: tuple[Era, ...]
    columns: tuple[Column, ...]
    #: headers a file must hold to be this table's (normalised)
    required: frozenset[str]
    #: at least one of these must be present too (empty: no such condition)
    any_of: frozenset[str] = frozenset()
    #: headers only some files carry, named in the parse report
    optional: frozenset[str] = frozenset()
    #: headers no LinkedIn export writes, seen in files members rewrote in a spreadsheet:
    #: read all the same, and named in the parse report
    by_name: frozenset[str] = frozenset()
    steps: tuple[Step, ...] = field(default=())

    @cached_property
    def feeds(self) -> dict[str, str]:
        """Map every normalised header any era may hold to the column it feeds."""
        out: dict[str, str] = {}
        for column in self.columns:
            for header in (*column.headers, *([column.urn] if column.urn else [])):
                out.setdefault(header, column.name)
        return out

    def matches(self, headers: list[str]) -> bool:
        """Tell whether normalised ``headers`` hold this table's required columns."""
        heads = set(headers)
        return self.required <= heads and (not self.any_of or bool(self.any_of & heads))

    def layout_name(self, heads: frozenset[str], raw: RawTable, reading: Reading) -> str:
        """Name the layout a file was read with: the first era that fits, else the last."""
        chosen = next((e for e in self.eras if e.fits(heads, raw, reading)), self.eras[-1])
        return self.name if chosen.label is None else f"{self.name}/{chosen.label}"


def table(
    name: str,
    *,
    files: tuple[str, ...],
    eras: tuple[Era, ...],
    columns: tuple[Column, ...],
    required: tuple[str, ...],
    any_of: tuple[str, ...] = (),
    optional: tuple[str, ...] = (),
    by_name: tuple[str, ...] = (),
    steps: tuple[Step, ...] = (),
) -> TableSpec:
    """Describe a table, with file names and headers spelt as LinkedIn writes them."""
    return TableSpec(
        name,
        files,
        eras,
        columns,
        _norms(required),
        _norms(any_of),
        _norms(optional),
        _norms(by_name),
        steps,
    )


# --------------------------------------------------------------------------- steps


def _split_full_name(r: Reading) -> None:
    """Split a rewritten file's one ``Name`` column at its first space: first and last name."""
    if "full_name" not in r.read or r.read & {"first_name", "last_name"}:
        return
    parts = pc.split_pattern(r.out["full_name"], " ", max_splits=1)
    has_two = pc.greater(pc.fill_null(pc.list_value_length(parts), 0), 1)
    padded = pc.if_else(pc.is_valid(parts), parts, pa.scalar([""], parts.type))
    two = pc.if_else(has_two, parts, pa.scalar(["", ""], parts.type))
    r.out["first_name"] = clean(pc.list_element(padded, 0), r.n)
    r.out["last_name"] = clean(pc.list_element(two, 1), r.n)


def _note_urns(r: Reading) -> None:
    """Say that people named by URN (mid-2023 invitations) get no key where no URL is inside."""
    if r.heads & {"inviterprofileurn", "inviteeprofileurn"} and "inviteeprofileurl" not in r.heads:
        r.notes.append("people identified by URN, not profile URL: no keys where no URL")


def _name_source_file(r: Reading) -> None:
    """Name each coach-chat row's own file (they come from several)."""
    base = r.raw.file.replace("\\", "/").rsplit("/", 1)[-1]
    r.out["source_file"] = pa.array([base] * r.n, STR) if r.n else pa.nulls(0, STR)


# --------------------------------------------------------------------------- descriptions

_CONNECTIONS_6 = (
    "First Name",
    "Last Name",
    "Email Address",
    "Company",
    "Position",
    "Connected On",
)
_MESSAGES_9 = (
    "CONVERSATION ID",
    "CONVERSATION TITLE",
    "FROM",
    "SENDER PROFILE URL",
    "TO",
    "DATE",
    "SUBJECT",
    "CONTENT",
    "FOLDER",
)
_MESSAGES_10 = (*_MESSAGES_9[:5], "RECIPIENT PROFILE URLS", *_MESSAGES_9[5:])
_INVITATIONS_5 = ("From", "To", "Sent At", "Message", "Direction")
_PROFILE = (
    "First Name",
    "Last Name",
    "Maiden Name",
    "Address",
    "Birth Date",
    "Headline",
    "Summary",
    "Industry",
    "Zip Code",
    "Geo Location",
    "Twitter Handles",
    "Websites",
    "Instant Messengers",
)
_PROFILE_2018 = (*_PROFILE[:5], "Contact Instructions", *_PROFILE[5:8], "Country", *_PROFILE[8:])
_ENDORSEMENTS_5 = (
    "Endorsement Date",
    "Skill Name",
    "Endorser First Name",
    "Endorser Last Name",
    "Endorsement Status",
)
_RECOMMENDATIONS = (
    "First Name",
    "Last Name",
    "Company",
    "Job Title",
    "Text",
    "Creation Date",
    "Status",
)


def _messages(name: str, files: tuple[str, ...], steps: tuple[Step, ...] = ()) -> TableSpec:
    """Describe the member's messages or the coach / AI chats (one layout, kept apart)."""
    return table(
        name,
        files=files,
        eras=(
            era(
                "2018",
                ("From", "To", "Date", "Subject", "Content", "Direction", "Folder"),
                has=("Direction",),
                lacks=("CONVERSATION ID",),
            ),
            era(
                "2023+",
                _MESSAGES_10,
                has=("RECIPIENT PROFILE URLS",),
            ),
            era("2021-22", _MESSAGES_9),
        ),
        columns=(
            col("conversation_id", "verbatim", "CONVERSATION ID"),
            col("conversation_title", "text", "CONVERSATION TITLE"),
            col("sender_name", "text", "FROM"),
            col("sender_url", "url", "SENDER PROFILE URL", key="sender_key"),
            col("recipient_names", "name_list", "TO"),
            col("recipient_urls", "url_list", "RECIPIENT PROFILE URLS", key="recipient_keys"),
            col("sent_at", "timestamp", "DATE"),
            col("subject", "text", "SUBJECT"),
            col("content", "html", "CONTENT"),
            col("folder", "verbatim", "FOLDER"),
            col("is_draft", "flag", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"),
            col("attachments", "text", "ATTACHMENTS"),
            # 2018 only: INCOMING / OUTGOING, read by the loader (direction is computed)
            col("direction_2018", "text", "Direction"),
        ),
        required=("FROM", "TO", "DATE", "CONTENT"),
        optional=("IS MESSAGE DRAFT", "IS CONVERSATION DRAFT", "ATTACHMENTS"),
        steps=steps,
    )


def _endorsements(name: str, who: str, files: tuple[str, ...], eras: tuple[Era, ...]) -> TableSpec:
    """Describe the endorsements received (``who="endorser"``) or given (``"endorsee"``)."""
    title = who.title()
    return table(
        name,
        files=files,
        eras=eras,
        columns=(
            col("endorsed_at", "timestamp", "Endorsement Date"),
            col("skill_name", "text", "Skill Name"),
            col(f"{who}_first_name", "text", f"{title} First Name"),
            col(f"{who}_last_name", "text", f"{title} Last Name"),
            col(f"{who}_name", "name", of=(f"{who}_first_name", f"{who}_last_name")),
            col(f"{who}_url", "schemeless_url", f"{title} Public Url", key=f"{who}_key"),
            col("status", "text", "Endorsement Status"),
        ),
        required=("Skill Name", f"{title} First Name"),
    )


def _recommendations(name: str, files: tuple[str, ...]) -> TableSpec:
    """Describe the recommendations received or given (one layout)."""
    return table(
        name,
        files=files,
        eras=(era(None, _RECOMMENDATIONS),),
        columns=(
            col("first_name", "text", "First Name"),
            col("last_name", "text", "Last Name"),
            col("full_name", "name", of=("first_name", "last_name")),
            col("company", "text", "Company"),
            col("job_title", "text", "Job Title"),
            col("text", "verbatim", "Text"),
            col("created_at", "timestamp", "Creation Date"),
            col("status", "text", "Status"),
        ),
        required=("First Name", "Text"),
    )


_SPECS: tuple[TableSpec, ...] = (
    table(
        "connections",
        files=("Connections",),
        eras=(
            era(
                "2023+",
                (*_CONNECTIONS_6[:2], "URL", *_CONNECTIONS_6[2:]),
                has=("URL",),
            ),
            # from mid-2021 a preamble ("Notes: ...") precedes the header
            era("2021-22", _CONNECTIONS_6, preamble=True),
            # no preamble before mid-2021; 2018 writes "1/8/18, 6:14 PM", later "14 Feb 2020"
            era("2018", _CONNECTIONS_6, first_date=("connected_on", "/")),
            era("2020-21", _CONNECTIONS_6),
        ),
        columns=(
            col("first_name", "text", "First Name"),
            col("last_name", "text", "Last Name"),
            # ``Name`` / ``Full Name``: a spreadsheet rewrite, kept whole and split
            col("full_name", "name", "Name", "Full Name", of=("first_name", "last_name")),
            col("profile_url", "url", "URL", "Profile URL", key="member_key"),
            col("email", "text", "Email Address", "Email"),
            col("company", "text", "Company", "Company Name"),
            col("position", "text", "Position", "Title"),
            col("connected_on", "timestamp", "Connected On"),
        ),
        required=("Connected On",),
        any_of=("First Name", "Last Name", "Name", "Full Name", "URL", "Profile URL"),
        by_name=("Name", "Full Name", "Email", "Company Name", "Title"),
        steps=(_split_full_name,),
    ),
    _messages("messages", ("messages",)),
    _messages(
        "coach_messages",
        (
            "guide_messages",
            "learning_coach_messages",
            "learning_role_play_messages",
            "coach_messages",
        ),
        steps=(_name_source_file,),
    ),
    table(
        "invitations",
        files=("Invitations",),
        eras=(
            era(
                "7col",
                (*_INVITATIONS_5, "inviterProfileUrl", "inviteeProfileUrl"),
                has=("inviterProfileUrl",),
            ),
            # mid-2023 files carry inviterProfileUrn / inviteeProfileUrn instead of URLs
            era("5col", _INVITATIONS_5),
        ),
        columns=(
            col("sender_name", "text", "From"),
            col("recipient_name", "text", "To"),
            col("sent_at", "timestamp", "Sent At"),
            col("message", "verbatim", "Message"),
            col("direction", "category", "Direction", values=("incoming", "outgoing")),
            col(
                "inviter_url",
                "url",
                "inviterProfileUrl",
                urn="inviterProfileUrn",
                key="inviter_key",
            ),
            col(
                "invitee_url",
                "url",
                "inviteeProfileUrl",
                urn="inviteeProfileUrn",
                key="invitee_key",
            ),
        ),
        required=("From", "To", "Sent At", "Direction"),
        steps=(_note_urns,),
    ),
    table(
        "profile",
        files=("Profile",),
        eras=(
            era(
                "2018",
                _PROFILE_2018,
                has=("Contact Instructions",),
                unmapped=("Contact Instructions", "Country"),
            ),
            era("2022+", _PROFILE),
        ),
        columns=(
            col("first_name", "text", "First Name"),
            col("last_name", "text", "Last Name"),
            col("full_name", "name", of=("first_name", "last_name")),
            col("maiden_name", "text", "Maiden Name"),
            col("address", "text", "Address"),
            # ``Mar 31``: no year, kept as written
            col("birth_date", "text", "Birth Date"),
            col("headline", "text", "Headline"),
            col("summary", "text", "Summary"),
            col("industry", "text", "Industry"),
            col("zip_code", "text", "Zip Code"),
            col("geo_location", "text", "Geo Location"),
            col("twitter_handles", "text", "Twitter Handles"),
            col("websites", "text", "Websites"),
            col("instant_messengers", "text", "Instant Messengers"),
        ),
        required=("First Name", "Last Name", "Headline"),
    ),
    table(
        "positions",
        files=("Positions",),
        eras=(
            era(
                None,
                ("Company Name", "Title", "Description", "Location", "Started On", "Finished On"),
            ),
        ),
        columns=(
            col("company_name", "text", "Company Name"),
            col("title", "text", "Title"),
            col("description", "verbatim", "Description"),
            col("location", "text", "Location"),
            col("started_on", "date", "Started On"),
            col("finished_on", "date", "Finished On"),
            col("is_current", "missing_in", of=("finished_on",)),
        ),
        required=("Company Name", "Title", "Started On"),
    ),
    table(
        "education",
        files=("Education",),
        eras=(
            era(
                None,
                ("School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"),
            ),
        ),
        columns=(
            col("school_name", "text", "School Name"),
            col("start_date", "date", "Start Date"),
            col("end_date", "date", "End Date"),
            col("notes", "text", "Notes"),
            col("degree_name", "text", "Degree Name"),
            col("activities", "text", "Activities"),
        ),
        required=("School Name",),
    ),
    table(
        "skills",
        files=("Skills",),
        eras=(era(None, ("Name",)),),
        columns=(col("name", "text", "Name"),),
        required=("Name",),
    ),
    _endorsements(
        "endorsements_received",
        "endorser",
        ("Endorsement_Received_Info", "Endorsements_Received_Info"),
        (
            era(
                "2023+",
                (*_ENDORSEMENTS_5[:4], "Endorser Public Url", _ENDORSEMENTS_5[4]),
                has=("Endorser Public Url",),
            ),
            era("2020-22", _ENDORSEMENTS_5),
        ),
    ),
    _endorsements(
        "endorsements_given",
        "endorsee",
        ("Endorsement_Given_Info", "Endorsements_Given_Info"),
        (
            era(
                None,
                (
                    "Endorsement Date",
                    "Skill Name",
                    "Endorsee First Name",
                    "Endorsee Last Name",
                    "Endorsee Public Url",
                    "Endorsement Status",
                ),
            ),
        ),
    ),
    _recommendations("recommendations_received", ("Recommendations_Received",)),
    _recommendations("recommendations_given", ("Recommendations_Given",)),
)

#: Every table's description, by table name.
SPECS: dict[str, TableSpec] = {spec.name: spec for spec in _SPECS}
#: The old name of :data:`SPECS` (each description answers ``matches`` and ``required``).
LAYOUTS = SPECS


# --------------------------------------------------------------------------- file names

_FILES: dict[str, str] = {norm(f): spec.name for spec in _SPECS for f in spec.files}
_SUFFIX = re.compile(r"(?:[ _-]\d+)+$")

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


# --------------------------------------------------------------------------- the walk

#: Kinds whose columns cost the most, started first on the thread pool so that the
#: threads finish together.
_COST = {"url_list": 4, "html": 3, "name_list": 2, "url": 1, "timestamp": 1}


def _header_notes(spec: TableSpec, raw: RawTable) -> list[str]:
    """Return the notes on a header: optional, unknown and by-name columns."""
    notes = []
    optional = [h for h in raw.headers if norm(h) in spec.optional]
    if optional:
        notes.append("optional columns: " + ", ".join(optional))
    unknown = [h for h in raw.headers if norm(h) not in spec.feeds]
    if unknown:
        notes.append("unknown columns: " + ", ".join(repr(u) for u in unknown))
    renamed = [h for h in raw.headers if norm(h) in spec.by_name]
    if renamed:
        notes.append(
            "columns mapped by name: "
            + ", ".join(f"{h!r} → {spec.feeds[norm(h)]}" for h in renamed)
        )
    return notes


def _read_columns(spec: TableSpec, reading: Reading) -> None:
    """Build the columns read from the file, then the derived ones, in the description's order.

    A large file's columns are built on a few threads, a column per task.
    """
    read = [c for c in spec.columns if c.kind not in DERIVED]
    built: dict[str, dict[str, pa.Array]] = {}
    if reading.n >= _PARALLEL_FROM:
        # pyarrow's kernels release the GIL; each task takes its cells out of the reading
        # (the raw table has let go of them), so a raw column is freed once it is cleaned
        order = sorted(read, key=lambda c: -_COST.get(c.kind, 0))
        with ThreadPoolExecutor(max_workers=_WORKERS) as pool:
            futures = {c.name: pool.submit(READERS[c.kind], c, reading) for c in order}
            built = {name: future.result() for name, future in futures.items()}
    else:
        built = {c.name: READERS[c.kind](c, reading) for c in read}
    for column in spec.columns:
        if column.name in built:
            reading.out.update(built[column.name])
        else:
            reading.out.update(READERS[column.kind](column, reading))


def normalise(
    table: str, raw: RawTable, unreadable: list[dict] | None = None
) -> tuple[dict[str, pa.Array], str, list[str]]:
    """Map a raw file to canonical columns (as pyarrow arrays), as its description says.

    Returns the columns, the layout name and notes (optional, unknown and by-name columns,
    cells read as NA). Messages also carry the helper column ``direction_2018`` (the 2018
    ``Direction`` value) for the loader. Dates no format reads become NA, counted per column
    in ``unreadable`` (see :func:`~networkkit.export._dates.parse_ts`).
    """
    if unreadable is None:
        unreadable = []
    before = len(unreadable)
    spec = SPECS[table]
    header_of = {norm(h): h for h in raw.headers}
    sources: dict[str, list[tuple[str, str, pa.ChunkedArray]]] = {}
    for key, arr in raw.columns.items():
        target = spec.feeds.get(key)
        if target:
            sources.setdefault(target, []).append((key, header_of.get(key, key), arr))
    heads = frozenset(header_of)
    reading = Reading(raw, raw.rows, heads, sources, frozenset(sources), unreadable)
    name = spec.layout_name(heads, raw, reading)
    notes = _header_notes(spec, raw)
    raw.columns = {}
    _read_columns(spec, reading)
    for step in spec.steps:
        step(reading)
    notes.extend(reading.notes)
    for bad in unreadable[before:]:
        what = bad.get("reason", "unreadable value(s)")
        notes.append(
            f"{bad['cells']} {what} in column {bad['column']!r} read as missing"
            f" (first on line {bad['first_line']})"
        )
    return reading.out, name, notes


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
        arr = clean(raw.columns[key], raw.rows, trim=False)
        if _TS_HINT.search(name) and arr.null_count < len(arr):
            parsed = parse_ts(arr, raw, h, strict=False)
            if parsed is not None:
                arr = parsed
        cols[name] = arr
    return pa.table(cols) if cols else pa.table({})
