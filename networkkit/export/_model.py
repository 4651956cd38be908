"""The :class:`Export` object :func:`networkkit.load_export` returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from networkkit.export._schema import TABLES, conform, empty

__all__ = ["Export", "Inference", "Owner"]

#: The tables every Export has, in the order the contract lists them.
TABLE_NAMES: tuple[str, ...] = (
    "connections",
    "messages",
    "invitations",
    "profile",
    "positions",
    "education",
    "skills",
    "endorsements_received",
    "endorsements_given",
    "recommendations_received",
    "recommendations_given",
    "coach_messages",
)


#: Tables whose timestamps are the member's activity: ``as_of`` is never later than their
#: newest one unless the export's name says so. Profile, education and position dates are
#: plans and careers, not activity (a degree ending in 2031 is no sign the data runs to 2031).
ACTIVITY: dict[str, tuple[str, ...]] = {
    "messages": ("sent_at",),
    "invitations": ("sent_at",),
    "connections": ("connected_on",),
    "endorsements_received": ("endorsed_at",),
    "endorsements_given": ("endorsed_at",),
    "recommendations_received": ("created_at",),
    "recommendations_given": ("created_at",),
}


def _utc(value: Any) -> pd.Timestamp:
    """Return ``value`` as a UTC timestamp; a naive value is taken to be UTC already."""
    ts = pd.Timestamp(value)
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


@dataclass(frozen=True)
class Owner:
    """The member who made the export.

    Attributes
    ----------
    name : str or None
        Full display name, e.g. ``"Sam Member"``.
    member_key : str or None
        The owner's profile slug (see :func:`networkkit.export.member_key`), e.g.
        ``"sam-member-1234"``.
    source : str
        How the owner was decided: ``"profile"`` (Profile.csv), ``"messages"`` (the most
        frequent party of messages), ``"invitations"``, ``"given"`` (passed by the caller)
        or ``"unknown"``.
    """

    name: str | None = None
    member_key: str | None = None
    source: str = "unknown"


@dataclass
class Inference:
    """What the loader inferred rather than read, how sure it is, and what it left out.

    Attributes
    ----------
    owner_from : str
        The evidence the owner was taken from, e.g. ``"Profile.csv, messages"``;
        ``"given"`` when passed by the caller, ``"nothing"`` when unknown.
    owner_confidence : str
        ``"given"``, ``"high"`` (two or more sources agree), ``"medium"`` (one source),
        ``"low"`` (weak or conflicting evidence) or ``"none"`` (unknown).
    as_of_from : str
        ``"export name"`` (the date in the zip's or folder's name), ``"newest activity"``
        (the latest message, invitation, connection, endorsement or recommendation) or
        ``"nothing"``.
    as_of_confidence : str
        ``"high"`` (from the name), ``"medium"`` (newest activity: the export may be later)
        or ``"none"``.
    skipped : list of (str, str)
        Files that could not be read, with the reason: every other file was still read.
    unreadable : list of dict
        Cells that could not be read and became NA: ``file``, ``column``, ``cells``,
        ``first_line``.
    duplicates : list of dict
        Rows of a second copy of a table identical to rows of the first, kept once:
        ``file``, ``same_as``, ``rows``.
    notes : list of str
        One-sentence warnings (weak or conflicting owner, acceptance that cannot be measured).
    """

    owner_from: str = "nothing"
    owner_confidence: str = "none"
    as_of_from: str = "nothing"
    as_of_confidence: str = "none"
    skipped: list[tuple[str, str]] = field(default_factory=list)
    unreadable: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return one short line for a report's header (no names, no addresses).

        Examples
        --------
        >>> Inference(owner_from="Profile.csv", owner_confidence="medium").summary()
        'Owner from Profile.csv (medium confidence); data end: not known; nothing skipped.'
        """
        if self.owner_confidence == "given":
            owner = "Owner given"
        elif self.owner_confidence == "none":
            owner = "Owner not known"
        else:
            owner = f"Owner from {self.owner_from} ({self.owner_confidence} confidence)"
        if self.as_of_confidence == "none":
            end = "data end: not known"
        else:
            end = f"data end from {self.as_of_from} ({self.as_of_confidence} confidence)"
        if self.skipped:
            skipped = "skipped: " + ", ".join(f"{f} ({why})" for f, why in self.skipped)
        else:
            skipped = "nothing skipped"
        line = f"{owner}; {end}; {skipped}."
        return " ".join([line, *self.notes])


