"""Write a synthetic export the way LinkedIn writes it, for each era of the format."""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import numpy as np
import pyarrow as pa
import pyarrow.csv as pacsv

from networkkit.sample import _phrases as ph
from networkkit.sample import _text as tx
from networkkit.sample._invitations import build_invitations
from networkkit.sample._messages import build_messages
from networkkit.sample._people import DAY, build_people

#: The export eras the sample can be written in (each a header layout LinkedIn used).
ERAS = ("2018", "2020", "2021", "2023", "2026")
#: The old name of :data:`ERAS` (``export`` has its own ``LAYOUTS``, of header layouts).
LAYOUTS = ERAS
# the day each layout's export was made
EXPORT_DATES = {
    "2018": dt.date(2018, 6, 20),
    "2020": dt.date(2020, 11, 15),
    "2021": dt.date(2021, 9, 10),
    "2023": dt.date(2023, 11, 20),
    "2026": dt.date(2026, 11, 20),
}
# other names a caller may use for an era
ALIASES = {"current": "2026", "latest": "2026", "2022": "2021", "2024": "2023", "2025": "2023"}
MEMBER_ID = "997361"
PREAMBLE = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    'https://www.linkedin.com/help/linkedin/answer/261"\n\n'
)
NO_CONVERSATIONS = "No conversations found"

HEADERS: dict[str, list[str]] = {
    "connections_6": ["First Name", "Last Name", "Email Address", "Company", "Position",
                      "Connected On"],
    "connections_7": ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                      "Connected On"],
    "messages_2018": ["From", "To", "Date", "Subject", "Content", "Direction", "Folder"],
    "messages_9": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                   "DATE", "SUBJECT", "CONTENT", "FOLDER"],
    "messages_10": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"],
    "messages_13": ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
                    "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT", "ATTACHMENTS"],
    "invitations_5": ["From", "To", "Sent At", "Message", "Direction"],
    "invitations_7": ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                      "inviteeProfileUrl"],
    "profile": ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                "Instant Messengers"],
    "profile_2018": ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date",
                     "Contact Instructions", "Headline", "Summary", "Industry", "Country",
                     "Zip Code", "Geo Location", "Twitter Handles", "Websites",
                     "Instant Messengers"],
    "positions": ["Company Name", "Title", "Description", "Location", "Started On",
                  "Finished On"],
    "education": ["School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"],
    "skills": ["Name"],
    "endorsement_received_5": ["Endorsement Date", "Skill Name", "Endorser First Name",
                               "Endorser Last Name", "Endorsement Status"],
    "endorsement_received_6": ["Endorsement Date", "Skill Name", "Endorser First Name",
                               "Endorser Last Name", "Endorser Public Url",
                               "Endorsement Status"],
    "endorsement_given": ["Endorsement Date", "Skill Name", "Endorsee First Name",
                          "Endorsee Last Name", "Endorsee Public Url", "Endorsement Status"],
    "recommendations": ["First Name", "Last Name", "Company", "Job Title", "Text",
                        "Creation Date", "Status"],
    "company_follows": ["Organization", "Followed On"],
    "member_follows": ["Date", "Status", "FullName"],
    "reactions": ["Date", "Type", "Link"],
    "shares": ["Date", "ShareLink", "ShareCommentary", "SharedURL", "MediaURL", "Visibility"],
    "shares_2024": ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl",
                    "Visibility"],
    "email_addresses": ["Email Address", "Confirmed", "Primary", "Updated On"],
    "phone_numbers": ["Extension", "Number", "Type"],
    "logins": ["Login Date", "IP Address", "User Agent", "Login Type"],
}  # fmt: skip

_CHUNK = 200_000


# -- sinks: a folder or a zip, written file by file ---------------------------------------------


