"""HubSpot sequence enrollments: who was enrolled in which sequence, when, and by whom.

HubSpot's Sequences API describes an enrollment with ``id``, ``sequenceId``, ``sequenceName``,
``toEmail`` (the contact), ``enrolledAt``, ``enrolledBy`` (the user's id), ``enrolledByEmail``
and ``updatedAt`` (docs/FORMATS.md cites the pages). A CSV of enrollments may carry the same
fields under the names people give them (``Sequence name``, ``Contact email``, ``Enrolled
at``): headers are matched by their letters and digits, whatever their case and spacing.

Read alone, an enrollment is the first touch of one recipient in one sequence: a ``sent`` at
``enrolledAt``, the sequence's name its template. Read with HubSpot's email events
(:func:`join_hubspot`), each event of a recipient belongs to the enrollment that recipient was
in when it happened, so the email events give the touches, opens, clicks and bounces, and the
enrollments give the thread, the template and the sender.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd

from networkkit.errors import EventLogError
from networkkit.outreach._log_schema import NOT_RECORDED_ATTR, TRACKED_ATTR, conform_events
from networkkit.outreach._read_notes import DROPPED_ATTR, UNREADABLE_ATTR, note
from networkkit.outreach._sources import _TEXT, Notes, _drop_duplicates, _step_from_order, _times

__all__ = ["ENROLLMENT_COLUMNS", "enrollment_columns", "join_hubspot", "read_hubspot_enrollments"]

#: HubSpot's enrollment fields, and the names a CSV of them may use instead (letters and
#: digits only, lower case; the first that a header has is used).
ENROLLMENT_COLUMNS: dict[str, tuple[str, ...]] = {
    "enrolledAt": ("enrolledat", "enrollmentdate", "enrolleddate", "enrolledon", "dateenrolled"),
    "toEmail": ("toemail", "contactemail", "recipientemail", "emailaddress", "email"),
    "sequenceId": ("sequenceid",),
    "sequenceName": ("sequencename", "sequence"),
    "enrolledBy": ("enrolledby", "enrolledbyuserid", "enrolledbyid"),
    "enrolledByEmail": ("enrolledbyemail", "senderemail"),
    "id": ("id", "enrollmentid"),
    "updatedAt": ("updatedat", "lastupdated", "lastupdatedat"),
}


def _key(name: Any) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def enrollment_columns(columns: Any) -> dict[str, str] | None:
    """Map HubSpot's enrollment fields to a header's columns, or None if it holds no enrollments.

    Parameters
    ----------
    columns : iterable of str
        The header.

    Returns
    -------
    dict or None
        HubSpot field → column of the header, for each field found; None unless the header
        has the time of enrollment, the contact's address and the sequence (id or name).
    """
    by_key: dict[str, str] = {}
    for c in columns:
        by_key.setdefault(_key(c), str(c))
    found = {}
    for field, names in ENROLLMENT_COLUMNS.items():
        hit = next((by_key[n] for n in names if n in by_key), None)
        if hit is not None and hit not in found.values():
            found[field] = hit
    if {"enrolledAt", "toEmail"} <= set(found) and ({"sequenceId", "sequenceName"} & set(found)):
        return found
    return None


def _text(df: pd.DataFrame, column: str | None) -> pd.Series:
    if column is None:
        return pd.Series(pd.NA, index=df.index, dtype=_TEXT)
    out = df[column].astype(_TEXT).str.strip()
    return out.mask(out == "")


def _enrollments(
    df: pd.DataFrame, file: str, timezone: str, notes: Notes | None
) -> tuple[pd.DataFrame, int]:
    """One row per readable enrollment: thread, recipient, sequence, sender, time."""
    cols = enrollment_columns(df.columns)
    if cols is None:
        raise EventLogError(
            "has no HubSpot enrollment columns (enrolledAt, toEmail, sequenceId or "
            f"sequenceName); its header is {', '.join(map(str, df.columns))}",
            file=file,
        )
    to = _text(df, cols["toEmail"]).str.lower()
    note(
        notes, df, to.isna(), file=file, column=cols["toEmail"],
        reason="empty contact addresses", dropped=True,
    )  # fmt: skip
    at = pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns, UTC]")
    named = to.notna().to_numpy()
    if named.any():
        at[named] = _times(df[named], cols["enrolledAt"], file, timezone=timezone, notes=notes)
    name = _text(df, cols.get("sequenceName"))
    sequence = _text(df, cols.get("sequenceId")).fillna(name)
    keep = (to.notna() & at.notna()).to_numpy()
    out = pd.DataFrame(
        {
            "thread_id": (sequence.fillna("") + "/" + to.fillna("")).str.lstrip("/"),
            "recipient_key": to,
            "at": at,
            "template": name.fillna(sequence),
            "campaign": name.fillna(sequence),
            "sender": _text(df, cols.get("enrolledBy")),  # an id: never the user's address
        }
    )[keep]
    return out.reset_index(drop=True), int((~keep).sum())


def _finish(ev: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    ev, duplicates = _drop_duplicates(ev.reset_index(drop=True))
    ev = ev.reset_index(drop=True)
    ev["step"] = _step_from_order(ev)
    return conform_events(ev, keep_extra=False), duplicates


def read_hubspot_enrollments(
    df: pd.DataFrame, file: str, timezone: str = "UTC", notes: Notes | None = None
) -> pd.DataFrame:
    """Read HubSpot sequence enrollments alone: each is a first touch (``sent``, step 1).

    A thread is one contact in one sequence (``sequenceId``/``toEmail``; the sequence's name
    when there is no id). ``sequenceName`` is the template and the campaign, ``enrolledBy``
    the sender (``enrolledByEmail`` is never used). Enrollments record no opens, clicks,
    bounces or replies: those are "not tracked". A row without a readable address or time
    of enrollment is left out and counted.
    """
    rows, dropped = _enrollments(df, file, timezone, notes)
    rows["event"] = "sent"
    rows["channel"] = "email"
    out, duplicates = _finish(rows)
    out.attrs[TRACKED_ATTR] = []
    out.attrs[NOT_RECORDED_ATTR] = ["bounced", "replied"]
    out.attrs["duplicates"] = duplicates
    out.attrs["started_before_log"] = 0
    out.attrs[DROPPED_ATTR] = dropped
    return out


def join_hubspot(events: pd.DataFrame, enrollments: pd.DataFrame) -> pd.DataFrame:
    """Join HubSpot's email events (read) with its sequence enrollments (read).

    Each email event of a recipient belongs to the latest enrollment of that recipient at
    or before it: it takes the enrollment's thread, template, campaign and sender. Events
    before any enrollment of theirs keep their email campaign's thread. An enrollment whose
    events hold no ``sent`` keeps its own (the enrollment is the first touch); one whose
    events hold sends counts those, so no touch is counted twice.

    Parameters
    ----------
    events : pandas.DataFrame
        :func:`read_events` of HubSpot's email events (``source="hubspot"``).
    enrollments : pandas.DataFrame
        :func:`read_events` of its sequence enrollments (``source="hubspot_enrollments"``).

    Returns
    -------
    pandas.DataFrame
        The canonical event log, with both files' counts (skipped, duplicates, unreadable
        values) in ``attrs``; replies are "not tracked" (neither file records them).
    """
    ev = events.drop(columns="step").reset_index(drop=True)
    ev["_nk_row"] = range(len(ev))
    starts = enrollments[["thread_id", "recipient_key", "at", "template", "campaign", "sender"]]
    starts = starts.rename(columns={c: f"_nk_{c}" for c in starts.columns if c != "at"})
    starts = starts.assign(_nk_start=starts["at"]).sort_values("at", kind="stable")
    timed = ev[ev["recipient_key"].notna()].sort_values("at", kind="stable")
    matched = pd.merge_asof(
        timed,
        starts,
        on="at",
        left_by="recipient_key",
        right_by="_nk_recipient_key",
        direction="backward",
    ).set_index("_nk_row")
    rows = np.sort(matched["_nk_thread_id"].dropna().index.to_numpy())
    for c in ("thread_id", "template", "campaign", "sender"):
        ev.loc[rows, c] = matched.loc[rows, f"_nk_{c}"].to_numpy()
    sent_threads = set(ev.loc[ev["event"] == "sent", "thread_id"].dropna())
    alone = enrollments[~enrollments["thread_id"].isin(sent_threads)]
    out, duplicates = _finish(
        pd.concat([ev.drop(columns="_nk_row"), alone.drop(columns="step")], ignore_index=True)
    )
    out.attrs[TRACKED_ATTR] = list(events.attrs.get(TRACKED_ATTR, []))
    out.attrs[NOT_RECORDED_ATTR] = ["replied"]
    out.attrs["skipped"] = int(events.attrs.get("skipped", 0) or 0)
    out.attrs["duplicates"] = (
        duplicates
        + int(events.attrs.get("duplicates", 0) or 0)
        + int(enrollments.attrs.get("duplicates", 0) or 0)
    )
    out.attrs["started_before_log"] = 0
    out.attrs[UNREADABLE_ATTR] = [
        *events.attrs.get(UNREADABLE_ATTR, []),
        *enrollments.attrs.get(UNREADABLE_ATTR, []),
    ]
    out.attrs[DROPPED_ATTR] = int(events.attrs.get(DROPPED_ATTR, 0) or 0) + int(
        enrollments.attrs.get(DROPPED_ATTR, 0) or 0
    )
    out.attrs["source"] = "hubspot+enrollments"
    return out
