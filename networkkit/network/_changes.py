"""Compare two exports of the same member: who joined, who left, who changed jobs."""

from __future__ import annotations

import numpy as np
import pandas as pd

from networkkit.export import Export
from networkkit.network._common import conform_out, empty_frame, hidden_mask
from networkkit.network._companies import normalize_company

__all__ = ["compare_exports", "compare_summary"]

_CHANGES = {
    "member_key": "string",
    "full_name": "string",
    "change": "string",
    "old_company": "string",
    "new_company": "string",
    "old_position": "string",
    "new_position": "string",
    "company_changed": "bool",
    "position_changed": "bool",
    "connected_on": "datetime64[us, UTC]",
}

CHANGE_KINDS = ("new", "removed", "job_change")


def _keyed(ex: Export) -> pd.DataFrame:
    c = ex.connections.dropna(subset=["member_key"]).drop_duplicates("member_key", keep="last")
    return c.set_index("member_key")


def _same(a: pd.Series, b: pd.Series) -> np.ndarray:
    """Equal after folding case and whitespace; two missing values are equal."""

    def fold(s: pd.Series) -> pd.Series:
        return (
            s.astype(object)
            .where(s.notna(), "")
            .astype(str)
            .str.casefold()
            .str.split()
            .str.join(" ")
        )

    return fold(a).to_numpy() == fold(b).to_numpy()


def compare_exports(old: Export, new: Export) -> pd.DataFrame:
    """List the connections gained, lost and those who changed jobs between two exports.

    People are matched on ``member_key``. Hidden or closed members (no key) cannot be
    matched: they appear in neither list and are counted by :func:`compare_summary`. A job
    change is a change of company (compared by :func:`normalize_company`, so "Acme Inc" →
    "ACME" is no change) or of position (case and whitespace folded); a field that is empty
    in either export is not a change.

    Parameters
    ----------
    old, new : Export
        An earlier and a later export of the same member.

    Returns
    -------
    pandas.DataFrame
        One row per change — ``new`` first, then ``removed``, then ``job_change``, each by
        name:

        - ``member_key``, ``full_name`` (string): the person (name from the newer export
          where present).
        - ``change`` (string): ``new`` (a connection now, not before), ``removed`` (before,
          not now: they left, or either side disconnected), ``job_change``.
        - ``old_company``, ``new_company``, ``old_position``, ``new_position`` (string): as
          in each export (NA where the person is absent).
        - ``company_changed``, ``position_changed`` (bool): what changed (false for
          ``new``/``removed`` rows).
        - ``connected_on`` (datetime, UTC): when connected.
    """
    a, b = _keyed(old), _keyed(new)
    added = b.index.difference(a.index)
    removed = a.index.difference(b.index)
    both = a.index.intersection(b.index)
    pa_, pb = a.loc[both], b.loc[both]
    ka, kb = normalize_company(pa_["company"]), normalize_company(pb["company"])
    comp = ~_same(ka, kb) & ka.notna().to_numpy() & kb.notna().to_numpy()
    pos = (
        ~_same(pa_["position"], pb["position"])
        & pa_["position"].notna().to_numpy()
        & pb["position"].notna().to_numpy()
    )
    moved = both[comp | pos]

    def rows(keys: pd.Index, change: str) -> pd.DataFrame:
        src_new = b.reindex(keys)
        src_old = a.reindex(keys)
        return pd.DataFrame(
            {
                "member_key": keys,
                "full_name": src_new["full_name"].fillna(src_old["full_name"]).to_numpy(),
                "change": change,
                "old_company": src_old["company"].to_numpy(),
                "new_company": src_new["company"].to_numpy(),
                "old_position": src_old["position"].to_numpy(),
                "new_position": src_new["position"].to_numpy(),
                "connected_on": src_new["connected_on"].fillna(src_old["connected_on"]).to_numpy(),
            }
        )

    flags = pd.DataFrame({"c": comp, "p": pos}, index=both).loc[moved]
    parts = [
        rows(added, "new").assign(company_changed=False, position_changed=False),
        rows(removed, "removed").assign(company_changed=False, position_changed=False),
        rows(moved, "job_change").assign(
            company_changed=flags["c"].to_numpy(dtype=bool),
            position_changed=flags["p"].to_numpy(dtype=bool),
        ),
    ]
    parts = [p for p in parts if len(p)]
    if not parts:
        return empty_frame(_CHANGES)
    out = pd.concat(parts, ignore_index=True)
    order = out["change"].map({k: i for i, k in enumerate(CHANGE_KINDS)})
    out = out.assign(_o=order).sort_values(["_o", "full_name", "member_key"], kind="stable")
    out["connected_on"] = pd.to_datetime(out["connected_on"], utc=True)
    return conform_out(out, _CHANGES)


def compare_summary(old: Export, new: Export) -> pd.DataFrame:
    """Count the changes between two exports, with the hidden members counted apart.

    Parameters
    ----------
    old, new : Export
        An earlier and a later export of the same member.

    Returns
    -------
    pandas.DataFrame
        One row per measure — ``connections_old``, ``connections_new``, ``new``, ``removed``,
        ``job_change``, ``company_changed``, ``position_changed``, ``hidden_old``,
        ``hidden_new`` (hidden members in each export, which cannot be matched) — with columns
        ``measure`` (string) and ``count`` (int).
    """
    ch = compare_exports(old, new)
    counts = {
        "connections_old": len(old.connections),
        "connections_new": len(new.connections),
        "new": int((ch["change"] == "new").sum()),
        "removed": int((ch["change"] == "removed").sum()),
        "job_change": int((ch["change"] == "job_change").sum()),
        "company_changed": int(ch["company_changed"].sum()),
        "position_changed": int(ch["position_changed"].sum()),
        "hidden_old": int(hidden_mask(old.connections).sum()),
        "hidden_new": int(hidden_mask(new.connections).sum()),
    }
    return pd.DataFrame(
        {
            "measure": pd.Series(list(counts), dtype="string"),
            "count": pd.Series(list(counts.values()), dtype="int64"),
        }
    )
