"""Reading outreach event logs: canonical CSV/Parquet, Gem, Apollo, or any tool via a mapping.

Readers return the canonical event log as pandas (see :data:`EVENT_COLUMNS`); they record in
``attrs["networkkit_tracked"]`` which optional events (opened, clicked) the source tracks, so
that a source without open tracking shows "not tracked", never 0 %.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from networkkit.errors import EventLogError
from networkkit.outreach._log_schema import (
    EVENTS,
    NOT_RECORDED_ATTR,
    TRACKED_ATTR,
    conform_events,
)
from networkkit.outreach._read_notes import DROPPED_ATTR, UNREADABLE_ATTR, note

#: Text as Arrow-backed strings: vectorised string kernels, and no copy for a Parquet log
#: (``"string"`` is Python storage on pandas 2: every cast was a round trip through objects).
_TEXT = pd.StringDtype("pyarrow")

__all__ = ["detect_source", "read_events"]

SOURCES = (
    "auto",
    "canonical",
    "gem",
    "apollo",
    "lemlist",
    "hubspot",
    "hubspot_enrollments",
    "mapping",
)
GEM_TYPES = {"first outreach": "sent", "follow-up": "sent", "reply": "replied"}
GEM_POSITIVE = {"interested": True, "not interested": False, "later": False}
GEM_CHANNEL = {
    "email": "email",
    "inmail": "inmail",
    "phone call": "phone",
    "text message": "sms",
    "meeting": "meeting",
}
APOLLO_FLAGS = {
    "Email Sent": "sent",
    "Email Bounced": "bounced",
    "Email Open": "opened",
    "Email Clicked": "clicked",
    "Replied": "replied",
}
# Apollo's flags carry no times: outcomes are put this long after 'Last Contacted' so that they
# follow the touch they answer (a reply must come after the first touch).
_NUDGE = pd.Timedelta(seconds=1)
_TRUE = {"true", "t", "yes", "y", "1"}
_FALSE = {"false", "f", "no", "n", "0", ""}


def detect_source(columns: Any) -> str | None:
    """Name the tool an event log comes from by its header.

    Parameters
    ----------
    columns : iterable of str
        The header.

    Returns
    -------
    str or None
        ``"canonical"``, ``"gem"``, ``"apollo"``, ``"lemlist"``, ``"hubspot"``,
        ``"hubspot_enrollments"`` (HubSpot sequence enrollments), or None when unknown.
    """
    from networkkit.outreach._hubspot_sequences import enrollment_columns

    cols = {str(c).strip() for c in columns}
    if {"thread_id", "event", "at"} <= cols:
        return "canonical"
    if {"timestamp", "candidate_id", "event_type"} <= cols:
        return "gem"
    if {"Email Sent", "Replied", "Last Contacted"} <= cols:
        return "apollo"
    if {"type", "createdAt", "leadId", "campaignId"} <= cols:
        return "lemlist"
    if {"type", "created", "recipient"} <= cols:
        return "hubspot"
    if enrollment_columns(cols) is not None:
        return "hubspot_enrollments"
    return None


def _read(path_or_frame: Any) -> tuple[pd.DataFrame, str]:
    if isinstance(path_or_frame, pd.DataFrame):
        return path_or_frame.copy(), "<frame>"
    path = Path(path_or_frame)
    name = str(path)
    if not path.is_file():
        raise EventLogError("no such file; give the path of a CSV or Parquet event log", file=name)
    try:
        if path.suffix.lower() in (".parquet", ".pq"):
            # Arrow-backed strings and nullable booleans, not Python objects: the checks
            # below then run vectorised (object columns made a 4M-event log take 50 s)
            mapper = {
                pa.string(): pd.StringDtype("pyarrow"),
                pa.large_string(): pd.StringDtype("pyarrow"),
                pa.bool_(): pd.BooleanDtype(),
                pa.int64(): pd.Int64Dtype(),  # a step column with gaps stays whole numbers
                pa.int32(): pd.Int64Dtype(),
            }
            return pq.read_table(path).to_pandas(types_mapper=mapper.get), name
        # index_col=False: a header shorter than its rows must not turn columns into an index;
        # pandas then warns that it drops the extra fields: make that an error instead
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(
                path, dtype=str, keep_default_na=False, encoding="utf-8-sig", index_col=False
            )
        return frame, name
    except UnicodeDecodeError:
        raise EventLogError("is not UTF-8 text; save it as UTF-8 CSV", file=name) from None
    except Exception as err:  # a corrupt Parquet file can raise almost anything (Arrow, pandas)
        detail = (str(err).splitlines() or [type(err).__name__])[0]
        raise EventLogError(f"cannot be read as CSV or Parquet ({detail})", file=name) from None


#: A list the readers append their unreadable values to (see :mod:`._read_notes`).
Notes = list[dict[str, Any]]


def _need(df, file, columns) -> None:
    for c in columns:
        if c not in df.columns:
            raise EventLogError(
                f"has no column {c!r}; its header is {', '.join(map(str, df.columns))}",
                file=file,
                column=c,
            )


#: A time that names its own offset (``Z``, ``+02:00``, ``-0500``, ``+02``, ``UTC``) after
#: its minutes or seconds (so that the day of ``2025-01-01`` is no offset).
_OFFSET = r":\d{2}(?:[.,]\d+)?\s*(?:[zZ]|[+-]\d{2}(?::?\d{2})?|UTC|GMT)$"
#: Epoch numbers at least this large are milliseconds (1e11 seconds is the year 5138; 1e11
#: milliseconds is March 1973), smaller ones seconds.
_EPOCH_MS = 1e11


#: Zone abbreviations that name one offset only, read as that offset (``2025-01-01 10:00 PST``).
ZONE_ABBREVIATIONS: dict[str, str] = {
    "PST": "-08:00", "PDT": "-07:00", "MST": "-07:00", "MDT": "-06:00",
    "EST": "-05:00", "EDT": "-04:00", "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00",
    "WET": "+00:00", "WEST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00", "JST": "+09:00", "KST": "+09:00",
    "HKT": "+08:00", "SGT": "+08:00", "AWST": "+08:00", "ACST": "+09:30", "AEST": "+10:00",
    "AEDT": "+11:00", "NZST": "+12:00", "NZDT": "+13:00",
}  # fmt: skip
#: Abbreviations several zones use: never guessed, the value is refused with the candidates.
AMBIGUOUS_ZONES: dict[str, str] = {
    "CST": "US Central, China or Cuba",
    "CDT": "US Central or Cuba",
    "IST": "India, Ireland or Israel",
    "BST": "British Summer or Bangladesh",
    "AST": "Atlantic or Arabia",
    "GST": "Gulf or South Georgia",
    "SST": "Samoa or Singapore",
}
_ABBREVIATION = re.compile(r"\s+([A-Z]{2,5})$")
#: Trailing capitals that are no zone to look up: read by the date parser itself.
_NOT_ZONES = ["UTC", "GMT", "Z", "AM", "PM"]
#: Times networkkit reads: anything outside is a typo or a placeholder, never an event.
FIRST_TIME = pd.Timestamp("1900-01-01", tz="UTC")
LAST_TIME = pd.Timestamp("2200-12-31 23:59:59", tz="UTC")


def _zone(timezone: str | None) -> str:
    """Check ``timezone`` (an IANA name like ``"Europe/Oslo"``, or None for UTC)."""
    if timezone is None:
        return "UTC"
    try:
        pd.Timestamp("2025-01-01").tz_localize(timezone)
    except Exception:
        raise ValueError(
            f"timezone takes an IANA name like 'Europe/Oslo' or 'UTC', not {timezone!r}"
        ) from None
    return timezone


def _localize(naive: pd.Series, timezone: str) -> pd.Series:
    """Read zone-less times as wall-clock times in ``timezone``; return them in UTC."""
    if timezone == "UTC":
        return naive.dt.tz_localize("UTC")
    local = naive.dt.tz_localize(timezone, ambiguous="NaT", nonexistent="shift_forward")
    return local.dt.tz_convert("UTC")


def _parse_text(text: pd.Series, timezone: str) -> pd.Series:
    """Parse date-time text, each value by itself: zone-less ones in ``timezone``.

    pandas parses a column in one pass and carries an offset over to the zone-less values
    after it (2.3: a naive ``2025-01-01 10:00`` after a ``+02:00`` row became 08:00 UTC), so
    values with and without an offset are parsed apart. Whole numbers are epoch seconds, or
    milliseconds from 1e11 on (HubSpot and many APIs give milliseconds); a number of fewer
    than nine digits is read as text (``20250101`` is a date).
    """
    out = pd.Series(pd.NaT, index=text.index, dtype="datetime64[ns, UTC]")
    filled = text.notna() & (text != "")
    # nine digits or more (from March 1973 on): ``20250101`` stays a date
    digits = text.str.fullmatch(r"[+-]?\d{9,}(?:\.\d+)?").fillna(False)
    number = pd.to_numeric(text.where(digits), errors="coerce")
    epoch = number.notna()
    if epoch.any():
        n = number[epoch].astype("float64")
        ms = n.abs() >= _EPOCH_MS
        secs = n.where(~ms, n / 1000.0)
        out[epoch] = pd.to_datetime(secs, unit="s", utc=True, errors="coerce")
    rest = filled & ~epoch
    named = text.where(rest).str.extract(_ABBREVIATION, expand=False)
    offsets = named.map(ZONE_ABBREVIATIONS)
    # a zone named by letters that no single offset has (IST) or none known (KIM) is never
    # guessed: pandas would drop it (with a warning) and read the time as UTC
    unknown = (named.notna() & offsets.isna() & ~named.isin(_NOT_ZONES)).fillna(False)
    rest = rest & ~unknown
    if offsets.notna().any():  # PST and the like: the offset they name, written out
        text = text.where(
            offsets.isna(), text.str.replace(_ABBREVIATION, "", regex=True) + offsets
        )
    aware = rest & text.str.contains(_OFFSET, regex=True).fillna(False)
    naive = rest & ~aware
    for mask, zoned in ((aware, True), (naive, False)):
        if not mask.any():
            continue
        part = text[mask]
        got = pd.to_datetime(part, utc=zoned, errors="coerce", format="ISO8601")
        retry = got.isna()
        if retry.any():
            got = got.where(
                ~retry,
                pd.to_datetime(part.where(retry), utc=zoned, errors="coerce", format="mixed"),
            )
        if not zoned:
            got = _localize(got, timezone)
        out[mask] = got.dt.tz_convert("UTC")
    return out.where((out >= FIRST_TIME) & (out <= LAST_TIME) & ~unknown)


def _times(
    df: pd.DataFrame,
    column: str,
    file: str,
    *,
    unix: bool = False,
    timezone: str = "UTC",
    notes: Notes | None = None,
) -> pd.Series:
    """Read a column of event times; a value that is no time becomes NaT and is counted.

    Every reader's time column is required, so the notes say the rows were dropped (the
    reader drops them). Empty cells, numbers past any calendar (``1e20``, ``inf``), times
    outside 1900-2200 and zones that are several or none (``IST``, ``KIM``) are counted
    apart, each with its first line.
    """
    raw = df[column]

    def count(mask: Any, reason: str) -> None:
        note(notes, df, mask, file=file, column=column, reason=reason, dropped=True)

    if not unix and pd.api.types.is_datetime64_any_dtype(raw.dtype):
        # already times (Parquet): no round trip through text (18 s on 4M events)
        out = (
            _localize(raw, timezone)
            if getattr(raw.dtype, "tz", None) is None
            else raw.dt.tz_convert("UTC")
        )
        count(out.isna(), "empty times")
        return out
    if pd.api.types.is_numeric_dtype(raw.dtype) and not pd.api.types.is_bool_dtype(raw.dtype):
        raw = raw.astype("Float64").astype(_TEXT)  # epoch numbers of a frame or Parquet file
    text = raw.astype(_TEXT).str.strip().str.replace(r"\.0$", "", regex=True)
    empty = text.isna() | (text == "")
    count(empty, "empty times")
    if unix:
        num = pd.to_numeric(text, errors="coerce").astype("float64")
        first, last = FIRST_TIME.timestamp(), LAST_TIME.timestamp()
        ok = num.between(first, last)  # NaN, inf and 1e20 are outside
        count(~ok & ~empty, "unix times that are no number of seconds from 1900 to 2200")
        return pd.to_datetime(num.where(ok), unit="s", utc=True)
    out = _parse_text(text, timezone)
    zones = text.str.extract(_ABBREVIATION, expand=False)
    # a zone that is several or none (a known one past 2200 is only out of range)
    known = zones.isin([*_NOT_ZONES, *ZONE_ABBREVIATIONS])
    unclear = (out.isna() & zones.notna() & ~known).fillna(False)
    for zone in zones[unclear].unique():
        which = AMBIGUOUS_ZONES.get(zone)
        said = f"could be {which}" if which else "is unknown"
        count(unclear & (zones == zone), f"times whose zone {zone} {said}")
    count(
        out.isna() & ~empty & ~unclear,
        "values that are no date and time from 1900 to 2200",
    )
    return out


def _flags(df: pd.DataFrame, column: str, file: str, notes: Notes | None = None) -> pd.Series:
    """Read a TRUE/FALSE column; a value that is neither is read as FALSE and counted."""
    raw = df[column]
    if pd.api.types.is_bool_dtype(raw.dtype):
        return raw.fillna(False).astype(bool)
    text = raw.astype(_TEXT).str.strip().str.lower().fillna("")
    odd = ~text.isin(_TRUE | _FALSE)
    note(
        notes,
        df,
        odd,
        file=file,
        column=column,
        reason="values neither TRUE nor FALSE (read as FALSE)",
        dropped=False,
    )
    return text.isin(_TRUE)


def _step_from_order(ev: pd.DataFrame) -> pd.Series:
    sent = ev["event"] == "sent"
    order = ev.loc[sent].sort_values(["thread_id", "at"], kind="stable")
    step = pd.Series(pd.NA, index=ev.index, dtype="Int64")
    step.loc[order.index] = order.groupby("thread_id", sort=False).cumcount().to_numpy() + 1
    return step


def _drop_duplicates(ev: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """Keep one of each exact duplicate event (METRICS.md: a repeated event is one event).

    Compared after parsing, so the same moment written two ways is the same event. Only rows
    sharing thread, event and time can be duplicates: those three (as integer codes) are
    checked first, and all columns only on the few rows that share them (comparing every
    column of every row made reading a Parquet log 2.5x slower).
    """
    t = _codes(ev["thread_id"]).astype(np.int64)
    e = _codes(ev["event"]).astype(np.int64)
    a = ev["at"].to_numpy(dtype="datetime64[us]").astype("int64")
    # one integer per (thread, event): equal pairs and times sort next to each other
    order = np.lexsort((a, t * 8 + e))
    same = (np.diff(t[order] * 8 + e[order]) == 0) & (np.diff(a[order]) == 0)
    maybe = np.zeros(len(ev), dtype=bool)
    maybe[order[1:][same]] = True
    maybe[order[:-1][same]] = True
    if not maybe.any():
        return ev, 0
    dup = np.zeros(len(ev), dtype=bool)
    dup[np.flatnonzero(maybe)] = ev[maybe].duplicated(keep="first").to_numpy()
    n = int(dup.sum())
    return (ev[~dup] if n else ev), n


def _canonical(
    df: pd.DataFrame, file: str, timezone: str = "UTC", notes: Notes | None = None
) -> pd.DataFrame:
    """Read a canonical log; rows without a readable thread, event or time are dropped.

    An unreadable optional value (``step``, ``positive``, ``machine``) becomes NA in a row
    that is kept; everything is counted in ``notes``.
    """
    _need(df, file, ("thread_id", "event", "at"))
    ev = df.copy()

    def count(mask: Any, column: str, reason: str, dropped: bool) -> None:
        note(notes, ev, mask, file=file, column=column, reason=reason, dropped=dropped)

    ev["event"] = ev["event"].astype(_TEXT).str.strip().str.lower()
    unknown = ~ev["event"].isin(EVENTS).fillna(False)
    count(unknown, "event", "events that are none of " + ", ".join(EVENTS), True)
    no_thread = (ev["thread_id"].astype(_TEXT).fillna("").str.strip() == "").fillna(True)
    count(no_thread, "thread_id", "empty thread ids", True)
    ev["at"] = _times(ev, "at", file, timezone=timezone, notes=notes)
    # a row without thread, event or time is left out; its optional values are not counted
    gone = (unknown | no_thread | ev["at"].isna()).to_numpy(dtype=bool)
    if "step" in ev.columns:
        if pd.api.types.is_integer_dtype(ev["step"].dtype):  # Parquet: whole numbers already
            step = ev["step"]
        else:
            step = pd.to_numeric(ev["step"].replace("", None), errors="coerce")
            bad = ev["step"].notna() & (ev["step"].astype(_TEXT) != "") & step.isna()
            bad = bad.fillna(False) & ~gone
            count(bad, "step", "steps that are no number", False)
        whole = step.astype("Float64")
        odd = whole.notna() & ((whole < 1) | (whole > 10_000) | (whole % 1 != 0))
        odd = odd.fillna(False)
        count(odd & ~gone, "step", "steps that are no whole number from 1 to 10,000", False)
        ev["step"] = whole.mask(odd).astype("Int64")
    for name in ("positive", "machine"):
        if name in ev.columns and not pd.api.types.is_bool_dtype(ev[name].dtype):
            text = ev[name].astype(_TEXT).str.strip().str.lower()
            ok = text.isna() | text.isin(_TRUE | _FALSE)
            count(~ok & ~gone, name, "values neither true, false nor empty", False)
            # vectorised; a per-value lambda also failed on NA (Parquet logs with nullable
            # booleans read back as objects: ``pd.NA in ("", None)`` is ambiguous)
            empty = (text.isna() | (text == "") | ~ok).astype(bool)
            ev[name] = text.isin(list(_TRUE)).astype("boolean").mask(empty)
    if gone.any():
        ev = ev[~gone].copy()
    # every value checked (line numbers above are the file's): now one of each duplicate,
    # before steps are numbered (a duplicate touch is no follow-up)
    ev, duplicates = _drop_duplicates(ev)
    if "step" in ev.columns:
        missing = (ev["event"] == "sent") & ev["step"].isna()
        if missing.any():
            ev["step"] = ev["step"].fillna(_step_from_order(ev))
    else:
        ev["step"] = _step_from_order(ev)
    tracked = [e for e in ("opened", "clicked") if (ev["event"] == e).any()]
    out = conform_events(ev)
    out.attrs[TRACKED_ATTR] = tracked
    out.attrs["duplicates"] = duplicates
    out.attrs["started_before_log"] = _started_before_log(out)
    out.attrs[DROPPED_ATTR] = int(gone.sum())
    return out


def _codes(col: pd.Series) -> np.ndarray:
    """Integer codes of a string column (Arrow's dictionary encoding when Arrow-backed)."""
    to_arrow = getattr(col.array, "__arrow_array__", None)
    if to_arrow is None:  # Python strings (a CSV read as text)
        return pd.factorize(col)[0]
    arr = to_arrow()  # no copy
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    return arr.dictionary_encode().indices.to_numpy(zero_copy_only=False)


def _started_before_log(ev: pd.DataFrame) -> int:
    """Count threads whose logged touches all have step 2 or later (left out of measures)."""
    sent = (ev["event"] == "sent").to_numpy(dtype=bool)
    step = ev["step"].to_numpy(dtype="float64", na_value=np.nan)[sent]
    codes = _codes(ev["thread_id"])[sent]
    if not len(codes):
        return 0
    first = np.full(codes.max() + 1, np.inf)
    np.fmin.at(first, codes, step)  # NaN steps do not decide (fmin skips them)
    return int((np.isfinite(first) & (first >= 2)).sum())


def _gem(df: pd.DataFrame, file: str, notes: Notes | None = None) -> pd.DataFrame:
    _need(df, file, ("timestamp", "candidate_id", "event_type"))
    kind = df["event_type"].astype(_TEXT).str.strip().str.lower().map(GEM_TYPES)
    keep = kind.notna().to_numpy()
    # only the events read are checked: a note of another type is skipped whatever it holds
    at = pd.Series(pd.NaT, index=df.index, dtype="datetime64[ns, UTC]")
    at[keep] = _times(df[keep], "timestamp", file, unix=True, notes=notes)
    user = (
        df["user_email"].astype(_TEXT)
        if "user_email" in df.columns
        else pd.Series(pd.NA, index=df.index, dtype="string")
    )
    cand = df["candidate_id"].astype(_TEXT).str.strip()
    no_cand = (cand.fillna("") == "").to_numpy(dtype=bool) & keep
    note(
        notes, df, no_cand, file=file, column="candidate_id", reason="empty candidate ids",
        dropped=True,
    )  # fmt: skip
    thread = (user.fillna("").str.strip() + "/" + cand).str.lstrip("/")
    subtype = (
        df["event_subtype"].astype(_TEXT).str.strip().str.lower()
        if "event_subtype" in df.columns
        else pd.Series(pd.NA, index=df.index, dtype="string")
    )
    meta = (
        df["event_metadata"].astype(_TEXT).str.strip().str.lower()
        if "event_metadata" in df.columns
        else pd.Series(pd.NA, index=df.index, dtype="string")
    )
    ev = pd.DataFrame(
        {
            "thread_id": thread,
            "event": kind,
            "at": at,
            "recipient_key": cand,
            "sender": df["user_name"] if "user_name" in df.columns else pd.NA,
            "campaign": df["sequence_name"] if "sequence_name" in df.columns else pd.NA,
            "channel": subtype.map(lambda v: GEM_CHANNEL.get(v, v) if isinstance(v, str) else v),
            "positive": meta.map(GEM_POSITIVE).where(kind == "replied").astype("boolean"),
        }
    )
    gone = keep & (no_cand | at.isna().to_numpy(dtype=bool))
    ev, duplicates = _drop_duplicates(ev[keep & ~gone])
    ev["step"] = _step_from_order(ev)
    out = conform_events(ev, keep_extra=False)
    out.attrs[TRACKED_ATTR] = []
    out.attrs["skipped"] = int((~keep).sum())
    out.attrs["duplicates"] = duplicates
    out.attrs[DROPPED_ATTR] = int(gone.sum())
    return out


def _apollo(
    df: pd.DataFrame, file: str, timezone: str = "UTC", notes: Notes | None = None
) -> pd.DataFrame:
    _need(df, file, ("Email Sent", "Replied", "Last Contacted"))
    flags = {c: _flags(df, c, file, notes) for c in APOLLO_FLAGS if c in df.columns}
    sent = flags["Email Sent"]
    at = pd.Series(pd.NaT, index=df.index, dtype="datetime64[us, UTC]")
    if sent.any():
        # a contact sent without a readable time of contact is left out, counted
        got = _times(df[sent], "Last Contacted", file, timezone=timezone, notes=notes)
        at[sent] = got.astype(at.dtype)
    gone = sent & at.isna()
    sent = sent & ~gone
    for c in list(flags):
        if c == "Email Sent":
            continue
        # an outcome on a contact never sent answers no touch: read as FALSE, counted
        orphan = flags[c] & ~sent & ~gone
        note(
            notes, df, orphan, file=file, column=c,
            reason="outcomes TRUE on a contact whose 'Email Sent' is FALSE (read as FALSE)",
            dropped=False,
        )  # fmt: skip
        flags[c] = flags[c] & sent
    flags["Email Sent"] = sent
    url = (
        df["Person Linkedin Url"].astype(_TEXT)
        if "Person Linkedin Url" in df.columns
        else pd.Series(pd.NA, index=df.index, dtype="string")
    )
    key = (
        url.str.strip()
        .str.replace(r"^[a-z]+://", "", regex=True, case=False)
        .str.replace(r"^(www\.)?linkedin\.com/in/", "", regex=True, case=False)
        .str.split("?")
        .str[0]
        .str.rstrip("/")
        .str.lower()
    )
    key = key.mask(key == "")  # an empty URL cell is no key: fall back to the email
    email = df["Email"].astype(_TEXT).str.strip() if "Email" in df.columns else key
    line = pd.Series(df.index + 2, index=df.index).astype(_TEXT)
    thread = key.fillna(email.mask(email == "")).fillna(line)
    parts = []
    for column, event in APOLLO_FLAGS.items():
        if column not in flags:
            continue
        m = flags[column].to_numpy()
        n = int(m.sum())
        # every column typed, so that concatenating parts (some empty) needs no guessing
        parts.append(
            pd.DataFrame(
                {
                    "thread_id": pd.array(thread[m].to_numpy(), dtype=_TEXT),
                    "event": pd.array([event] * n, dtype=_TEXT),
                    "at": (at[m] + (_NUDGE if event != "sent" else pd.Timedelta(0))).array,
                    "step": pd.array([1 if event == "sent" else None] * n, dtype="Int64"),
                    "recipient_key": pd.array(key[m].to_numpy(), dtype=_TEXT),
                    "campaign": pd.array(
                        df["Sequence"][m].to_numpy() if "Sequence" in df.columns else [None] * n,
                        dtype=_TEXT,
                    ),
                    "channel": pd.array(["email"] * n, dtype=_TEXT),
                }
            )
        )
    # column by column: every part has the same dtypes (a frame-level concat warns about
    # parts whose columns are all missing)
    parts = [p for p in parts if len(p)] or parts[:1]
    ev = pd.DataFrame(
        {c: pd.concat([p[c] for p in parts], ignore_index=True) for c in parts[0].columns}
    )
    ev, duplicates = _drop_duplicates(ev)
    out = conform_events(ev, keep_extra=False)
    out.attrs[TRACKED_ATTR] = [
        e for c, e in APOLLO_FLAGS.items() if c in flags and e in ("opened", "clicked")
    ]
    out.attrs[NOT_RECORDED_ATTR] = ["times"]
    out.attrs["duplicates"] = duplicates
    out.attrs[DROPPED_ATTR] = int(gone.sum())
    out.attrs["note"] = (
        "Apollo exports flags per contact, not events: the touch is placed at 'Last Contacted' "
        "and bounces, opens, clicks and replies one second later, so funnel counts are right "
        "but times to reply and cadence cannot be measured from this source"
    )
    return out


def _mapped(
    df: pd.DataFrame,
    file: str,
    mapping: Mapping[str, Any],
    timezone: str = "UTC",
    notes: Notes | None = None,
) -> pd.DataFrame:
    values = dict(mapping.get("event_values", {}))
    columns = {k: v for k, v in mapping.items() if k != "event_values"}
    for canonical, source in columns.items():
        if source not in df.columns:
            raise EventLogError(
                f"has no column {source!r} (mapped to {canonical!r}); its header is "
                f"{', '.join(map(str, df.columns))}",
                file=file,
                column=source,
            )
    ev = pd.DataFrame({canonical: df[source].to_numpy() for canonical, source in columns.items()})
    if values:
        raw = ev["event"].astype(_TEXT).str.strip()
        lowered = {str(k).strip().lower(): v for k, v in values.items()}
        mapped = raw.str.lower().map(lowered)
        unknown = mapped.isna() & ~raw.str.lower().isin(lowered)
        # the index is kept: it is the row's line in the file, for the notes
        ev = ev[~unknown.to_numpy()].copy()
        ev["event"] = mapped[~unknown.to_numpy()].to_numpy()
    out = _canonical(ev, file, timezone, notes)
    if values:
        # a stage the source's event names never map to is not recorded: not tracked, never 0
        targets = {str(v).strip().lower() for v in values.values() if v is not None}
        out.attrs[NOT_RECORDED_ATTR] = [e for e in ("bounced", "replied") if e not in targets]
        out.attrs[TRACKED_ATTR] = [e for e in ("opened", "clicked") if e in targets]
    return out


def read_events(
    path_or_frame: Any,
    *,
    source: str = "auto",
    mapping: Mapping[str, Any] | None = None,
    timezone: str | None = None,
) -> pd.DataFrame:
    """Read an outreach event log into the canonical event-log frame.

    Parameters
    ----------
    path_or_frame : str, pathlib.Path, pandas.DataFrame, or a list of two of them
        A CSV (UTF-8) or Parquet file, or a frame already in memory. A list or tuple holds
        HubSpot's email events and its sequence enrollments, read together (see
        ``hubspot_enrollments`` below).
    source : str, default "auto"
        The tool the log comes from: ``"auto"`` (recognised by its header), ``"canonical"``,
        ``"gem"``, ``"apollo"``, ``"lemlist"``, ``"hubspot"`` or ``"hubspot_enrollments"``.
        Ignored when ``mapping`` is given.

        - ``canonical``: columns ``thread_id``, ``event``, ``at`` (ISO 8601) and any of the
          optional ones; ``step`` is derived from the order of ``sent`` events when missing.
        - ``gem``: Gem's ``event_log`` export. A thread is one candidate contacted by one user
          (``user_email``/``candidate_id``). ``First Outreach`` and ``Follow-up`` → ``sent``
          (steps by time), ``Reply`` → ``replied``; ``event_subtype`` → ``channel``;
          ``event_metadata`` ``Interested`` → positive, ``Not Interested`` and ``Later`` → not
          positive. Other event types are skipped (counted in ``attrs["skipped"]``). Gem logs
          no opens or clicks: they are "not tracked".
        - ``apollo``: a per-contact export with TRUE/FALSE flags ``Email Sent``,
          ``Email Bounced``, ``Email Open``, ``Email Clicked`` (if present), ``Replied``. Flags
          carry no times: ``sent`` is placed at ``Last Contacted`` and every other flag one
          second later — an approximation (funnel counts are right; times to reply and
          cadence are not measurable). Thread =
          the contact (``Person Linkedin Url`` key, else ``Email``, else the line).
        - ``lemlist``: lemlist's activities (``type``, ``createdAt``, ``leadId``,
          ``campaignId``; optional ``campaignName``, ``emailTemplateId``, ``bot``). A thread
          is one lead in one campaign; ``emailsSent``/``linkedinSent`` → ``sent`` (steps by
          time), ``emailsOpened``, ``emailsClicked``, ``emailsBounced``, ``emailsReplied``/
          ``linkedinReplied``; bot opens are machine opens, bot clicks skipped; other types
          skipped (``attrs["skipped"]``).
        - ``hubspot``: HubSpot's email events (``type``, ``created`` in epoch milliseconds,
          ``recipient``; optional ``emailCampaignId``, ``filteredEvent``). ``SENT``,
          ``BOUNCE``, ``OPEN``, ``CLICK``; filtered opens are machine opens. HubSpot's email
          events have no replies: replies and every time measure are "not tracked".
        - ``hubspot_enrollments``: HubSpot's sequence enrollments (``enrolledAt``,
          ``toEmail``, ``sequenceId`` and/or ``sequenceName``; optional ``enrolledBy``, ``id``,
          ``updatedAt``; headers such as ``Sequence name`` or ``Contact email`` are matched
          too). Alone, each enrollment is a first touch (``sent``) at ``enrolledAt`` in the
          thread ``sequenceId``/``toEmail``, the sequence's name its template; opens, clicks,
          bounces and replies are "not tracked". Given with the email events
          (``read_events([events, enrollments])``), each email event joins the enrollment its
          recipient was in at that time (the latest before it), so the sends, opens, clicks
          and bounces count within each sequence, the enrollment's own ``sent`` only where
          no send of its is logged.
    mapping : dict, optional
        For any other tool: canonical column → source column, e.g.
        ``{"thread_id": "Contact", "event": "Activity", "at": "Date"}``, plus optionally
        ``"event_values"``: source event name → canonical event, e.g.
        ``{"Email sent": "sent", "Replied": "replied"}`` (rows with other names are dropped).
        A stage no source name maps to (``replied``, ``bounced``) is not recorded by the
        source: its counts and rates read "not tracked", never 0.
    timezone : str, optional
        IANA name (``"Europe/Oslo"``) of the clock of times written without an offset;
        default UTC. Times with an offset (``+02:00``, ``Z``) keep theirs; whole numbers are
        epoch seconds, or milliseconds from 1e11 on. The same rule on every engine
        (:func:`read_events_spark` takes the same parameter).

    Returns
    -------
    pandas.DataFrame
        The canonical event log, columns in order:

        - ``thread_id`` (str): one recipient in one sequence.
        - ``event`` (str): ``sent``, ``bounced``, ``opened``, ``clicked`` or ``replied``.
        - ``at`` (datetime64[us, UTC]): when it happened.
        - ``step`` (Int64): on ``sent``, 1 for the first touch, 2+ for follow-ups.
        - ``recipient_key``, ``sender``, ``campaign``, ``template``, ``channel`` (str).
        - ``positive`` (boolean): on ``replied``, whether marked positive; NA if unmarked.
        - ``machine`` (boolean): on ``opened``, true for a flagged machine open.

        Extra columns of a canonical file follow. ``attrs["networkkit_tracked"]`` lists the
        optional events (``opened``, ``clicked``) the source tracks,
        ``attrs["networkkit_not_recorded"]`` the stages it does not record (``"times"`` for a
        source without event times, ``"replied"``, ``"bounced"``), and ``attrs["duplicates"]``
        counts the exact duplicate events dropped (a repeated event is one event).
        ``attrs["unreadable"]`` lists the values that could not be read, one entry per
        column and reason (``file``, ``column``, ``cells``, ``first_line``, ``reason``,
        ``dropped``), and ``attrs["rows_dropped"]`` counts the rows left out for them: a
        row whose thread, event or time cannot be read is left out; an unreadable step,
        ``positive`` or ``machine`` is NA in a row kept (docs/FORMATS.md, "Odd values").

    Raises
    ------
    EventLogError
        When the file cannot be read, a required column is missing, or no row of the log
        can be read: one sentence naming the file (and the line of the first problem).
    """
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}, not {source!r}")
    if isinstance(path_or_frame, (list, tuple)):
        return _read_together(path_or_frame, timezone)
    zone = _zone(timezone)
    df, file = _read(path_or_frame)
    df.columns = [str(c).strip() for c in df.columns]
    notes: Notes = []
    if mapping is not None:
        return _noted(_mapped(df, file, mapping, zone, notes), df, file, notes)
    kind = detect_source(df.columns) if source == "auto" else source
    if kind is None:
        raise EventLogError(
            "is not an event log networkkit knows (canonical thread_id,event,at; Gem event_log;"
            " Apollo contacts; lemlist activities; HubSpot email events or sequence"
            " enrollments); pass"
            " mapping={canonical: column} to read it",
            file=file,
        )
    if kind == "gem":
        out = _gem(df, file, notes)  # unix seconds: no zone to read
    else:
        from networkkit.outreach._hubspot_sequences import read_hubspot_enrollments
        from networkkit.outreach._tool_exports import read_hubspot, read_lemlist

        reader = {
            "canonical": _canonical,
            "apollo": _apollo,
            "lemlist": read_lemlist,
            "hubspot": read_hubspot,
            "hubspot_enrollments": read_hubspot_enrollments,
        }[kind]
        out = reader(df, file, zone, notes)
    out.attrs["source"] = kind
    return _noted(out, df, file, notes)


