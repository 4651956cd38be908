"""Synthetic conversations: who wrote what to whom, when — all rows drawn at once.

A conversation has a *kind* that fixes who starts, how many touches come before an answer, and
which phrase tables its messages use:

=================  ===========================================================================
kind               shape
=================  ===========================================================================
chat               a contact with a regular exchange rhythm (days to months); some went quiet
outreach           the owner starts, follows up 0–5 times (some > 3 times in 14 days), half
                   get an answer after hours to weeks
inbound            a contact starts (asks for advice or an intro); the owner usually answers
recruiter_mass     one recruiter template sent to many people (``%FIRSTNAME%`` left in some)
recruiter_personal a recruiter naming the owner, the owner's company and skills
inmail             a recruiter InMail with a SUBJECT (the conversation title equals it)
sponsored          ``Sponsored Conversation`` in HTML from ``LinkedIn Member`` (no URL)
group              3–6 participants incl. the owner; TO joined with ``,``
member             a conversation with a closed account shown as ``LinkedIn Member``
=================  ===========================================================================
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from networkkit.sample import _phrases as ph
from networkkit.sample import _text as tx
from networkkit.sample._people import DAY, People

KINDS = (
    "chat",
    "outreach",
    "inbound",
    "recruiter_mass",
    "recruiter_personal",
    "inmail",
    "sponsored",
    "group",
    "member",
)
WEIGHTS = (0.30, 0.18, 0.14, 0.12, 0.05, 0.07, 0.06, 0.04, 0.04)
CHAT, OUTREACH, INBOUND, RMASS, RPERS, INMAIL, SPONS, GROUP, MEMBER = range(len(KINDS))
HOUR = 3600

# template categories: each is a (language → list) table or one list used for every language
_CATEGORIES = {
    "met": ph.MET,
    "greet": ph.GREET,
    "chat": ph.CHAT,
    "ask": ph.ASK,
    "followup": ph.FOLLOWUP,
    "reply": ph.REPLY,
    "mass": ph.RECRUITER_MASS,
    "personal": ph.RECRUITER_PERSONAL,
    "inmail": ph.INMAIL_BODY,
    "sponsored": ph.SPONSORED,
    "group": ph.GROUP_LINES,
    "member": ph.MEMBER_LINES,
    "recruiter_reply": ph.RECRUITER_REPLY,
}
CAT = {name: i for i, name in enumerate(_CATEGORIES)}


def _template_index() -> tuple[list[str], np.ndarray, np.ndarray]:
    """Flatten the categories: templates, and offset / count per (category, language)."""
    templates: list[str] = []
    off = np.zeros((len(_CATEGORIES), len(ph.LANGUAGES)), dtype=np.int64)
    cnt = np.zeros_like(off)
    for c, table in enumerate(_CATEGORIES.values()):
        if isinstance(table, list):
            start = len(templates)
            templates.extend(table)
            off[c, :], cnt[c, :] = start, len(table)
            continue
        for lg, lang in enumerate(ph.LANGUAGES):
            rows = table.get(lang) or table["en"]
            off[c, lg], cnt[c, lg] = len(templates), len(rows)
            templates.extend(rows)
    return templates, off, cnt


TEMPLATES, _OFF, _CNT = _template_index()


@dataclass
class Messages:
    """One entry per message row, as raw export strings (``""`` for empty)."""

    conversation_id: np.ndarray
    title: np.ndarray
    sender: np.ndarray  # person index
    to_names: np.ndarray
    to_urls: np.ndarray
    at: np.ndarray  # epoch seconds
    subject: np.ndarray
    content: np.ndarray
    folder: np.ndarray
    message_draft: np.ndarray
    conversation_draft: np.ndarray
    attachments: np.ndarray
    kind: np.ndarray
    group: np.ndarray  # bool: a group chat message

    def __len__(self) -> int:
        return len(self.at)


def _lognormal(rng: np.random.Generator, median: float, sigma: float, size: int) -> np.ndarray:
    return median * np.exp(sigma * rng.standard_normal(size))


def _counts(rng: np.random.Generator, kind: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Messages before the first answer (opener + follow-ups) and from the answer on."""
    k = len(kind)
    u = rng.random(k)
    geo = {p: rng.geometric(p, k) for p in (0.12, 0.4, 0.45, 0.5, 0.6)}
    followups = rng.choice(6, size=k, p=[0.4, 0.25, 0.15, 0.1, 0.06, 0.04])
    n_init = np.ones(k, dtype=np.int64)
    n_rest = np.zeros(k, dtype=np.int64)
    n_init = np.where(kind == OUTREACH, 1 + followups, n_init)
    n_init = np.where(kind == INBOUND, 1 + (u < 0.15), n_init)
    n_init = np.where(kind == RMASS, 1 + (u < 0.3), n_init)
    n_init = np.where(kind == RPERS, 1 + (u < 0.2), n_init)
    n_init = np.where(kind == GROUP, np.minimum(2 + geo[0.12], 40), n_init)
    answered = rng.random(k)
    n_rest = np.where(kind == CHAT, np.minimum(geo[0.12], 60), n_rest)
    n_rest = np.where((kind == OUTREACH) & (answered < 0.5), geo[0.45], n_rest)
    n_rest = np.where((kind == INBOUND) & (answered < 0.7), geo[0.4], n_rest)
    n_rest = np.where((kind == RMASS) & (answered < 0.18), geo[0.6], n_rest)
    n_rest = np.where((kind == RPERS) & (answered < 0.55), geo[0.45], n_rest)
    n_rest = np.where((kind == INMAIL) & (answered < 0.35), geo[0.5], n_rest)
    n_rest = np.where((kind == MEMBER) & (answered < 0.8), geo[0.5], n_rest)
    return n_init, n_rest


