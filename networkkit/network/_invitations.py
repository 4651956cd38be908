"""Invitations: personal notes, and how many of the member's invitations were accepted."""

from __future__ import annotations

import numpy as np
import pandas as pd

from networkkit._stats import add_rate
from networkkit.export import Export
from networkkit.network._common import DAY, add_rates, as_of, conform_out

__all__ = ["invitations"]

_COLUMNS = {
    "direction": "string",
    "note": "string",
    "invitations": "int64",
    "duplicates_removed": "int64",
    "with_note": "int64",
    "note_share": "float64",
    "note_share_low": "float64",
    "note_share_high": "float64",
    "small_sample": "bool",
    "no_key": "Int64",
    "eligible": "Int64",
    "accepted": "Int64",
    "acceptance_rate": "float64",
    "acceptance_rate_low": "float64",
    "acceptance_rate_high": "float64",
    "acceptance_small_sample": "boolean",
}


def _dedupe(inv: pd.DataFrame) -> tuple[pd.DataFrame, pd.Series]:
    """Drop repeats of the same pair at the same minute (FORMATS.md); count them per direction."""
    who_from = inv["inviter_key"].fillna(inv["sender_name"])
    who_to = inv["invitee_key"].fillna(inv["recipient_name"])
    minute = inv["sent_at"].dt.floor("min")
    dup = pd.DataFrame(
        {"d": inv["direction"], "f": who_from, "t": who_to, "m": minute}
    ).duplicated()
    removed = dup.groupby(inv["direction"]).sum()
    return inv.loc[~dup.to_numpy()], removed


def invitations(ex: Export, *, min_age_days: int = 21) -> pd.DataFrame:
    """Personal-note share of invitations, and acceptance of the member's own invitations.

    The same pair repeated at the same minute (a known export artefact) counts once; the
    ``duplicates_removed`` column says how many rows were dropped. An invitation is
    *accepted* when its invitee is now a connection, matched on ``member_key``; only
    outgoing invitations at least ``min_age_days`` old at ``as_of`` are *eligible* (younger
    ones are undecided, not refused). Outgoing invitations without an invitee URL (exports
    before 2024 have none) cannot be matched and are counted in ``no_key`` instead.

    Parameters
    ----------
    ex : Export
        The member's export.
    min_age_days : int, default 21
        Age at ``as_of`` from which an outgoing invitation's fate counts as decided.

    Returns
    -------
    pandas.DataFrame
        Four rows: ``(incoming, all)``, ``(outgoing, all)``, ``(outgoing, with_note)``,
        ``(outgoing, without_note)`` — always present, zeros without invitations:

        - ``direction`` (string): ``incoming`` (to the member) or ``outgoing`` (sent by them).
        - ``note`` (string): ``all``, ``with_note`` or ``without_note``.
        - ``invitations`` (int): invitations in the row, after de-duplication.
        - ``duplicates_removed`` (int): same-pair, same-minute repeats dropped (on ``all`` rows;
          0 on the split rows).
        - ``with_note`` (int): of those, with a non-empty personal note.
        - ``note_share``, ``note_share_low``, ``note_share_high`` (float): ``with_note`` ÷
          ``invitations`` with a 95 % Wilson interval.
        - ``small_sample`` (bool): ``invitations`` < 30.
        - ``no_key`` (Int64): outgoing invitations without an invitee key (NA for incoming).
        - ``eligible`` (Int64): outgoing invitations with a key, at least ``min_age_days``
          old (NA for incoming).
        - ``accepted`` (Int64): of those, invitees who are now connections.
        - ``acceptance_rate``, ``acceptance_rate_low``, ``acceptance_rate_high`` (float):
          ``accepted`` ÷ ``eligible`` with a 95 % Wilson interval (NaN for incoming).
        - ``acceptance_small_sample`` (boolean): ``eligible`` < 30 (NA for incoming).
    """
    inv, removed = _dedupe(ex.invitations)
    note = inv["message"].fillna("").str.strip().str.len().gt(0).to_numpy(dtype=bool)
    out_dir = (inv["direction"] == "outgoing").fillna(False).to_numpy(dtype=bool)
    in_dir = (inv["direction"] == "incoming").fillna(False).to_numpy(dtype=bool)
    connected = set(ex.connections["member_key"].dropna())
    has_key = inv["invitee_key"].notna().to_numpy(dtype=bool)
    old = (inv["sent_at"] <= as_of(ex) - min_age_days * DAY).fillna(False).to_numpy(dtype=bool)
    accepted = inv["invitee_key"].isin(connected).fillna(False).to_numpy(dtype=bool)

    rows = []
    for direction, note_kind, sel in (
        ("incoming", "all", in_dir),
        ("outgoing", "all", out_dir),
        ("outgoing", "with_note", out_dir & note),
        ("outgoing", "without_note", out_dir & ~note),
    ):
        eligible = sel & has_key & old
        rows.append(
            {
                "direction": direction,
                "note": note_kind,
                "invitations": int(sel.sum()),
                "duplicates_removed": int(removed.get(direction, 0)) if note_kind == "all" else 0,
                "with_note": int((sel & note).sum()),
                "no_key": int((sel & ~has_key).sum()) if direction == "outgoing" else pd.NA,
                "eligible": int(eligible.sum()) if direction == "outgoing" else pd.NA,
                "accepted": int((eligible & accepted).sum()) if direction == "outgoing" else pd.NA,
            }
        )
    out = pd.DataFrame(rows)
    out = add_rates(out, "note_share", "with_note", "invitations")
    add_rate(out, "acceptance_rate", "accepted", "eligible")  # NA for incoming: not theirs
    n = out["eligible"].to_numpy(dtype=float, na_value=np.nan)
    out["acceptance_small_sample"] = pd.array(np.where(np.isnan(n), None, n < 30), dtype="boolean")
    return conform_out(out, _COLUMNS)