def _read_together(paths: Any, timezone: str | None) -> pd.DataFrame:
    """Read HubSpot's email events and sequence enrollments, given together, as one log."""
    from networkkit.outreach._hubspot_sequences import join_hubspot

    logs = [read_events(p, timezone=timezone) for p in paths]
    kinds = sorted(str(log.attrs.get("source")) for log in logs)
    if kinds != ["hubspot", "hubspot_enrollments"]:
        names = ", ".join(_name(p) for p in paths)
        raise EventLogError(
            f"are {' and '.join(kinds)} logs; only HubSpot's email events and its sequence "
            "enrollments are read together (give any other log alone)",
            file=names,
        )
    by_kind = {log.attrs["source"]: log for log in logs}
    return join_hubspot(by_kind["hubspot"], by_kind["hubspot_enrollments"])


def _name(path_or_frame: Any) -> str:
    return "<frame>" if isinstance(path_or_frame, pd.DataFrame) else str(path_or_frame)


def _noted(out: pd.DataFrame, df: pd.DataFrame, file: str, notes: Notes) -> pd.DataFrame:
    """Record the unreadable values on the log; refuse a log none of whose rows is usable.

    A log with rows, none of which could be read (every time past 2200, say), has nothing to
    measure: that alone is an :class:`EventLogError`, naming the first problem's line.
    """
    out.attrs[UNREADABLE_ATTR] = notes
    out.attrs[DROPPED_ATTR] = int(out.attrs.get(DROPPED_ATTR, 0) or 0)
    dropped = [n for n in notes if n["dropped"]]
    if len(out) == 0 and len(df) and dropped:
        first = dropped[0]
        where = "" if first["first_line"] is not None else f" (row {first['first_row']})"
        cells = int(first["cells"])
        others = "" if cells >= len(df) else ", and every other row is left out too"
        raise EventLogError(
            f"has no row that can be read: {first['reason']} ({cells:,} "
            f"{'cell' if cells == 1 else 'cells'}{where}){others}; fix the values or write "
            "a canonical log",
            file=file,
            line=first["first_line"],
            column=first["column"],
        )
    return out
