"""The :class:`Export` object :func:`networkkit.load_export` returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from networkkit.export._schema import TABLES, conform, empty

__all__ = ["Export", "Owner"]

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
            When the data ends; if omitted, the latest timestamp in the tables.
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
        ex.as_of = ex.latest_timestamp() if as_of is None else _utc(as_of)
        return ex

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