class _Sink:
    """Where files go: a folder, or a zip archive written entry by entry."""

    def __init__(self, root: Path, *, zip_name: str | None, stamp: tuple[int, ...]) -> None:
        self.root = root
        self.zip: zipfile.ZipFile | None = None
        self.stamp = stamp
        if zip_name is not None:
            self.zip = zipfile.ZipFile(root / zip_name, "w", compression=zipfile.ZIP_DEFLATED)

    @contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        if self.zip is None:
            path = self.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as fh:
                yield fh
        else:
            info = zipfile.ZipInfo(name, date_time=self.stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with self.zip.open(info, "w", force_zip64=True) as fh:
                yield fh

    def close(self) -> None:
        if self.zip is not None:
            self.zip.close()


def _write_csv(
    fh: IO[bytes],
    header: Sequence[str] | None,
    columns: Sequence[np.ndarray | list[Any]],
    *,
    quote_all: bool = False,
    delimiter: str = ",",
    newline: str = "\n",
    final_newline: bool = True,
    encoding: str = "utf-8",
    prefix: str = "",
) -> int:
    """Write rows with the csv module in chunks; return the number of data rows."""
    n = len(columns[0]) if columns else 0
    quoting = csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    bom = encoding == "utf-16-le"
    if bom:
        fh.write(b"\xff\xfe")
    pending = prefix
    if header is not None:
        buf = io.StringIO()
        csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=newline).writerow(
            header
        )
        pending += buf.getvalue()
    for lo in range(0, n, _CHUNK):  # chunks of 200,000 rows
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=delimiter, quoting=quoting, lineterminator=newline)
        writer.writerows(zip(*(c[lo : lo + _CHUNK] for c in columns), strict=True))
        text = pending + buf.getvalue()
        pending = ""
        if lo + _CHUNK >= n and not final_newline:
            text = text.removesuffix(newline)
        fh.write(text.encode(encoding))
    if pending:
        if not final_newline:
            pending = pending.removesuffix(newline)
        fh.write(pending.encode(encoding))
    return n


def _write_quoted_all(fh: IO[bytes], header: list[str], columns: list[np.ndarray]) -> int:
    """Write like messages.csv since March 2026: every field quoted, header too, ``""`` empty."""
    n = len(columns[0])
    opts = pacsv.WriteOptions(quoting_style="all_valid", include_header=True)
    names = list(header)
    if n == 0:
        fh.write((",".join(f'"{h}"' for h in header) + "\n").encode())
        return 0
    for lo in range(0, n, _CHUNK):  # chunks of 200,000 rows
        table = pa.table(
            {
                h: pa.array(c[lo : lo + _CHUNK], type=pa.string())
                for h, c in zip(names, columns, strict=True)
            }
        )
        opts = pacsv.WriteOptions(quoting_style="all_valid", include_header=lo == 0)
        sink = pa.BufferOutputStream()
        pacsv.write_csv(table, sink, opts)
        fh.write(sink.getvalue().to_pybytes())
    return n


def _flatten(text: np.ndarray) -> np.ndarray:
    """Flatten line breaks to runs of spaces, as LinkedIn did before 2026."""
    return tx.replace(text, "\n", "  ")


def _epoch(day: dt.date) -> int:
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())


# -- the export --------------------------------------------------------------------------------