def _draw_kinds(rng: np.random.Generator, n_messages: int) -> tuple[np.ndarray, ...]:
    """Draw conversations until they hold at least ``n_messages`` messages."""
    k = max(40, int(n_messages / 4.5) + 40)
    while True:
        kind = rng.choice(len(KINDS), size=k, p=WEIGHTS)
        kind[: 2 * len(KINDS)] = np.tile(np.arange(len(KINDS)), 2)
        # the first chats cover every language twice: 8 opened with a met-in-person phrase,
        # 8 with a mere greeting
        kind[2 * len(KINDS) : 2 * len(KINDS) + 16] = CHAT
        n_init, n_rest = _counts(rng, kind)
        n = n_init + n_rest
        if n.sum() >= n_messages:
            break
        k *= 2
    last = int(np.searchsorted(np.cumsum(n), n_messages))
    kind, n_init, n_rest, n = (
        kind[: last + 1],
        n_init[: last + 1],
        n_rest[: last + 1],
        n[: last + 1],
    )
    surplus = int(n.sum()) - n_messages
    n[-1] -= surplus
    n_init[-1] = min(n_init[-1], n[-1])
    n_rest[-1] = n[-1] - n_init[-1]
    return kind, n_init, n_rest, n


def build_messages(
    rng: np.random.Generator,
    people: People,
    *,
    n_messages: int,
    start: int,
    end: int,
    drafts: bool,
) -> Messages:
    """Draw ``n_messages`` message rows.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness.
    people : People
        The cast; connections' ``connected_on`` is moved earlier where a conversation with them
        starts before it.
    n_messages : int
        Exact number of rows.
    start, end : int
        Epoch seconds of the earliest conversation and of the export.
    drafts : bool
        Whether the layout has draft flags (then a few drafts are drawn).

    Returns
    -------
    Messages
        Rows in LinkedIn's order: conversations by latest activity, newest message first.
    """
    if n_messages <= 0:
        return _empty()
    kind, n_init, _n_rest, n = _draw_kinds(rng, n_messages)
    k = len(kind)
    first_row = np.concatenate([[0], np.cumsum(n)[:-1]])
    conv = np.repeat(np.arange(k), n)
    pos = np.arange(n_messages) - first_row[conv]
    ck = kind[conv]

    # -- counterparts ---------------------------------------------------------------------------
    visible = people.visible()
    if len(visible) == 0:
        visible = np.array([people.member])
    recruiters = np.flatnonzero(people.recruiter)
    if len(recruiters) == 0:
        recruiters = visible
    other = visible[rng.permutation(max(k, len(visible)))[:k] % len(visible)]
    chats = np.flatnonzero(kind == CHAT)
    forced = chats[:16]
    for j, c in enumerate(forced):  # 16 iterations: one contact per language, twice
        pool = visible[people.lang[visible] == j % len(ph.LANGUAGES)]
        if len(pool):
            other[c] = pool[(j // len(ph.LANGUAGES)) % len(pool)]
    is_rec = np.isin(kind, (RMASS, RPERS, INMAIL))
    other[is_rec] = recruiters[rng.integers(0, len(recruiters), is_rec.sum())]
    other[np.isin(kind, (SPONS, MEMBER))] = people.member
    owner = people.owner

    # group participants: owner + 2..5 connections; the first group has Walid T., FICS (UK)
    groups = np.flatnonzero(kind == GROUP)
    slots = np.full((k, 6), -1, dtype=np.int64)
    size = rng.integers(3, 7, size=k)
    slots[:, 0] = owner
    for s in range(1, 6):  # six slots, not rows
        take = size > s
        slots[take, s] = visible[rng.integers(0, len(visible), take.sum())]
    if len(groups) and people.n_connections > 0 and not people.hidden[0]:
        slots[groups[0], 1] = 0
    other[kind == GROUP] = -1

    # -- who sends each message -----------------------------------------------------------------
    starter_owner = np.zeros(k, dtype=bool)
    starter_owner[kind == OUTREACH] = True
    coin = rng.random(k) < 0.5
    starter_owner[np.isin(kind, (CHAT, MEMBER))] = coin[np.isin(kind, (CHAT, MEMBER))]
    starter_owner[forced] = True
    init = pos < n_init[conv]
    rest_k = pos - n_init[conv]
    alternate = np.where(rest_k % 2 == 0, ~starter_owner[conv], starter_owner[conv])
    chat_free = (ck == CHAT) & (rest_k > 0)
    alternate = np.where(chat_free, rng.random(n_messages) < 0.5, alternate)
    by_owner = np.where(init, starter_owner[conv], alternate)
    sender = np.where(by_owner, owner, other[conv])
    recipient = np.where(by_owner, other[conv], owner)
    in_group = ck == GROUP
    g_slot = np.zeros(n_messages, dtype=np.int64)
    if in_group.any():
        g_size = size[conv[in_group]]
        g_slot[in_group] = rng.integers(0, g_size)
        sender[in_group] = slots[conv[in_group], g_slot[in_group]]
        by_owner[in_group] = sender[in_group] == owner

    # -- templates ------------------------------------------------------------------------------
    lang = people.lang[np.where(other >= 0, other, owner)]
    lang[np.isin(kind, (RPERS, INMAIL, SPONS))] = 0  # written in English whoever sends them
    opener = np.full(k, CAT["chat"])
    u = rng.random(k)
    opener[kind == CHAT] = np.where(u[kind == CHAT] < 0.35, CAT["met"], CAT["greet"])
    opener[(kind == CHAT) & (u > 0.6)] = CAT["chat"]
    opener[forced[: len(ph.LANGUAGES)]] = CAT["met"]
    opener[forced[len(ph.LANGUAGES) :]] = CAT["greet"]
    for kd, cat in (
        (OUTREACH, "ask"), (INBOUND, "ask"), (RMASS, "mass"), (RPERS, "personal"),
        (INMAIL, "inmail"), (SPONS, "sponsored"), (GROUP, "group"), (MEMBER, "member"),
    ):  # fmt: skip
        opener[kind == kd] = CAT[cat]
    cat = np.where(pos == 0, opener[conv], CAT["followup"])
    cat = np.where(in_group, CAT["group"], cat)
    answer_cat = np.where(is_rec[conv] & by_owner, CAT["recruiter_reply"], CAT["reply"])
    cat = np.where(~init & (rest_k == 0), answer_cat, cat)
    later = np.where(ck == MEMBER, CAT["member"], CAT["chat"])
    cat = np.where(~init & (rest_k > 0), later, cat)
    lg = lang[conv]
    which = _OFF[cat, lg] + rng.integers(0, 1 << 30, n_messages) % _CNT[cat, lg]

    names = np.where(recipient >= 0, people.first[np.maximum(recipient, 0)], "all")
    mass_first = (ck == RMASS) & (pos == 0) & (rng.random(n_messages) < 0.3)
    names = np.where(mass_first | (ck == SPONS), "%FIRSTNAME%", names).astype(object)
    names[(ck == SPONS) & (rng.random(n_messages) < 0.5)] = ph.OWNER["first"]
    places_tab = [ph.PLACES[lang_] for lang_ in ph.LANGUAGES]
    place_pick = rng.integers(0, 1 << 30, k)
    place = np.array([t[0] for t in places_tab], dtype=object)[
        lg
    ]  # default, replaced below per language
    for j, tab in enumerate(places_tab):  # eight languages
        rows = lg == j
        place[rows] = tx.take(tab, place_pick[conv[rows]] % len(tab))
    fields = {
        "name": names,
        "sender": people.first[sender],
        "place": place,
        "company": ph.OWNER["company"],
        "skill": tx.take(ph.OWNER["skills"], rng.integers(0, len(ph.OWNER["skills"]), k))[conv],
        "role": tx.take(ph.JOB_ROLES, rng.integers(0, len(ph.JOB_ROLES), k))[conv],
        "client": tx.take(ph.COMPANIES, rng.integers(0, len(ph.COMPANIES), k))[conv],
    }
    content = tx.fill(TEMPLATES, which, fields)
    signed = (ck == RMASS) & (pos == 0) & (rng.random(n_messages) < 0.35)
    content[signed] = content[signed] + "\n\nBest,\n" + fields["sender"][signed]
    attach = np.isin(ck, (CHAT, INBOUND)) & (pos > 0) & (rng.random(n_messages) < 0.03)
    content[attach] = ""
    attachments = np.where(
        attach,
        "https://www.linkedin.com/dms/prv/attachment/v2/" + tx.hex_ids(rng, n_messages, 12),
        "",
    ).astype(object)

    subject_text = tx.fill(
        ph.INMAIL_SUBJECTS, rng.integers(0, len(ph.INMAIL_SUBJECTS), k), {
            "role": fields["role"][first_row], "client": fields["client"][first_row]
        },
    )  # fmt: skip
    subject = np.where((ck == INMAIL) & (pos == 0), subject_text[conv], "").astype(object)
    title = np.full(k, "", dtype=object)
    title[kind == INMAIL] = subject_text[kind == INMAIL]
    title[kind == SPONS] = "Sponsored Conversation"
    title[kind == GROUP] = tx.take(ph.GROUP_TITLES, rng.integers(0, len(ph.GROUP_TITLES), k))[
        kind == GROUP
    ]

    # -- times ----------------------------------------------------------------------------------
    rhythm = np.clip(_lognormal(rng, 30 * DAY, 0.8, k), 3 * DAY, 200 * DAY)
    hammer = (kind == OUTREACH) & (n_init >= 4) & (rng.random(k) < 0.5)
    gap = np.zeros(n_messages)
    follow = init & (pos > 0)
    gap_follow = np.clip(_lognormal(rng, 4 * DAY, 0.4, n_messages), DAY, 21 * DAY)
    gap_follow = np.where(hammer[conv], rng.uniform(0.5, 2.5, n_messages) * DAY, gap_follow)
    gap = np.where(follow, gap_follow, gap)
    gap = np.where(in_group & (pos > 0), rng.exponential(3 * HOUR, n_messages), gap)
    first_answer = ~init & (rest_k == 0)
    gap_answer = np.clip(_lognormal(rng, 1.2 * DAY, 1.4, n_messages), 180, 60 * DAY)
    gap = np.where(first_answer, gap_answer, gap)
    gap_rest = np.clip(_lognormal(rng, 3 * HOUR, 1.5, n_messages), 60, 20 * DAY)
    gap = np.where(~init & (rest_k > 0), gap_rest, gap)
    # chats come in sessions: quick back-and-forth, then the next session one rhythm later
    session = (pos > 1) & (rng.random(n_messages) < 0.45)
    chat_gap = np.where(
        session,
        rhythm[conv] * _lognormal(rng, 1.0, 0.35, n_messages),
        np.clip(_lognormal(rng, 2 * HOUR, 1.3, n_messages), 60, 3 * DAY),
    )
    gap = np.where((ck == CHAT) & (pos > 0), chat_gap, gap)
    gap = gap.astype(np.int64)
    offset = np.cumsum(gap)
    offset -= offset[first_row][conv]
    span = offset[first_row + n - 1]
    quiet = np.where(
        rng.random(k) < 0.35, rng.uniform(0, 1, k) * rhythm, rhythm * rng.uniform(2.5, 8, k)
    )
    begin = np.where(
        kind == CHAT,
        end - quiet.astype(np.int64) - span,
        start + ((end - start) * rng.beta(1.6, 1.0, k)).astype(np.int64),
    )
    late = begin + span > end - HOUR
    begin = np.where(late, end - HOUR - span - rng.integers(0, 2 * DAY, k), begin)
    begin = np.maximum(begin, start)
    at = begin[conv] + offset
    at = np.minimum(at, end - 60)

    # a connection starts no later than the first conversation with them
    conn = (other >= 0) & (other < people.n_connections)
    np.minimum.at(
        people.connected_on, other[conn], begin[conn] - rng.integers(DAY, 90 * DAY, conn.sum())
    )

    # -- ids, folders, drafts -------------------------------------------------------------------
    conv_id = tx.conversation_ids(rng, k)
    folder_conv = np.where(rng.random(k) < 0.12, "ARCHIVE", "INBOX").astype(object)
    folder_conv[np.isin(kind, (SPONS, RMASS)) & (rng.random(k) < 0.15)] = "SPAM"
    folder = folder_conv[conv]
    message_draft = np.full(n_messages, "No", dtype=object)
    conversation_draft = np.full(n_messages, "No", dtype=object)
    if drafts:
        last_row = first_row + n - 1
        can = (kind == OUTREACH) & by_owner[last_row]
        pick = can & (rng.random(k) < 0.04)
        message_draft[last_row[pick]] = "Yes"
        folder[last_row[pick]] = ""
        lone = np.flatnonzero((kind == OUTREACH) & (n == 1))[-2:]
        conv_id[lone] = ""
        message_draft[first_row[lone]] = "Yes"
        conversation_draft[first_row[lone]] = "Yes"
        folder[first_row[lone]] = ""

    # -- recipients -----------------------------------------------------------------------------
    to_names = people.full[np.maximum(recipient, 0)].astype(object)
    to_urls = people.url[np.maximum(recipient, 0)].astype(object)
    if in_group.any():
        gi = np.flatnonzero(in_group)
        members = slots[conv[gi]]
        keep = (members >= 0) & (np.arange(6)[None, :] != g_slot[gi][:, None])
        name_parts = [np.where(keep[:, s], people.full[members[:, s]], None) for s in range(6)]
        url_parts = [np.where(keep[:, s], people.url[members[:, s]], None) for s in range(6)]
        to_names[gi] = tx.join(name_parts, ",")
        to_urls[gi] = tx.join(url_parts, ",")

    # LinkedIn's order: conversations by latest activity, newest message first
    conv_last = np.zeros(k, dtype=np.int64)
    np.maximum.at(conv_last, conv, at)
    order = np.lexsort((-at, conv, -conv_last[conv]))
    return Messages(
        conversation_id=conv_id[conv][order],
        title=title[conv][order],
        sender=sender[order],
        to_names=to_names[order],
        to_urls=to_urls[order],
        at=at[order],
        subject=subject[order],
        content=content[order],
        folder=folder[order],
        message_draft=message_draft[order],
        conversation_draft=conversation_draft[order],
        attachments=attachments[order],
        kind=ck[order],
        group=in_group[order],
    )


def _empty() -> Messages:
    obj = np.array([], dtype=object)
    num = np.array([], dtype=np.int64)
    return Messages(
        obj, obj, num, obj, obj, num, obj, obj, obj, obj, obj, obj, num, num.astype(bool)
    )
