"""Which connections the member has met in person: annotated, inferred, or unknown."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from networkkit.errors import AnnotationError
from networkkit.export import Export, read_annotations
from networkkit.lexicon import met_in_person_candidates, met_in_person_evidence
from networkkit.network._common import add_rates, conform_out, empty_frame, messages, shared

__all__ = ["AnnotationError", "met_in_person", "met_in_person_summary", "read_annotations"]

_MET = {
    "member_key": "string",
    "full_name": "string",
    "status": "string",
    "evidence": "string",
    "evidence_source": "string",
    "context": "string",
    "tags": "string",
}

STATUSES = ("met", "inferred", "not_met", "unknown")
_ROUNDS = 5


#: The invitations' columns the evidence reads (the messages are in every cache key).
_READS = {
    "invitations": ("inviter_key", "invitee_key", "direction", "message", "sent_at"),
}


def _inferred(ex: Export) -> pd.DataFrame:
    """Evidence per member key: the earliest invitation note or message that says they met.

    Computed once per export content: the headline, the summary and the table all read it.
    """
    return shared(ex, "met_in_person", _READS, (), lambda: _find_evidence(ex))


def _find_evidence(ex: Export) -> pd.DataFrame:
    owner = ex.owner.member_key
    inv = ex.invitations
    other = inv["inviter_key"].where(inv["direction"] == "incoming", inv["invitee_key"])
    notes = pd.DataFrame(
        {
            "member_key": other,
            "text": inv["message"],
            "at": inv["sent_at"],
            "source": "invitation note",
        }
    )
    notes = notes[notes["text"].notna() & notes["member_key"].notna()]
    if owner is not None:
        notes = notes[notes["member_key"] != owner]
    m = messages(ex)
    msgs = pd.DataFrame(
        {
            "member_key": m["contact_key"],
            "text": m["content"],
            "at": m["sent_at"],
            "source": m["conversation_id"],
        }
    )
    msgs = msgs[msgs["text"].notna() & msgs["member_key"].notna()]
    cand = pd.concat([f for f in (notes, msgs) if len(f)] or [notes], ignore_index=True)
    if cand.empty:
        return pd.DataFrame(columns=["member_key", "evidence", "evidence_source"])
    cand = cand[met_in_person_candidates(cand["text"]).to_numpy()]
    cand = cand.sort_values("at", kind="stable", na_position="last")
    # rounds: check each member's earliest candidate; members with evidence are done, the
    # others move on to their next candidate (few rounds: most candidates are evidence)
    found = []
    for _ in range(_ROUNDS):
        if cand.empty:
            break
        first = cand[~cand["member_key"].duplicated()]
        ev = met_in_person_evidence(first["text"])
        done = first.assign(evidence=ev)[ev.notna().to_numpy()]
        found.append(done)
        cand = cand[~cand["member_key"].isin(done["member_key"]) & ~cand.index.isin(first.index)]
    if not cand.empty:  # pathological: many negated candidates per member; check the rest at once
        ev = met_in_person_evidence(cand["text"])
        found.append(cand.assign(evidence=ev)[ev.notna().to_numpy()])
    hits = pd.concat(found, ignore_index=True) if found else cand.assign(evidence=pd.NA)
    hits = hits.sort_values("at", kind="stable").drop_duplicates("member_key").copy()
    # "invitation note 2024-03-01" or "message 2-YmM2YWZm… 2024-06-18"
    day = hits["at"].dt.strftime("%Y-%m-%d").fillna("(undated)")
    note = hits["source"] == "invitation note"
    conv = hits["source"].astype(str)
    short = conv.where(conv.str.len() <= 12, conv.str.slice(0, 12) + "…")
    hits["source"] = ("invitation note " + day).where(note, "message " + short + " " + day)
    hits = hits.rename(columns={"source": "evidence_source"})
    return hits[["member_key", "evidence", "evidence_source"]]


def met_in_person(
    ex: Export, annotations: str | Path | pd.DataFrame | None = None
) -> pd.DataFrame:
    """Tell, for every connection, whether the member has met them in person.

    Status, in order of precedence:

    - ``met`` / ``not_met``: the member's own annotation (see :func:`read_annotations` for
      the CSV format: ``profile_url`` or ``member_key``, ``met_in_person`` yes/no,
      optional ``context`` and ``tags``).
    - ``inferred``: an invitation note or a one-to-one message (either direction) says the
      two met, in the past ("great meeting you at …", "hyggelig å møte deg", "お会いできて…",
      phrase lists in :mod:`networkkit.lexicon`). Greetings ("nice to meet you"), hopes and
      plans ("looking forward to meeting you") are not evidence.
    - ``unknown``: everything else. Unknown is **not** "no": most people never write it down.

    Hidden members (no key) are always ``unknown``. Annotated people who are not (or no
    longer) connections are not listed.

    Parameters
    ----------
    ex : Export
        The member's export.
    annotations : str, pathlib.Path or pandas.DataFrame, optional
        The member's annotation CSV (or a frame with its columns).

    Returns
    -------
    pandas.DataFrame
        One row per connection, in the order of ``ex.connections``:

        - ``member_key`` (string): the connection's key (NA for hidden members).
        - ``full_name`` (string): their name.
        - ``status`` (string): ``met``, ``not_met``, ``inferred`` or ``unknown``.
        - ``evidence`` (string): the sentence that says they met (about 40 characters either
          side of the phrase), or the annotation's ``context``; NA when unknown.
        - ``evidence_source`` (string): where it comes from, e.g.
          ``"invitation note 2024-03-01"``, ``"message 2-YmM2YWZm… 2024-06-18"`` or
          ``"annotations line 7"``.
        - ``context``, ``tags`` (string): the annotation's columns, NA without one.

    Raises
    ------
    AnnotationError
        The annotation file cannot be read (names the file and line).
    """
    c = ex.connections
    out = pd.DataFrame({"member_key": c["member_key"], "full_name": c["full_name"]})
    if out.empty:
        if annotations is not None:
            read_annotations(annotations)  # still validate the file
        return empty_frame(_MET)
    inferred = _inferred(ex).set_index("member_key")
    out["status"] = "unknown"
    out["evidence"] = out["member_key"].map(inferred["evidence"])
    out["evidence_source"] = out["member_key"].map(inferred["evidence_source"])
    out.loc[out["evidence"].notna().to_numpy(dtype=bool), "status"] = "inferred"
    out["context"] = pd.NA
    out["tags"] = pd.NA
    if annotations is not None:
        notes = read_annotations(annotations).set_index("member_key")
        where = "annotations" if isinstance(annotations, pd.DataFrame) else Path(annotations).name
        has = out["member_key"].isin(notes.index).to_numpy(dtype=bool)
        keys = out.loc[has, "member_key"]
        met = keys.map(notes["met"]).astype(bool).to_numpy()
        out.loc[has, "status"] = np.where(met, "met", "not_met")
        out.loc[has, "context"] = keys.map(notes["context"]).to_numpy()
        out.loc[has, "tags"] = keys.map(notes["tags"]).to_numpy()
        ctx = keys.map(notes["context"])
        out.loc[has, "evidence"] = ctx.where(ctx.notna(), out.loc[has, "evidence"]).to_numpy()
        out.loc[has, "evidence_source"] = (
            where + " line " + keys.map(notes["line"]).astype(str)
        ).to_numpy()
    return conform_out(out, _MET)


_SUMMARY = {
    "status": "string",
    "connections": "int64",
    "total": "int64",
    "share": "float64",
    "share_low": "float64",
    "share_high": "float64",
    "small_sample": "bool",
}


def met_in_person_summary(
    ex: Export,
    annotations: str | Path | pd.DataFrame | None = None,
    *,
    per_connection: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Shares of connections met in person, inferred, not met and unknown, with intervals.

    Parameters
    ----------
    ex : Export
        The member's export.
    annotations : str, pathlib.Path or pandas.DataFrame, optional
        As for :func:`met_in_person`.
    per_connection : pandas.DataFrame, optional
        The result of ``met_in_person(ex, annotations)`` when the caller already has it
        (a report shows both): summarised as it is instead of being computed again.

    Returns
    -------
    pandas.DataFrame
        Four rows, ``met``, ``inferred``, ``not_met``, ``unknown`` (always all four):

        - ``status`` (string).
        - ``connections`` (int): connections with that status.
        - ``total`` (int): all connections (the denominator, hidden members included).
        - ``share``, ``share_low``, ``share_high`` (float): ``connections`` ÷ ``total`` with a
          95 % Wilson interval; NaN when there are no connections.
        - ``small_sample`` (bool): ``total`` < 30.
    """
    per = met_in_person(ex, annotations) if per_connection is None else per_connection
    counts = per["status"].value_counts().reindex(list(STATUSES), fill_value=0)
    out = pd.DataFrame(
        {"status": list(STATUSES), "connections": counts.to_numpy(), "total": len(per)}
    )
    out = add_rates(out, "share", "connections", "total")
    return conform_out(out, _SUMMARY)