def write_export(
    out_dir: str | Path,
    *,
    connections: int = 300,
    messages: int | None = None,
    invitations: int | None = None,
    seed: int = 0,
    layout: str = "2026",
    archive: bool = False,
) -> dict[str, Any]:
    """Write a synthetic LinkedIn data export of one era into ``out_dir``.

    The files follow FORMATS.md for the chosen ``layout``:

    ``"2018"``
        ``Messages.csv`` (From, To, Date, Subject, Content, Direction, Folder), 6-column
        ``Connections.csv`` without preamble and ``"1/8/18, 6:14 PM"`` dates, the legacy
        ``Endorsement Received Info.csv`` and ``Shares.csv`` in UTF-16LE, tab-delimited, every
        field quoted; ``Recommendations_Given.csv`` of 0 bytes.
    ``"2020"``
        6-column ``Connections.csv`` without preamble (``14 Feb 2020`` dates), a third of the
        accented names double-encoded (``Ã©``), 9-column ``messages.csv``, 5-column invitations.
    ``"2021"``
        Preamble + 6 columns, 9-column messages, 5-column invitations, ``Shares.csv`` and
        ``Logins.csv`` in UTF-16LE tab-delimited, CRLF activity files,
        ``LearningCoachMessages.csv`` holding ``No conversations found``.
    ``"2023"``
        Preamble + 7 columns (``URL``), 10-column messages, 7-column invitations, endorser URLs,
        coach chat files (``coach_messages.csv`` with rows, others header-only).
    ``"2026"``
        As 2023, but ``messages.csv`` quotes every field and the header, writes empty fields as
        ``""``, keeps real newlines in ``CONTENT`` and adds ``IS MESSAGE DRAFT``,
        ``IS CONVERSATION DRAFT`` and ``ATTACHMENTS`` (drafts and attachments occur);
        activity files carry a member-id suffix (``Shares_997361.csv``).

    Everything is fictional: names are random combinations, e-mail addresses are at
    example.com / example.org, phone numbers are 555-01xx. The same arguments give the same
    bytes.

    Parameters
    ----------
    out_dir : str or pathlib.Path
        Folder to write into (created if missing).
    connections : int, default 300
        Rows of ``Connections.csv``, hidden members (blank but for the date) included.
    messages : int, optional
        Rows of the messages file; default eight per connection.
    invitations : int, optional
        Rows of ``Invitations.csv``; default two per five connections (at least 12).
    seed : int, default 0
        Seed of the random generator.
    layout : {"2018", "2020", "2021", "2023", "2026"}, default "2026"
        Era of the format; ``"current"`` / ``"latest"`` mean ``"2026"``, ``"2022"`` means
        ``"2021"``, ``"2024"`` and ``"2025"`` mean ``"2023"``.
    archive : bool, default False
        Write ``Complete_LinkedInDataExport_MM-DD-YYYY.zip`` inside ``out_dir`` instead of
        loose files (entries written one by one, streamed).

    Returns
    -------
    dict
        The manifest: ``layout``, ``export_date`` (ISO date), ``owner_name``, ``owner_url``,
        ``path`` (the folder or zip written), ``connections`` (rows incl. hidden), ``hidden``,
        ``messages`` (rows of the messages file), ``drafts``, ``group_messages``,
        ``sponsored``, ``inmail`` (conversations with a subject), ``attachments_only``,
        ``linkedin_member`` (message rows from or to ``LinkedIn Member``), ``coach_messages``
        (rows of all coach chat files), ``invitations``, ``invitations_in``,
        ``invitations_out``, ``invitations_in_with_note``, ``invitations_out_with_note``,
        ``invitations_out_pending`` (invitees not connections) and ``files`` (file name →
        data rows, header and preamble excluded).

    Raises
    ------
    ValueError
        If ``layout`` is unknown or a count is negative.
    """
    layout = ALIASES.get(str(layout).lower(), str(layout))
    if layout not in ERAS:
        raise ValueError(f"layout must be one of {', '.join(ERAS)}, not {layout!r}")
    if messages is None:
        messages = 8 * connections
    if invitations is None:
        invitations = max(12, connections * 2 // 5)
    if min(connections, messages, invitations) < 0:
        raise ValueError("connections, messages and invitations must be >= 0")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    export_day = EXPORT_DATES[layout]
    end = _epoch(export_day) + 9 * 3600
    start = end - 12 * 365 * DAY
    rng = np.random.default_rng([seed, int(layout)])

    n_rec = max(5, connections // 12)
    n_str = max(5, invitations // 3)
    people = build_people(
        rng,
        n_connections=connections,
        n_recruiters=n_rec,
        n_strangers=n_str,
        start=start,
        end=end - DAY,
        mojibake=layout == "2020",
    )
    msgs = build_messages(
        rng, people, n_messages=messages, start=start, end=end, drafts=layout == "2026"
    )
    strangers = np.arange(connections, connections + n_rec + n_str)
    invs = build_invitations(rng, people, n=invitations, strangers=strangers, end=end)

    zip_name = None
    if archive:
        zip_name = f"Complete_LinkedInDataExport_{export_day:%m-%d-%Y}.zip"
    stamp = (export_day.year, export_day.month, export_day.day, 9, 0, 0)
    sink = _Sink(out, zip_name=zip_name, stamp=stamp)
    files: dict[str, int] = {}
    writer = _Writer(sink, files, layout, rng, end)
    try:
        writer.connections(people)
        writer.messages(people, msgs)
        writer.invitations(people, invs)
        writer.profile()
        writer.endorsements(people)
        writer.recommendations(people)
        coach = writer.coach()
        writer.activity(people)
    finally:
        sink.close()

    owner = people.owner
    member = people.member
    n_hidden = int(people.hidden[:connections].sum())
    first_rows = msgs.subject != ""
    return {
        "layout": layout,
        "export_date": export_day.isoformat(),
        "owner_name": str(people.full[owner]),
        "owner_url": str(people.url[owner]),
        "path": str(out / zip_name) if zip_name else str(out),
        "connections": connections,
        "hidden": n_hidden,
        "messages": len(msgs),
        "drafts": int((msgs.message_draft == "Yes").sum()),
        "group_messages": int(msgs.group.sum()),
        "sponsored": int((msgs.title == "Sponsored Conversation").sum()),
        "inmail": int(first_rows.sum()),
        "attachments_only": int(((msgs.content == "") & (msgs.attachments != "")).sum()),
        "linkedin_member": int(
            ((msgs.sender == member) | (msgs.to_names == "LinkedIn Member")).sum()
        ),
        "coach_messages": coach,
        "invitations": len(invs),
        "invitations_in": int((~invs.outgoing).sum()),
        "invitations_out": int(invs.outgoing.sum()),
        "invitations_in_with_note": int(((~invs.outgoing) & (invs.note != "")).sum()),
        "invitations_out_with_note": int((invs.outgoing & (invs.note != "")).sum()),
        "invitations_out_pending": int((invs.outgoing & (invs.invitee >= connections)).sum()),
        "files": files,
    }


class _Writer:
    """Writes each file of one layout into a sink and records its data rows."""

    def __init__(
        self,
        sink: _Sink,
        files: dict[str, int],
        layout: str,
        rng: np.random.Generator,
        end: int,
    ) -> None:
        self.sink = sink
        self.files = files
        self.layout = layout
        self.year = int(layout)
        self.rng = rng
        self.end = end

    def _csv(self, name: str, header: Sequence[str] | None, columns: list[Any], **kw: Any) -> None:
        with self.sink.open(name) as fh:
            self.files[name] = _write_csv(fh, header, columns, **kw)

    def _utf16(self, name: str, header: Sequence[str], columns: list[Any]) -> None:
        self._csv(
            name, header, columns, quote_all=True, delimiter="\t", newline="\r\n",
            encoding="utf-16-le",
        )  # fmt: skip

    # -- connections ------------------------------------------------------------------------
    def connections(self, people: Any) -> None:
        c = people.n_connections
        order = np.argsort(-people.connected_on[:c], kind="stable")
        hidden = people.hidden[:c][order]

        def col(values: np.ndarray) -> np.ndarray:
            return np.where(hidden, "", values[:c][order]).astype(object)

        when = people.connected_on[:c][order]
        dates = tx.us_short(when) if self.year == 2018 else tx.day_month_year(when)
        names = [col(people.first), col(people.last)]
        rest = [col(people.email), col(people.company), col(people.position), dates]
        if self.year >= 2023:
            cols, header = [*names, col(people.url), *rest], HEADERS["connections_7"]
        else:
            cols, header = [*names, *rest], HEADERS["connections_6"]
        prefix = PREAMBLE if self.year >= 2021 else ""
        self._csv("Connections.csv", header, cols, final_newline=False, prefix=prefix)

    # -- messages ---------------------------------------------------------------------------
    def messages(self, people: Any, m: Any) -> None:
        owner = people.owner
        from_name = people.full[m.sender]
        from_url = people.url[m.sender]
        content = m.content if self.year >= 2026 else _flatten(m.content)
        if self.year == 2018:
            direction = np.where(m.sender == owner, "OUTGOING", "INCOMING").astype(object)
            cols = [from_name, m.to_names, tx.us_short(m.at), m.subject, content, direction,
                    m.folder]  # fmt: skip
            self._csv("Messages.csv", HEADERS["messages_2018"], cols)
            return
        date = tx.iso_utc(m.at)
        head = [m.conversation_id, m.title, from_name, from_url, m.to_names]
        tail = [date, m.subject, content, m.folder]
        if self.year < 2023:
            self._csv("messages.csv", HEADERS["messages_9"], [*head, *tail])
        elif self.year < 2026:
            self._csv("messages.csv", HEADERS["messages_10"], [*head, m.to_urls, *tail])
        else:
            cols = [*head, m.to_urls, *tail, m.message_draft, m.conversation_draft,
                    m.attachments]  # fmt: skip
            with self.sink.open("messages.csv") as fh:
                self.files["messages.csv"] = _write_quoted_all(fh, HEADERS["messages_13"], cols)

    # -- invitations ------------------------------------------------------------------------
    def invitations(self, people: Any, inv: Any) -> None:
        direction = np.where(inv.outgoing, "OUTGOING", "INCOMING").astype(object)
        note = _flatten(inv.note) if len(inv) else inv.note
        cols = [people.full[inv.inviter], people.full[inv.invitee], tx.us_short(inv.at), note,
                direction]  # fmt: skip
        if self.year >= 2023:
            cols += [people.url[inv.inviter], people.url[inv.invitee]]
            self._csv("Invitations.csv", HEADERS["invitations_7"], cols)
        else:
            self._csv("Invitations.csv", HEADERS["invitations_5"], cols)

    # -- profile, positions, education, skills, contact details ------------------------------
    def profile(self) -> None:
        o = ph.OWNER
        values = {
            "First Name": o["first"],
            "Last Name": o["last"],
            "Maiden Name": "",
            "Address": "Storgata 1, 0155 Oslo",
            "Birth Date": "Mar 31",
            "Contact Instructions": "",
            "Headline": f"{o['title']} at {o['company']} | Python, Spark, dbt",
            "Summary": "I build data platforms that people trust.\nBased in Oslo, "
            "working across Europe.",
            "Industry": "Software Development",
            "Country": "Norway",
            "Zip Code": "0155",
            "Geo Location": "Oslo, Norway",
            "Twitter Handles": "",
            "Websites": "[PERSONAL:https://sam-member.example.com]",
            "Instant Messengers": "",
        }
        if self.year < 2021:
            values["Summary"] = values["Summary"].replace("\n", "  ")
        header = HEADERS["profile_2018" if self.year == 2018 else "profile"]
        self._csv("Profile.csv", header, [[values[h]] for h in header])

        ends = [None, "2021-03-01", "2017-08-01", "2014-06-01"]
        starts = ["2021-04-01", "2017-09-01", "2014-07-01", "2012-09-01"]
        cutoff = dt.datetime.fromtimestamp(self.end, dt.UTC).date()
        rows = [
            (o["company"], o["title"], "Lead the data platform team.", "Oslo, Norway"),
            ("Kestrel Data GmbH", "Data Engineer", "Streaming pipelines with Spark.",
             "Berlin, Germany"),
            ("Plan A", "Data Analyst", "Dashboards for climate reporting.", "Berlin"),
            ("Brightwave Labs Inc.", "Intern", "", "Remote"),
        ]  # fmt: skip
        keep = [i for i, s in enumerate(starts) if dt.date.fromisoformat(s) < cutoff]
        started = tx.month_year(np.array([_epoch(dt.date.fromisoformat(starts[i])) for i in keep]))
        finished = [
            "" if ends[i] is None or dt.date.fromisoformat(ends[i]) >= cutoff
            else tx.month_year(np.array([_epoch(dt.date.fromisoformat(ends[i]))]))[0]
            for i in keep
        ]  # fmt: skip
        cols = [[rows[i][j] for i in keep] for j in range(4)] + [list(started), finished]
        self._csv("Positions.csv", HEADERS["positions"], cols)
        self._csv(
            "Education.csv",
            HEADERS["education"],
            [["Universitetet i Oslo", "Politecnico di Milano"], ["2009", "2012"],
             ["2012", "2014"], ["", "Erasmus exchange"], ["Bachelor of Science", "Master"],
             ["Student council", ""]],
        )  # fmt: skip
        self._csv("Skills.csv", HEADERS["skills"], [list(o["skills"])])
        emails = [[o["email"], "sam@example.org"], ["Yes", "Yes"], ["Yes", "No"],
                  ["1/3/17, 9:12 AM", "5/20/19, 4:40 PM"]]  # fmt: skip
        self._csv("Email Addresses.csv", HEADERS["email_addresses"], emails)
        phone = "Phone Numbers.csv" if self.year <= 2018 else "PhoneNumbers.csv"
        self._csv(phone, HEADERS["phone_numbers"], [[""], [o["phone"]], ["Mobile"]])

    # -- endorsements and recommendations ---------------------------------------------------
    def endorsements(self, people: Any) -> None:
        rng = self.rng
        visible = people.visible()
        n = min(len(visible), 40)
        if n == 0:
            who = np.array([], dtype=np.int64)
        else:
            who = visible[rng.choice(len(visible), n, replace=False)]
        skills = tx.take(ph.ENDORSE_SKILLS, rng.integers(0, len(ph.ENDORSE_SKILLS), n))
        when = np.maximum(people.connected_on[who], self.end - 6 * 365 * DAY) + rng.integers(
            DAY, 200 * DAY, n
        )
        when = np.minimum(when, self.end - DAY)
        status = np.where(rng.random(n) < 0.9, "ACCEPTED", "PENDING").astype(object)
        public = tx.replace(people.url[who], "https://", "")
        first, last = people.first[who], people.last[who]
        date = tx.slash_utc(when)
        if self.year == 2018:
            cols = [date, skills, first, last, status]
            self._utf16("Endorsement Received Info.csv", HEADERS["endorsement_received_5"], cols)
            return
        if self.year < 2023:
            cols = [date, skills, first, last, status]
            self._csv("Endorsement_Received_Info.csv", HEADERS["endorsement_received_5"], cols)
        else:
            cols = [date, skills, first, last, public, status]
            self._csv("Endorsement_Received_Info.csv", HEADERS["endorsement_received_6"], cols)
        g = n // 2
        given = [date[:g], skills[::-1][:g], first[::-1][:g], last[::-1][:g], public[::-1][:g],
                 np.full(g, "ACCEPTED", dtype=object)]  # fmt: skip
        self._csv("Endorsement_Given_Info.csv", HEADERS["endorsement_given"], given)

    def recommendations(self, people: Any) -> None:
        visible = people.visible()
        n = min(len(visible), len(ph.RECOMMENDATION_TEXTS))
        who = visible[:n]
        when = self.end - (np.arange(n) + 1) * 211 * DAY - 3 * 3600
        cols = [people.first[who], people.last[who], people.company[who],
                people.position[who], np.array(ph.RECOMMENDATION_TEXTS[:n], dtype=object),
                tx.us_short(when, padded=True), np.full(n, "VISIBLE", dtype=object)]  # fmt: skip
        self._csv("Recommendations_Received.csv", HEADERS["recommendations"], cols)
        if self.year == 2018:
            with self.sink.open("Recommendations_Given.csv"):
                self.files["Recommendations_Given.csv"] = 0
            return
        g = min(1, n)
        self._csv(
            "Recommendations_Given.csv", HEADERS["recommendations"], [c[::-1][:g] for c in cols]
        )

    # -- coach / AI chats -------------------------------------------------------------------
    def coach(self) -> int:
        if self.year < 2021:
            return 0
        if self.year < 2023:
            with self.sink.open("LearningCoachMessages.csv") as fh:
                fh.write(NO_CONVERSATIONS.encode())
            self.files["LearningCoachMessages.csv"] = 0
            return 0
        o = ph.OWNER
        owner_name = f"{o['first']} {o['last']}"
        owner_url = "https://www.linkedin.com/in/" + o["slug"]
        lines = ph.COACH_LINES * 2
        n = len(lines)
        by_owner = np.array([who == "owner" for _, who in lines])
        ids = tx.conversation_ids(self.rng, 2)[np.repeat([0, 1], len(ph.COACH_LINES))]
        at = (
            self.end
            - np.repeat([40 * DAY, 3 * DAY], len(ph.COACH_LINES))
            + np.tile(np.arange(len(ph.COACH_LINES)) * 45, 2)
        )
        text = np.array([t for t, _ in lines], dtype=object)
        order = np.lexsort((-at, -np.repeat([0, 1], len(ph.COACH_LINES))))
        cols = [
            ids,
            np.full(n, "", dtype=object),
            np.where(by_owner, owner_name, "Career Coach").astype(object),
            np.where(by_owner, owner_url, "").astype(object),
            np.where(by_owner, "Career Coach", owner_name).astype(object),
            np.where(by_owner, "", owner_url).astype(object),
            tx.iso_utc(at),
            np.full(n, "", dtype=object),
            text,
            np.full(n, "INBOX", dtype=object),
        ]
        cols = [c[order] for c in cols]
        header = HEADERS["messages_10"]
        self._csv("coach_messages.csv", header, cols)
        empty: list[Any] = [[] for _ in header]
        self._csv("guide_messages.csv", header, empty)
        if self.year >= 2026:
            self._csv("learning_role_play_messages.csv", header, empty)
        with self.sink.open("LearningCoachMessages.csv") as fh:
            fh.write(NO_CONVERSATIONS.encode())
        self.files["LearningCoachMessages.csv"] = 0
        return n

    # -- activity ---------------------------------------------------------------------------
    def activity(self, people: Any) -> None:
        rng = self.rng
        suffix = f"_{MEMBER_ID}" if self.year >= 2026 else ""
        newline = "\r\n" if self.year in (2021, 2022) else "\n"
        n = 25
        when = np.sort(self.end - rng.integers(DAY, 3 * 365 * DAY, n))[::-1]
        urn = tx.decimal(rng.integers(10**18, 7 * 10**18, n), 19)
        links = "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A" + urn
        kinds = tx.take(["LIKE", "PRAISE", "EMPATHY", "INTEREST"], rng.integers(0, 4, n))
        self._csv(
            f"Reactions{suffix}.csv", HEADERS["reactions"], [tx.iso_plain(when), kinds, links],
            newline=newline,
        )  # fmt: skip
        m = 6
        share_text = tx.take(
            ["Great discussion at the Oslo data breakfast today, thanks all!",
             "We're hiring: data engineers in Oslo and remote.\nDM me.",
             "Wrote up our migration to dbt, lessons learned inside."],
            np.arange(m) % 3,
        )  # fmt: skip
        if self.year < 2026:
            share_text = _flatten(share_text)
        shared = np.where(np.arange(m) % 2 == 0, "https://example.org/post", "").astype(object)
        visibility = np.full(m, "MEMBER_NETWORK", dtype=object)
        media = np.full(m, "", dtype=object)
        cols = [tx.iso_plain(when[:m]), links[:m], share_text, shared, media, visibility]
        if self.year <= 2021:
            self._utf16("Shares.csv", HEADERS["shares"], cols)
        else:
            header = HEADERS["shares_2024" if self.year >= 2026 else "shares"]
            self._csv(f"Shares{suffix}.csv", header, cols)
        follows = tx.take(ph.COMPANIES, np.arange(8))
        self._csv(
            "Company Follows.csv", HEADERS["company_follows"], [follows, tx.java_date(when[:8])]
        )
        visible = people.visible()[:10]
        status = np.where(np.arange(len(visible)) % 4 == 3, "Unfollow", "Active").astype(object)
        self._csv(
            f"Member_Follows{suffix}.csv", HEADERS["member_follows"],
            [tx.iso_plain(when[: len(visible)]), status, people.full[visible]],
        )  # fmt: skip
        if self.year == 2021:
            ips = "192.0.2." + tx._str(np.arange(5) + 10)
            logins = [tx.iso_plain(when[:5]), ips, np.full(5, "Mozilla/5.0", dtype=object),
                      np.full(5, "WEB", dtype=object)]  # fmt: skip
            self._utf16("Logins.csv", HEADERS["logins"], logins)