@dataclass
class Export:
    """A member's LinkedIn data export as canonical pandas tables.

    Build one with :func:`networkkit.load_export`, or from frames with :meth:`from_frames`.
    Each table attribute is a DataFrame with the columns of
    :data:`networkkit.export._schema.TABLES` (see the loader's docstring for the full list).

    Attributes
    ----------
    connections, messages, invitations, profile, positions, education, skills,
    endorsements_received, endorsements_given, recommendations_received,
    recommendations_given, coach_messages : pandas.DataFrame
        The canonical tables; a table whose file was absent is empty, with its columns.
    owner : Owner
        The member who exported.
    as_of : pandas.Timestamp
        When the data ends (UTC): the export date if known, else the latest timestamp.
    parse_report : pandas.DataFrame
        One row per file seen: file, table, layout, rows, skipped, notes.
    inferred : Inference
        What was inferred (owner, ``as_of``) and how sure that is; files skipped, cells
        read as NA, duplicate copies kept once.
    extra : dict of str to pandas.DataFrame
        Other recognised files (shares, reactions, comments, follows, ...), lightly typed.
    source : str or None
        The path the export was read from.
    """

    connections: pd.DataFrame = field(default_factory=lambda: empty("connections"))
    messages: pd.DataFrame = field(default_factory=lambda: empty("messages"))
    invitations: pd.DataFrame = field(default_factory=lambda: empty("invitations"))
    profile: pd.DataFrame = field(default_factory=lambda: empty("profile"))
    positions: pd.DataFrame = field(default_factory=lambda: empty("positions"))
    education: pd.DataFrame = field(default_factory=lambda: empty("education"))
    skills: pd.DataFrame = field(default_factory=lambda: empty("skills"))
    endorsements_received: pd.DataFrame = field(
        default_factory=lambda: empty("endorsements_received")
    )
    endorsements_given: pd.DataFrame = field(default_factory=lambda: empty("endorsements_given"))
    recommendations_received: pd.DataFrame = field(
        default_factory=lambda: empty("recommendations_received")
    )
    recommendations_given: pd.DataFrame = field(
        default_factory=lambda: empty("recommendations_given")
    )
    coach_messages: pd.DataFrame = field(default_factory=lambda: empty("coach_messages"))
    owner: Owner = field(default_factory=Owner)
    as_of: pd.Timestamp | None = None
    parse_report: pd.DataFrame = field(default_factory=lambda: empty("parse_report"))
    extra: dict[str, pd.DataFrame] = field(default_factory=dict)
    source: str | None = None
    inferred: Inference = field(default_factory=Inference)

    @classmethod
    def from_frames(
        cls,
        *,
        owner: Owner | None = None,
        as_of: Any = None,
        **tables: pd.DataFrame | list[dict[str, Any]],
    ) -> Export:
        """Build an Export from (partial) frames, conforming each to its canonical columns.

        Parameters
        ----------
        owner : Owner, optional
            The exporting member; unknown if omitted.
        as_of : str or pandas.Timestamp, optional
            When the data ends; if omitted, the newest activity (:meth:`latest_activity`).
        **tables : pandas.DataFrame or list of dict
            Any of the table names; missing columns become NA, missing tables empty.

        Returns
        -------
        Export
            The conformed export.

        Examples
        --------
        >>> rows = [{"first_name": "Ana", "connected_on": "2024-01-02"}]
        >>> ex = Export.from_frames(connections=rows)
        >>> len(ex.connections)
        1
        """
        unknown = set(tables) - set(TABLE_NAMES)
        if unknown:
            raise TypeError(f"unknown tables: {sorted(unknown)}")
        conformed = {name: conform(pd.DataFrame(value), name) for name, value in tables.items()}
        ex = cls(owner=owner or Owner(), **conformed)
        ex.as_of = ex.latest_activity() if as_of is None else _utc(as_of)
        return ex

    def latest_activity(self) -> pd.Timestamp | None:
        """Return the newest activity, or ``None`` when there is none.

        Activity is messages, invitations, connections, endorsements and recommendations;
        profile, education and position dates never count (they are plans and careers).
        """
        latest = None
        for name, cols in ACTIVITY.items():
            df = getattr(self, name)
            for col in cols:
                if col in df and df[col].notna().any():
                    value = df[col].max()
                    latest = value if latest is None or value > latest else latest
        return latest

    def latest_timestamp(self) -> pd.Timestamp | None:
        """Return the latest timestamp in any canonical table, or ``None`` if there is none."""
        latest = None
        for name in TABLE_NAMES:
            df = getattr(self, name)
            for col, kind in TABLES[name].items():
                if kind == "ts" and col in df and df[col].notna().any():
                    value = df[col].max()
                    latest = value if latest is None or value > latest else latest
        return latest

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the canonical tables by name."""
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def __repr__(self) -> str:
        sizes = ", ".join(
            f"{name}={len(getattr(self, name))}"
            for name in ("connections", "messages", "invitations")
        )
        return f"<Export owner={self.owner.name!r} as_of={self.as_of} {sizes}>"
