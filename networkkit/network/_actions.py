"""What the member should do next: people waiting for an answer, and the ranked actions.

The rules (METRICS.md, "Next actions") come from the field's advice that networkkit already
measures: answer the people waiting for you, oldest first; answer personalised recruiter
messages even to decline (a mass template needs no answer); review pending invitations,
accepting people you have met or who wrote a personal note; reconnect with relationships
worth keeping that are going quiet.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from networkkit.export import Export
from networkkit.lexicon import met_in_person_evidence
from networkkit.network._common import DAY, as_of, conform_out, messages
from networkkit.network._freshness import keep_warm
from networkkit.network._offers import inbound_offers

__all__ = ["KINDS", "SIGNAL_WORDS", "next_actions", "pending_invitations", "waiting"]

#: Action kinds, in the order they are ranked.
KINDS = ("reply", "answer_recruiter", "accept_invitation", "reconnect", "review_invitation")

#: Plain-English words for the signals of :func:`~networkkit.network.inbound_offers`.
SIGNAL_WORDS = {
    "recruiter_title": "the sender is a recruiter",
    "inmail": "sent as InMail",
    "sponsored": "a sponsored message",
    "job_phrase": "it offers a job",
    "first_name": "uses your first name",
    "company": "names your company",
    "role_or_skill": "names your role or skills",
    "placeholder": "has an unfilled placeholder",
    "near_duplicate": "the same text went to others",
    "long": "very long",
}

_WAITING = {
    "conversation_id": "string",
    "member_key": "string",
    "name": "string",
    "started_by": "string",
    "waiting_since": "datetime64[us, UTC]",
    "last_message_at": "datetime64[us, UTC]",
    "unanswered_messages": "int64",
    "waiting_days": "float64",
    "offer": "string",
}


def _days(n: float) -> str:
    d = int(np.floor(n))
    return "today" if d <= 0 else ("1 day ago" if d == 1 else f"{d} days ago")


def waiting(
    ex: Export, *, within_days: float = 365, offers: pd.DataFrame | None = None
) -> pd.DataFrame:
    """List the people waiting for the member's answer, the longest waiting first.

    A one-to-one conversation (group chats, drafts and sponsored messages left out) is
    **waiting** when its last message is from the other side and that message is at most
    ``within_days`` old at ``as_of`` (older silence is no longer a wait). The wait starts
    at the first of their messages after the member's last one (or their first message if
    the member never wrote). Recruiter messages that are mass templates (not ``personal`` in
    :func:`~networkkit.network.inbound_offers`) are left out: they need no answer.

    Parameters
    ----------
    ex : Export
        The member's export.
    within_days : float, default 365
        Most days since the other side's last message.
    offers : pandas.DataFrame, optional
        An :func:`~networkkit.network.inbound_offers` result, to save recomputing it.

    Returns
    -------
    pandas.DataFrame
        One row per waiting conversation, longest waiting first:

        - ``conversation_id``, ``member_key``, ``name`` (string): the conversation and the
          person waiting.
        - ``started_by`` (string): ``owner`` (the member wrote first) or ``contact``.
        - ``waiting_since`` (datetime, UTC): their first message after the member's last.
        - ``last_message_at`` (datetime, UTC): their last message.
        - ``unanswered_messages`` (int): their messages since the member's last one.
        - ``waiting_days`` (float): days from ``waiting_since`` to ``as_of``.
        - ``offer`` (string): ``personal`` for a personalised recruiter message, else NA.
    """
    m = messages(ex)
    if m.empty:
        return conform_out(pd.DataFrame(columns=list(_WAITING)), _WAITING)
    conv = m["conv"].to_numpy()
    out_ = (m["direction"] == "outgoing").to_numpy(dtype=bool)
    idx = np.arange(len(m))
    starts = np.flatnonzero(np.r_[True, conv[1:] != conv[:-1]])
    ends = np.r_[starts[1:], len(m)] - 1
    # the last outgoing row per conversation (-1 when the member never wrote)
    last_out = np.maximum.reduceat(np.where(out_, idx, -1), starts)
    waits = ~out_[ends]
    first_wait = np.minimum(np.where(last_out >= 0, last_out + 1, starts), ends)
    end = as_of(ex)
    t = m["sent_at"]
    rows = pd.DataFrame(
        {
            "conversation_id": m["conversation_id"].to_numpy()[starts],
            "member_key": m["contact_key"].to_numpy()[starts],
            "name": m["contact_name"].to_numpy()[starts],
            "started_by": np.where(out_[starts], "owner", "contact"),
            "waiting_since": t.to_numpy()[first_wait],
            "last_message_at": t.to_numpy()[ends],
            "unanswered_messages": ends - first_wait + 1,
        }
    )
    rows = rows[waits].copy()
    rows["waiting_since"] = pd.to_datetime(rows["waiting_since"], utc=True)
    rows["last_message_at"] = pd.to_datetime(rows["last_message_at"], utc=True)
    rows["waiting_days"] = (end - rows["waiting_since"]) / DAY
    rows = rows[((end - rows["last_message_at"]) / DAY <= within_days).to_numpy(dtype=bool)]
    if offers is None:
        offers = inbound_offers(ex) if len(rows) else None
    rows["offer"] = pd.NA
    if offers is not None and len(offers):
        kind = pd.Series(
            np.where(offers["personal"].to_numpy(dtype=bool), "personal", "template"),
            index=offers["conversation_id"].to_numpy(),
        )
        rows["offer"] = rows["conversation_id"].map(kind)
        rows = rows[(rows["offer"] != "template").fillna(True).to_numpy(dtype=bool)]
    rows = rows.sort_values(["waiting_since", "conversation_id"], kind="stable")
    return conform_out(rows, _WAITING)


_PENDING = {
    "member_key": "string",
    "name": "string",
    "sent_at": "datetime64[us, UTC]",
    "days": "float64",
    "has_note": "bool",
    "note": "string",
    "met_evidence": "string",
    "messaged": "bool",
}


def pending_invitations(ex: Export, *, within_days: float = 365) -> pd.DataFrame:
    """Incoming invitations still waiting for the member's decision.

    An incoming invitation is **pending** when its sender is not (yet) a connection, matched
    on ``member_key``; one older than ``within_days`` is left out (LinkedIn withdraws stale
    invitations). The same sender listed twice counts once (the latest invitation).

    Parameters
    ----------
    ex : Export
        The member's export.
    within_days : float, default 365
        Oldest invitation listed (days before ``as_of``).

    Returns
    -------
    pandas.DataFrame
        One row per pending invitation; those with evidence of a meeting first, then those
        with a note, then the rest, oldest first within each:

        - ``member_key``, ``name`` (string): who invited the member.
        - ``sent_at`` (datetime, UTC), ``days`` (float): when, and days before ``as_of``.
        - ``has_note`` (bool), ``note`` (string): the personal note.
        - ``met_evidence`` (string): the note's words saying the two met in person, else NA.
        - ``messaged`` (bool): the member has one-to-one messages with them.
    """
    inv = ex.invitations
    inv = inv[(inv["direction"] == "incoming").fillna(False).to_numpy(dtype=bool)]
    keys = set(ex.connections["member_key"].dropna())
    pending = inv[~inv["inviter_key"].isin(keys).fillna(False).to_numpy(dtype=bool)]
    end = as_of(ex)
    days = (end - pending["sent_at"]) / DAY
    pending = pending[(days <= within_days).fillna(False).to_numpy(dtype=bool)]
    pending = pending.sort_values("sent_at", kind="stable")
    who = pending["inviter_key"].fillna(pending["sender_name"])
    pending = pending[~who.duplicated(keep="last").to_numpy()]
    note = pending["message"].astype("string").str.strip()
    note = note.where(note.str.len() > 0)
    talked = set(messages(ex)["contact_key"].dropna())
    out = pd.DataFrame(
        {
            "member_key": pending["inviter_key"].to_numpy(),
            "name": pending["sender_name"].to_numpy(),
            "sent_at": pending["sent_at"].to_numpy(),
            "days": ((end - pending["sent_at"]) / DAY).to_numpy(),
            "has_note": note.notna().to_numpy(),
            "note": note.to_numpy(),
            "met_evidence": met_in_person_evidence(note.reset_index(drop=True)).to_numpy(),
            "messaged": pending["inviter_key"].isin(talked).fillna(False).to_numpy(dtype=bool),
        }
    )
    out["sent_at"] = pd.to_datetime(out["sent_at"], utc=True)
    tier = np.where(out["met_evidence"].notna(), 0, np.where(out["has_note"], 1, 2))
    out = out.assign(_tier=tier).sort_values(["_tier", "sent_at"], kind="stable")
    return conform_out(out, _PENDING)


_ACTIONS = {
    "rank": "int64",
    "kind": "string",
    "name": "string",
    "member_key": "string",
    "conversation_id": "string",
    "since": "datetime64[us, UTC]",
    "days": "float64",
    "reason": "string",
    "priority": "float64",
}


def _offer_words(signals: str) -> str:
    fired = [s for s in str(signals).split(";") if s in ("first_name", "company", "role_or_skill")]
    words = [SIGNAL_WORDS[s] for s in fired]
    if "near_duplicate" not in str(signals):
        words.append("not sent to others")
    if len(words) > 1:
        return ", ".join(words[:-1]) + " and " + words[-1]
    return words[0] if words else "written for you"


def next_actions(
    ex: Export,
    *,
    top_n: int = 10,
    per_kind: int | None = 4,
    within_days: float = 365,
    keep_warm_top: int = 5,
    personal_threshold: float = 0.5,
) -> pd.DataFrame:
    """Rank what the member should do next in their network, at most ``top_n`` actions.

    Rules, in rank order (METRICS.md, "Next actions"):

    1. ``reply``: someone is waiting for the member's answer (:func:`waiting`), the longest
       waiting first.
    2. ``answer_recruiter``: a personalised recruiter message (``personal`` in
       :func:`~networkkit.network.inbound_offers`) not answered — answer, even to decline.
       Mass templates need no answer and are never listed.
    3. ``accept_invitation``: a pending invitation (:func:`pending_invitations`) from someone
       the member met (the note says so) or who wrote a personal note.
    4. ``reconnect``: a relationship worth keeping that is going quiet
       (:func:`~networkkit.network.keep_warm`, at most ``keep_warm_top``), strongest first.
    5. ``review_invitation``: any other pending invitation (no note).

    Parameters
    ----------
    ex : Export
        The member's export.
    top_n : int, default 10
        Most actions returned.
    per_kind : int or None, default 4
        Most actions of one kind, so that a long list of one kind (say 90 people waiting)
        does not hide the others (:func:`waiting` lists them all); None for no limit.
    within_days : float, default 365
        Waiting conversations, recruiter messages and invitations older than this are no
        longer actions.
    keep_warm_top : int, default 5
        Most ``reconnect`` actions.
    personal_threshold : float, default 0.5
        Personalization score from which a recruiter message is personal.

    Returns
    -------
    pandas.DataFrame
        One row per action, best first, at most ``top_n``:

        - ``rank`` (int): 1, 2, …
        - ``kind`` (string): one of :data:`KINDS`.
        - ``name``, ``member_key`` (string): the person.
        - ``conversation_id`` (string): the conversation, where the action is in one (NA
          for invitations and reconnections).
        - ``since`` (datetime, UTC): when the wait began, the message or invitation was
          sent, or the last exchange.
        - ``days`` (float): days from ``since`` to ``as_of``.
        - ``reason`` (string): one plain-English line.
        - ``priority`` (float): a score that orders the actions (higher first): the kind's
          weight (5 for ``reply`` down to 1) plus a tie-breaker under 1.
    """
    end = as_of(ex)
    offers = inbound_offers(ex, personal_threshold=personal_threshold)
    rows: list[dict] = []

    def add(kind: str, order: float, **fields: object) -> None:
        weight = len(KINDS) - KINDS.index(kind)
        rows.append({"kind": kind, "priority": weight + order, **fields})

    wait = waiting(ex, within_days=within_days, offers=offers)
    wait = wait[wait["offer"].isna().to_numpy(dtype=bool)]
    for i, r in enumerate(wait.itertuples(index=False)):
        n = r.unanswered_messages
        what = "a message" if n == 1 else f"{n} messages"
        add(
            "reply",
            1 - (i + 1) / (len(wait) + 1),
            name=r.name,
            member_key=r.member_key,
            conversation_id=r.conversation_id,
            since=r.waiting_since,
            reason=f"Wrote you {what} {_days(r.waiting_days)} and is waiting for your answer.",
        )
    recent = (end - offers["sent_at"]) / DAY <= within_days
    personal = offers[(offers["personal"] & ~offers["replied"] & recent).to_numpy(dtype=bool)]
    for i, r in enumerate(personal.itertuples(index=False)):
        add(
            "answer_recruiter",
            1 - (i + 1) / (len(personal) + 1),
            name=r.sender_name,
            member_key=r.sender_key,
            conversation_id=r.conversation_id,
            since=r.sent_at,
            reason=(
                f"A recruiter message written for you {_days((end - r.sent_at) / DAY)} "
                f"({_offer_words(r.signals)}): answer, even to decline."
            ),
        )
    inv = pending_invitations(ex, within_days=within_days)
    good = (inv["met_evidence"].notna() | inv["has_note"]).to_numpy(dtype=bool)
    for kind, part in (("accept_invitation", inv[good]), ("review_invitation", inv[~good])):
        for i, r in enumerate(part.itertuples(index=False)):
            if isinstance(r.met_evidence, str):
                why = "with a personal note saying you met in person"
            elif r.has_note:
                why = "with a personal note"
            else:
                why = "without a note"
            tail = ", and you have exchanged messages" if r.messaged else ""
            verb = "accept if you know them" if kind == "accept_invitation" else "review it"
            if isinstance(r.met_evidence, str):
                verb = "accept"
            add(
                kind,
                1 - (i + 1) / (len(part) + 1),
                name=r.name,
                member_key=r.member_key,
                conversation_id=pd.NA,
                since=r.sent_at,
                reason=f"Invited you {_days(r.days)} {why}{tail}: {verb}.",
            )
    warm = keep_warm(ex, top_n=keep_warm_top)
    for i, r in enumerate(warm.itertuples(index=False)):
        times = r.silence_ratio
        add(
            "reconnect",
            1 - (i + 1) / (len(warm) + 1),
            name=r.full_name,
            member_key=r.member_key,
            conversation_id=pd.NA,
            since=r.last_exchange,
            reason=(
                f"You used to write about every {r.median_gap_days:.0f} days, but it has been "
                f"{r.silence_days:.0f} days ({times:.0f} times your usual gap): say hello."
            ),
        )
    out = pd.DataFrame(rows, columns=list(_ACTIONS))
    if out.empty:
        return conform_out(out, _ACTIONS)
    out["since"] = pd.to_datetime(out["since"], utc=True)
    out["days"] = (end - out["since"]) / DAY
    out = out.sort_values("priority", ascending=False, kind="stable")
    if per_kind is not None:
        out = out[(out.groupby("kind").cumcount() < per_kind).to_numpy(dtype=bool)]
    out = out.head(top_n)
    out["rank"] = np.arange(1, len(out) + 1)
    return conform_out(out, _ACTIONS)
