"""Which inputs a report reads, made safe and scoped: the one way every report prepares them.

A report reads a LinkedIn export or an outreach event log (the given one, else the bundled
sample, else the export's own conversations), removes contact details, pseudonymises names
when asked, and keeps its date window. The notebooks call :func:`network_input` or
:func:`outreach_input` in one line and show what they return.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import narwhals.dependencies as nwd
import pandas as pd

from networkkit import outreach
from networkkit.errors import ExportError
from networkkit.export import Export, load_export
from networkkit.prepare._annotations import prepare_annotations
from networkkit.prepare._facts import event_facts, event_log_report
from networkkit.prepare._parameters import log_parts
from networkkit.prepare._privacy import (
    anonymize_events,
    anonymize_export,
    known_people,
    load_key,
    scrub_events,
    scrub_export,
)
from networkkit.prepare._privacy_spark import anonymize_events_spark, scrub_events_spark
from networkkit.prepare._sample import SAMPLE_OUTREACH, sample_export, sample_outreach
from networkkit.prepare._window import parse_date, window, window_events, window_export

__all__ = [
    "OutreachInput",
    "events_from_export",
    "export_scope",
    "key_path",
    "load_key_for",
    "network_input",
    "outreach_input",
    "prepare_events",
    "prepare_export",
    "unreadable_words",
]


def key_path(history_path: str) -> Path:
    """Return where the anonymisation key lives: beside the history, or in ~/.networkkit.

    Parameters
    ----------
    history_path : str
        The report's history database path, or ``""``.

    Returns
    -------
    pathlib.Path
        ``<history folder>/anonymize.key``.
    """
    if history_path:
        return Path(history_path).expanduser().resolve().parent / "anonymize.key"
    return Path.home() / ".networkkit" / "anonymize.key"


def load_key_for(history_path: str) -> bytes:
    """Return the anonymisation key kept beside ``history_path`` (created on first use)."""
    return load_key(key_path(history_path))


def _needs_key(anonymize: bool, key: bytes | None) -> None:
    if anonymize and key is None:
        raise ValueError("anonymize needs a key")


def prepare_export(
    ex: Export,
    *,
    anonymize: bool = False,
    key: bytes | None = None,
    start_date: str = "",
    end_date: str = "",
    as_of: str = "",
) -> Export:
    """Make an export safe and scoped for a report.

    E-mail addresses and phone numbers are removed (always); names are pseudonymised when
    ``anonymize``; rows dated outside the window are dropped (undated rows are kept); and
    ``as_of`` is set from the parameter, else the window's end, else the export's own.

    Parameters
    ----------
    ex : Export
        As loaded.
    anonymize : bool, default False
        Replace names with stable pseudonyms.
    key : bytes, optional
        The pseudonym key (required when ``anonymize``).
    start_date, end_date : str
        The report window (ISO dates, ``""`` for open).
    as_of : str
        When the data ends, overriding the export's (``""``: keep it).

    Returns
    -------
    Export
        A new Export.
    """
    out = scrub_export(ex)
    if anonymize:
        _needs_key(anonymize, key)
        out = anonymize_export(out, key=key)
    start, end = window(start_date, end_date)
    out = window_export(out, start, end)
    as_of_ts = parse_date(as_of) or end
    if as_of_ts is not None:
        out = dataclasses.replace(out, as_of=as_of_ts)
    return out


def _is_spark(events: Any) -> bool:
    return nwd.is_pyspark_dataframe(events) or nwd.is_pyspark_connect_dataframe(events)


def prepare_events(
    events: Any,
    *,
    anonymize: bool = False,
    key: bytes | None = None,
    start_date: str = "",
    end_date: str = "",
    people: Sequence[str] = (),
) -> Any:
    """Make an outreach event log safe and scoped for a report, in its own engine.

    E-mail addresses and phone numbers in the identifying columns (``thread_id``,
    ``recipient_key``, ``sender``) become an opaque ``contact-<hash>``, elsewhere
    ``[email]`` / ``[phone]``; with ``anonymize``, recipients and senders become stable
    pseudonyms (the same on pandas and Spark). Threads are kept when their first ``sent``
    event falls in the window; events after the window's end are dropped (so those threads
    are censored at the end, not counted as "no"). A Spark log stays in Spark and is cached,
    since every section of the report reads it.

    Parameters
    ----------
    events : pandas.DataFrame or pyspark.sql.DataFrame
        A canonical event log.
    anonymize : bool, default False
        Pseudonymise recipients and senders.
    key : bytes, optional
        The pseudonym key (required when ``anonymize``).
    start_date, end_date : str
        The window (ISO dates, ``""`` for open).
    people : sequence of str, optional
        Known people's names (e.g. the export's, :func:`networkkit.prepare.known_people`) to
        pseudonymise in templates, campaigns and other free text under ``anonymize`` (on
        pandas; on Spark the log's own senders and recipients are looked for).

    Returns
    -------
    pandas.DataFrame or pyspark.sql.DataFrame
        A new event log of the same engine.
    """
    _needs_key(anonymize, key)
    spark = _is_spark(events)
    if spark:
        out = scrub_events_spark(events)
        if anonymize:
            out = anonymize_events_spark(out, key=key)
    else:
        out = scrub_events(events)
        if anonymize:
            out = anonymize_events(out, key=key, people=people)
    out = window_events(out, *window(start_date, end_date))
    return out.cache() if spark else out


def prepare_events_spark(
    events: Any,
    *,
    start_date: str = "",
    end_date: str = "",
    anonymize: bool = False,
    key: bytes | None = None,
) -> Any:
    """Make a Spark event log safe and scoped: :func:`prepare_events` (kept for old callers)."""
    return prepare_events(
        events, anonymize=anonymize, key=key, start_date=start_date, end_date=end_date
    )


def events_from_export(ex: Export) -> tuple[pd.DataFrame, str | None]:
    """Turn an export's conversations into an event log, or say why that is not possible.

    Parameters
    ----------
    ex : Export
        The prepared export.

    Returns
    -------
    events : pandas.DataFrame
        :func:`networkkit.outreach.from_messages`'s event log; an empty canonical log when the
        export cannot give one.
    problem : str or None
        The sentence saying why there are no events (``None`` when there are).
    """
    if len(ex.messages) == 0:
        problem = "This export holds no messages (messages.csv is missing or empty)."
    elif ex.messages["conversation_id"].isna().all():
        problem = (
            "This export's messages carry no conversation ids (as in 2018 exports), so they "
            "cannot be grouped into threads."
        )
    else:
        try:
            return outreach.from_messages(ex), None
        except ExportError as err:
            problem = f"The export's messages cannot be read as outreach: {err}"
    empty = pd.DataFrame({c: pd.Series([], dtype=t) for c, t in outreach.EVENT_COLUMNS.items()})
    return outreach.read_events(empty), problem


def _window_words(start_date: str, end_date: str) -> str:
    return f"{start_date or 'the beginning'} to {end_date or 'the end'}"


def export_scope(ex: Export, *, start_date: str = "", end_date: str = "") -> str:
    """Say in one sentence whose export this is, how far it goes and what it holds.

    Parameters
    ----------
    ex : Export
        The prepared export.
    start_date, end_date : str
        The report window as given (``""``: open).

    Returns
    -------
    str
        The sentence (and the window, when there is one).
    """
    owner = ex.owner.name or "an unknown member"
    ends = "an unknown date" if ex.as_of is None else f"{ex.as_of:%d %B %Y}"
    scope = ""
    if start_date or end_date:
        scope = f" Window: {_window_words(start_date, end_date)}."
    return (
        f"Export of {owner}, data up to {ends}: {len(ex.connections):,} connections, "
        f"{len(ex.messages):,} messages, {len(ex.invitations):,} invitations.{scope}"
    )


@dataclasses.dataclass
class NetworkInput:
    """The export a network report reads, prepared, and the member's annotations.

    Attributes
    ----------
    ex : Export
        The prepared export (:func:`prepare_export`).
    annotations : pandas.DataFrame or None
        The member's met-in-person annotations, keyed and scrubbed like the export (so they
        still apply under ``anonymize``); None without an annotation file.
    annotation_error : ExportError or None
        Why the annotation file could not be read (said in the report's "met in person"
        section; the rest of the report does not depend on it).
    """

    ex: Export
    annotations: pd.DataFrame | None = None
    annotation_error: ExportError | None = None


def network_inputs(
    export_path: str = "",
    *,
    annotations_path: str = "",
    anonymize: bool = False,
    history_path: str = "",
    start_date: str = "",
    end_date: str = "",
    as_of: str = "",
) -> NetworkInput:
    """Load and prepare the export a network report reads, and the member's annotations.

    Parameters
    ----------
    export_path : str
        A LinkedIn export (zip or folder); ``""``: the bundled sample.
    annotations_path : str
        The member's met-in-person annotation file (``""``: none).
    anonymize : bool, default False
        Pseudonymise names with the key kept beside ``history_path``.
    history_path : str
        The report's history database (``""``: the key lives in ``~/.networkkit``).
    start_date, end_date, as_of : str
        As for :func:`prepare_export`.

    Returns
    -------
    NetworkInput
        The prepared export and annotations.
    """
    key = load_key_for(history_path) if anonymize else None
    raw = load_export(export_path or sample_export())
    ex = prepare_export(
        raw, anonymize=anonymize, key=key, start_date=start_date, end_date=end_date, as_of=as_of
    )
    annotations, error = None, None
    if annotations_path:
        try:
            annotations = prepare_annotations(
                annotations_path, people=raw, anonymize=anonymize, key=key
            )
        except ExportError as err:
            error = err
    return NetworkInput(ex=ex, annotations=annotations, annotation_error=error)


def network_input(
    export_path: str = "",
    *,
    anonymize: bool = False,
    history_path: str = "",
    start_date: str = "",
    end_date: str = "",
    as_of: str = "",
) -> Export:
    """Load and prepare the export a network report reads (the sample when none is given).

    Parameters
    ----------
    export_path : str
        A LinkedIn export (zip or folder); ``""``: the bundled sample.
    anonymize : bool, default False
        Pseudonymise names with the key kept beside ``history_path``.
    history_path : str
        The report's history database (``""``: the key lives in ``~/.networkkit``).
    start_date, end_date, as_of : str
        As for :func:`prepare_export`.

    Returns
    -------
    Export
        The prepared export (:func:`network_inputs` also gives the annotations).
    """
    return network_inputs(
        export_path,
        anonymize=anonymize,
        history_path=history_path,
        start_date=start_date,
        end_date=end_date,
        as_of=as_of,
    ).ex


@dataclasses.dataclass
class OutreachInput:
    """The event log an outreach report reads, prepared, and what it says about it.

    Attributes
    ----------
    events : pandas.DataFrame or pyspark.sql.DataFrame
        The prepared event log (:func:`prepare_events`).
    parse_report : pandas.DataFrame
        What was read (:func:`event_log_report`, or the export's parse report).
    origin : str
        Where the events come from, for a sentence ("the outreach log events.csv").
    problem : str or None
        Why there are no events, when the export cannot give any.
    facts : dict
        :func:`event_facts` of the prepared log.
    as_of : str or None
        When the data ends, for the measures: the parameter, else the window's end.
    scope : str
        One sentence: where the events come from, threads, events and the window.
    inferred : str
        When the events come from an export: what its reader inferred (owner, when the data
        ends, how sure) and skipped, in one sentence with no names; else ``""``.
    """

    events: Any
    parse_report: pd.DataFrame
    origin: str
    problem: str | None
    facts: dict[str, Any]
    as_of: str | None
    scope: str
    inferred: str = ""


def unreadable_words(attrs: dict[str, Any]) -> str:
    """Say in one sentence how many of a log's values could not be read (``""`` if none).

    Parameters
    ----------
    attrs : dict
        The ``attrs`` of a log read by :func:`networkkit.outreach.read_events`.

    Returns
    -------
    str
        E.g. ``" 3 values could not be read: 2 rows left out, the other values read as
        missing (see What was read)."``, with a leading space.
    """
    notes = list(attrs.get("unreadable", []) or [])
    cells = sum(int(n["cells"]) for n in notes)
    if not cells:
        return ""
    dropped = int(attrs.get("rows_dropped", 0) or 0)
    kept = sum(int(n["cells"]) for n in notes if not n["dropped"])
    parts = []
    if dropped:
        parts.append(f"{dropped:,} row{'s' * (dropped != 1)} left out")
    if kept:
        parts.append(f"{kept:,} value{'s' * (kept != 1)} read as missing")
    said = f"{cells:,} value{'s' * (cells != 1)} could not be read"
    return f" {said}: {' and '.join(parts)} (see What was read)."


def _read_outreach(
    export_path: str,
    outreach_path: str,
    engine: str,
    spark_master: str,
    *,
    prepare: Any,
    anonymize: bool = False,
) -> tuple[Any, pd.DataFrame | None, str, str | None]:
    """Choose and read the raw event log: (events, parse report, origin, problem).

    Under ``anonymize`` no file is named: a log's name may carry a person's.
    """
    if engine == "spark":
        # Spark reads the log (a file, folder or glob, local or in a cluster's storage)
        raw = outreach.read_events_spark(outreach_path, master=spark_master or None)
        name = "" if anonymize else " " + outreach_path.rsplit("/", 1)[-1]
        return raw, None, f"the outreach log{name} (read with Spark)", None
    if outreach_path or (not export_path and SAMPLE_OUTREACH.exists()):
        log_path = outreach_path or sample_outreach()
        parts = log_parts(log_path)
        raw = outreach.read_events(parts if len(parts) > 1 else log_path)
        name = "" if anonymize else " " + " and ".join(Path(p).name for p in parts)
        report = event_log_report(raw, path=" and ".join(Path(p).name for p in parts))
        if anonymize:
            report = report.assign(file="the outreach log")
        return raw, report, f"the outreach log{name}", None
    ex = prepare(load_export(export_path or sample_export()))
    raw, problem = events_from_export(ex)
    raw.attrs["networkkit_inferred"] = ex.inferred.summary()
    origin = "the conversations you started on LinkedIn (your export's messages)"
    return raw, ex.parse_report, origin, problem


def outreach_input(
    export_path: str = "",
    outreach_path: str = "",
    *,
    engine: str = "pandas",
    spark_master: str = "",
    anonymize: bool = False,
    history_path: str = "",
    start_date: str = "",
    end_date: str = "",
    as_of: str = "",
) -> OutreachInput:
    """Choose, read and prepare the event log an outreach report reads.

    The log is ``outreach_path`` when given (read by Spark with ``engine="spark"``); without
    it and without an export, the bundled sample log; otherwise the conversations the member
    started in the export (or the sample export).

    Parameters
    ----------
    export_path : str
        A LinkedIn export, used when there is no outreach log (``""``: the sample).
    outreach_path : str
        An outreach event log (CSV or Parquet; with Spark also a folder, glob or URL).
    engine : {"pandas", "spark"}
        The engine of the measures.
    spark_master : str
        Spark master URL (``""``: ``SPARK_REMOTE``, else local).
    anonymize : bool, default False
        Pseudonymise recipients and senders with the key kept beside ``history_path``.
    history_path : str
        The report's history database (where the key lives).
    start_date, end_date : str
        The window of first touches (ISO dates, ``""`` for open).
    as_of : str
        When the data ends (``""``: the window's end, else the latest event).

    Returns
    -------
    OutreachInput
        The prepared log and what to say about it.
    """
    key = load_key_for(history_path) if anonymize else None

    def prepare(ex: Export) -> Export:
        return prepare_export(ex, anonymize=anonymize, key=key, as_of=as_of)

    raw, parse_report, origin, problem = _read_outreach(
        export_path, outreach_path, engine, spark_master, prepare=prepare, anonymize=anonymize
    )
    # under anonymize, the export's people are looked for in templates and campaigns too
    people: list[str] = []
    if (
        anonymize
        and outreach_path
        and engine != "spark"
        and export_path not in ("", sample_export())
    ):
        try:
            people = known_people(load_export(export_path))
        except ExportError:
            people = []  # the export is only a source of names here
    events = prepare_events(
        raw,
        anonymize=anonymize,
        key=key,
        start_date=start_date,
        end_date=end_date,
        people=people,
    )
    if engine == "spark":
        parse_report = event_log_report(events, path=outreach_path)
        if anonymize:
            parse_report = parse_report.assign(file="the outreach log")
    else:
        events.attrs.update(raw.attrs)
    facts = event_facts(events)
    cutoff = window(start_date, end_date)[1]
    scope = f"Read from {origin}: {facts['threads']:,} threads, {facts['events']:,} events"
    if start_date or end_date:
        scope += f", first touches from {start_date or 'the start'} to {end_date or 'the end'}."
    else:
        scope += "."
    scope += unreadable_words(getattr(raw, "attrs", {}))
    return OutreachInput(
        events=events,
        parse_report=parse_report,
        origin=origin,
        problem=problem,
        facts=facts,
        as_of=as_of or (None if cutoff is None else str(cutoff)),
        scope=scope,
        inferred=str(getattr(raw, "attrs", {}).get("networkkit_inferred", "")),
    )
