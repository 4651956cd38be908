"""Synthetic invitations, incoming and outgoing, with and without a personal note."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from networkkit.sample import _phrases as ph
from networkkit.sample import _text as tx
from networkkit.sample._people import DAY, People


@dataclass
class Invitations:
    """One entry per invitation row."""

    inviter: np.ndarray  # person index
    invitee: np.ndarray
    at: np.ndarray  # epoch seconds
    note: np.ndarray  # "" when none
    outgoing: np.ndarray  # bool

    def __len__(self) -> int:
        return len(self.at)


def _notes(templates: dict[str, list[str]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    flat: list[str] = []
    off, cnt = [], []
    for lang in ph.LANGUAGES:
        off.append(len(flat))
        cnt.append(len(templates[lang]))
        flat.extend(templates[lang])
    return flat, np.array(off), np.array(cnt)


def build_invitations(
    rng: np.random.Generator,
    people: People,
    *,
    n: int,
    strangers: np.ndarray,
    end: int,
) -> Invitations:
    """Draw ``n`` invitations.

    Outgoing invitations (45 %) go to connections (accepted: sent 0–10 days before the
    connection date) or, one in three, to ``strangers`` (pending, some younger than 21 days).
    Incoming ones come from connections (85 %) or strangers. Notes: 35 % of incoming and 25 %
    of outgoing invitations, a third of them mentioning a meeting in person; the first note in
    each language is such a mention. The last row repeats the one before it at the same minute.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness.
    people : People
        The cast.
    n : int
        Number of invitations.
    strangers : numpy.ndarray
        Indices of people who are not connections.
    end : int
        Epoch seconds of the export.

    Returns
    -------
    Invitations
        Rows newest first.
    """
    if n <= 0:
        empty = np.array([], dtype=np.int64)
        return Invitations(empty, empty, empty, np.array([], dtype=object), empty.astype(bool))
    visible = people.visible()
    recent = visible[np.argsort(-people.connected_on[visible], kind="stable")]
    outgoing = rng.random(n) < 0.45
    accepted = np.where(outgoing, rng.random(n) < 0.67, rng.random(n) < 0.85)
    if len(strangers) == 0:
        accepted[:] = True
    if len(recent) == 0:
        accepted[:] = False
    n_acc = int(accepted.sum())
    counterpart = np.empty(n, dtype=np.int64)
    if n_acc:
        window = recent[: max(n_acc * 2, 1)]
        pick = rng.choice(len(window), n_acc, replace=n_acc > len(window))
        counterpart[accepted] = window[pick]
    if (~accepted).any():
        counterpart[~accepted] = strangers[rng.integers(0, len(strangers), (~accepted).sum())]
    at = np.where(
        accepted,
        people.connected_on[counterpart] - rng.integers(600, 10 * DAY, n),
        end - rng.integers(3600, 400 * DAY, n),
    )
    owner = people.owner
    inviter = np.where(outgoing, owner, counterpart)
    invitee = np.where(outgoing, counterpart, owner)

    lang = people.lang[counterpart]
    has_note = np.where(outgoing, rng.random(n) < 0.25, rng.random(n) < 0.35)
    met = rng.random(n) < 0.33
    for j in range(len(ph.LANGUAGES)):  # eight languages: the first note of each says "met"
        rows = np.flatnonzero(lang == j)
        if len(rows):
            has_note[rows[0]] = True
            met[rows[0]] = True
    met_flat, met_off, met_cnt = _notes(ph.NOTE_MET)
    other_flat, other_off, other_cnt = _notes(ph.NOTE_OTHER)
    templates = met_flat + other_flat
    which = np.where(
        met,
        met_off[lang] + rng.integers(0, 1 << 30, n) % met_cnt[lang],
        len(met_flat) + other_off[lang] + rng.integers(0, 1 << 30, n) % other_cnt[lang],
    )
    places = np.empty(n, dtype=object)
    for j, lang_ in enumerate(ph.LANGUAGES):  # eight languages
        rows = lang == j
        places[rows] = tx.take(
            ph.PLACES[lang_], rng.integers(0, len(ph.PLACES[lang_]), rows.sum())
        )
    note = tx.fill(templates, which, {"name": people.first[invitee], "place": places})
    note = np.where(has_note, note, "").astype(object)
    if n >= 4:  # the same pair, twice at the same minute
        inviter[-1], invitee[-1], at[-1], note[-1] = inviter[-2], invitee[-2], at[-2], note[-2]
        outgoing[-1] = outgoing[-2]
    at = at - at % 60  # Sent At has minutes only
    order = np.argsort(-at, kind="stable")
    return Invitations(inviter[order], invitee[order], at[order], note[order], outgoing[order])
