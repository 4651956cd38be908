"""Growth of the network over time, and where the member's connections work."""

from __future__ import annotations

import numpy as np
import pandas as pd

from networkkit.export import Export
from networkkit.network._common import conform_out, empty_frame, hidden_mask
from networkkit.network._companies import normalize_company

__all__ = ["companies", "growth", "people_at"]

_GROWTH = {
    "period": "string",
    "period_start": "datetime64[us, UTC]",
    "new_connections": "int64",
    "hidden": "int64",
    "cumulative": "int64",
}


def growth(ex: Export, *, freq: str = "M") -> pd.DataFrame:
    """Count new connections per period, and the running total.

    Every connection with a ``connected_on`` date counts, hidden or closed members included
    (their rows carry only the date). Periods with no new connection are kept (0), so the
    series has no gaps between the first and the last connection.

    Parameters
    ----------
    ex : Export
        The member's export.
    freq : str, default "M"
        A pandas period alias: ``"M"`` month, ``"Q"`` quarter, ``"Y"`` year, ``"W"`` week.

    Returns
    -------
    pandas.DataFrame
        One row per period, oldest first:

        - ``period`` (string): the period's label, e.g. ``"2024-03"``.
        - ``period_start`` (datetime, UTC): its first instant.
        - ``new_connections`` (int): connections made in the period.
        - ``hidden`` (int): of those, hidden or closed members (no name, no URL).
        - ``cumulative`` (int): connections made up to the end of the period. Connections
          without a date (old exports) are not counted here: compare with
          ``len(ex.connections)``.
    """
    c = ex.connections
    dated = c["connected_on"].notna()
    if not dated.any():
        return empty_frame(_GROWTH)
    when = c.loc[dated, "connected_on"].dt.tz_localize(None).dt.to_period(freq)
    hidden = hidden_mask(c)[dated]
    counts = (
        pd.DataFrame({"p": when, "hidden": hidden.to_numpy()})
        .groupby("p")
        .agg(new_connections=("hidden", "size"), hidden=("hidden", "sum"))
    )
    full = pd.period_range(counts.index.min(), counts.index.max(), freq=counts.index.freq)
    counts = counts.reindex(full, fill_value=0)
    out = pd.DataFrame(
        {
            "period": counts.index.astype(str),
            "period_start": counts.index.start_time.tz_localize("UTC"),
            "new_connections": counts["new_connections"].to_numpy(),
            "hidden": counts["hidden"].to_numpy(),
        }
    )
    out["cumulative"] = out["new_connections"].cumsum()
    return conform_out(out, _GROWTH)


_COMPANIES = {
    "company": "string",
    "company_key": "string",
    "position": "string",
    "connections": "int64",
    "share": "float64",
    "sentence": "string",
}


def companies(ex: Export, *, by_position: bool = False, top: int | None = None) -> pd.DataFrame:
    """Count connections per employer (and optionally per position there).

    Company names are compared by :func:`normalize_company` (case, whitespace and legal-form
    suffixes folded: "Acme, Inc." and "ACME inc" are one company). ``Company`` and ``Position``
    are the contact's *current* ones at export time. Connections with no company (hidden
    members, people who list none) are left out.

    Parameters
    ----------
    ex : Export
        The member's export.
    by_position : bool, default False
        Also split each company by the contacts' positions (exact, whitespace-trimmed titles).
    top : int, optional
        Keep only the ``top`` largest rows.

    Returns
    -------
    pandas.DataFrame
        One row per company (and position), largest first, ties by name:

        - ``company`` (string): the most frequent spelling among the member's connections.
        - ``company_key`` (string): the normalised name used for grouping.
        - ``position`` (string): the position (NA unless ``by_position``).
        - ``connections`` (int): connections there.
        - ``share`` (float): ``connections`` ÷ connections with a company.
        - ``sentence`` (string): e.g. ``"You know 3 people at Acme."``
    """
    c = ex.connections.loc[ex.connections["company"].notna(), ["company", "position"]]
    if c.empty:
        return empty_frame(_COMPANIES)
    c = c.assign(company_key=normalize_company(c["company"]), position=c["position"].str.strip())
    spelling = (
        c.groupby(["company_key", "company"])
        .size()
        .reset_index(name="n")
        .sort_values(["company_key", "n", "company"], ascending=[True, False, True])
        .drop_duplicates("company_key")
        .set_index("company_key")["company"]
    )
    keys = ["company_key", "position"] if by_position else ["company_key"]
    out = c.groupby(keys, dropna=False).size().reset_index(name="connections")
    out["company"] = out["company_key"].map(spelling)
    out["share"] = out["connections"] / len(c)
    out = out.sort_values(["connections", "company_key"], ascending=[False, True], kind="stable")
    if top is not None:
        out = out.head(top)
    people = np.where(out["connections"] == 1, "person", "people")
    at = out["company"].astype(str).str.rstrip(".")
    if by_position:
        at = out["position"].fillna("someone").astype(str) + " at " + at
        out["sentence"] = (
            "You know " + out["connections"].astype(str) + " " + people + " working as " + at + "."
        )
    else:
        out["sentence"] = (
            "You know " + out["connections"].astype(str) + " " + people + " at " + at + "."
        )
    return conform_out(out, _COMPANIES)


def people_at(ex: Export, company: str) -> pd.DataFrame:
    """List the connections who work at ``company`` (matched on the normalised name).

    Parameters
    ----------
    ex : Export
        The member's export.
    company : str
        A company name in any spelling ("acme", "Acme, Inc.").

    Returns
    -------
    pandas.DataFrame
        ``full_name, member_key, company, position, connected_on`` of the matching
        connections, most recent connection first.
    """
    c = ex.connections
    key = normalize_company(pd.Series([company])).iloc[0]
    hit = normalize_company(c["company"]) == key
    cols = ["full_name", "member_key", "company", "position", "connected_on"]
    out = c.loc[hit.fillna(False).to_numpy(dtype=bool), cols]
    return out.sort_values("connected_on", ascending=False, kind="stable").reset_index(drop=True)
