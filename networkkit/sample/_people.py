"""The synthetic cast: connections, recruiters and strangers, the owner and ``LinkedIn Member``.

People live in one table of numpy arrays. Rows ``0 .. n_connections - 1`` are the owner's
connections (hidden members included); further rows are people who are not (yet) connections:
recruiters writing InMail and the other side of pending invitations. Two rows close the table:
the owner and the anonymous ``LinkedIn Member`` (empty URL).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from networkkit.sample import _phrases as ph
from networkkit.sample import _text as tx

URL_PREFIX = "https://www.linkedin.com/in/"
DAY = 86_400


@dataclass
class People:
    """Column arrays of the cast; see the module docstring for the row order."""

    first: np.ndarray
    last: np.ndarray
    full: np.ndarray
    lang: np.ndarray
    slug: np.ndarray
    url: np.ndarray
    ascii_first: np.ndarray
    ascii_last: np.ndarray
    company: np.ndarray
    position: np.ndarray
    email: np.ndarray
    recruiter: np.ndarray
    connected_on: np.ndarray
    hidden: np.ndarray
    n_connections: int
    owner: int
    member: int

    def visible(self) -> np.ndarray:
        """Return the indices of connections whose identity is shown (not hidden)."""
        return np.flatnonzero(~self.hidden[: self.n_connections])


def _flat(tables: dict[str, list[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    values: list[str] = []
    offsets, counts = [], []
    for lang in ph.LANGUAGES:
        offsets.append(len(values))
        counts.append(len(tables[lang]))
        values.extend(tables[lang])
    return np.array(values, dtype=object), np.array(offsets), np.array(counts)


def _slug_forms(names: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """ASCII-folded, raw unicode and percent-encoded slug parts of each name of a table."""
    ascii_ = np.array([tx.slug_part(n, ascii_only=True) for n in names], dtype=object)
    raw = np.array([tx.slug_part(n, ascii_only=False) for n in names], dtype=object)
    enc = np.array([tx.percent_encode(s) for s in raw], dtype=object)
    return ascii_, raw, enc


def build_people(
    rng: np.random.Generator,
    *,
    n_connections: int,
    n_recruiters: int,
    n_strangers: int,
    start: int,
    end: int,
    mojibake: bool = False,
) -> People:
    """Draw the cast.

    Parameters
    ----------
    rng : numpy.random.Generator
        Source of randomness.
    n_connections : int
        Connections, hidden members included.
    n_recruiters, n_strangers : int
        Recruiters and other people who are not connections.
    start, end : int
        Epoch seconds between which connections were made (more of them recently).
    mojibake : bool
        Double-encode a third of the accented names, as some older exports did.

    Returns
    -------
    People
        The cast, with the owner and ``LinkedIn Member`` as the last two rows.
    """
    n = n_connections + n_recruiters + n_strangers
    lang = rng.choice(len(ph.LANGUAGES), size=n, p=ph.LANGUAGE_WEIGHTS)
    first_tab, first_off, first_cnt = _flat(ph.FIRST)
    last_tab, last_off, last_cnt = _flat(ph.LAST)
    fi = first_off[lang] + rng.integers(0, first_cnt[lang])
    li = last_off[lang] + rng.integers(0, last_cnt[lang])
    first = first_tab[fi]
    last = last_tab[li]
    f_ascii, f_raw, f_enc = _slug_forms(first_tab)
    l_ascii, l_raw, l_enc = _slug_forms(last_tab)
    ascii_first, ascii_last = f_ascii[fi], l_ascii[li]
    style = rng.choice(3, size=n, p=[0.6, 0.25, 0.15])
    first_part = np.choose(style, [ascii_first, f_raw[fi], f_enc[fi]])
    last_part = np.choose(style, [ascii_last, l_raw[li], l_enc[li]])
    hexes = tx.hex_ids(rng, n, 8)
    slug = first_part + "-" + last_part + "-" + hexes

    # a few people with tricky names are always among the connections
    n_special = min(len(ph.SPECIAL_PEOPLE), n_connections)
    for i, (f, la, lg) in enumerate(ph.SPECIAL_PEOPLE[:n_special]):
        first[i], last[i], lang[i] = f, la, ph.LANGUAGES.index(lg)
        ascii_first[i] = tx.slug_part(f, ascii_only=True)
        ascii_last[i] = tx.slug_part(la, ascii_only=True)
        slug[i] = f"{ascii_first[i]}-{ascii_last[i]}-{hexes[i]}"
    shown_first = first.copy()
    shown_last = last.copy()
    if mojibake:
        fixed_f = np.array([tx.mojibake(v) for v in first_tab], dtype=object)[fi]
        fixed_l = np.array([tx.mojibake(v) for v in last_tab], dtype=object)[li]
        pick = rng.random(n) < 0.35
        pick[:n_special] = False
        shown_first = np.where(pick, fixed_f, first)
        shown_last = np.where(pick, fixed_l, last)

    recruiter = np.zeros(n, dtype=bool)
    recruiter[:n_connections] = rng.random(n_connections) < 0.07
    recruiter[n_connections : n_connections + n_recruiters] = True
    pos_tab, pos_off, pos_cnt = _flat(ph.POSITIONS)
    position = pos_tab[pos_off[lang] + rng.integers(0, pos_cnt[lang])]
    position[recruiter] = tx.take(
        ph.RECRUITER_POSITIONS, rng.integers(0, len(ph.RECRUITER_POSITIONS), recruiter.sum())
    )
    company = tx.take(ph.COMPANIES, rng.integers(0, len(ph.COMPANIES), n))
    agency = recruiter & (rng.random(n) < 0.7)
    company[agency] = tx.take(
        ph.RECRUITING_FIRMS, rng.integers(0, len(ph.RECRUITING_FIRMS), agency.sum())
    )
    company[rng.random(n) < 0.03] = ""
    domain = np.where(rng.random(n) < 0.5, "@example.com", "@example.org").astype(object)
    local_first = np.where(ascii_first == "", "contact", ascii_first)
    local_last = np.where(ascii_last == "", hexes, ascii_last)
    email = np.where(
        rng.random(n) < 0.08,
        local_first + "." + tx.replace(local_last, "-", ".") + domain,
        "",
    ).astype(object)

    span = max(end - start, DAY)
    connected_on = np.full(n, -1, dtype=np.int64)
    connected_on[:n_connections] = start + (span * rng.beta(2.2, 1.0, n_connections)).astype(
        np.int64
    )
    hidden = np.zeros(n, dtype=bool)
    n_hidden = int(np.clip(round(0.03 * n_connections), 7, 53))
    n_hidden = min(n_hidden, max(0, (n_connections - n_special) // 5))
    if n_hidden:
        hidden[rng.choice(np.arange(n_special, n_connections), n_hidden, replace=False)] = True

    owner = ph.OWNER
    full = shown_first + " " + shown_last
    extra = {
        "first": [owner["first"], "LinkedIn"],
        "last": [owner["last"], "Member"],
        "full": [f"{owner['first']} {owner['last']}", "LinkedIn Member"],
        "slug": [owner["slug"], ""],
        "url": [URL_PREFIX + owner["slug"], ""],
    }
    url = np.where(slug == "", "", URL_PREFIX + slug).astype(object)
    return People(
        first=np.concatenate([shown_first, np.array(extra["first"], dtype=object)]),
        last=np.concatenate([shown_last, np.array(extra["last"], dtype=object)]),
        full=np.concatenate([full, np.array(extra["full"], dtype=object)]),
        lang=np.concatenate([lang, [0, 0]]),
        slug=np.concatenate([slug, np.array(extra["slug"], dtype=object)]),
        url=np.concatenate([url, np.array(extra["url"], dtype=object)]),
        ascii_first=np.concatenate([ascii_first, np.array(["sam", ""], dtype=object)]),
        ascii_last=np.concatenate([ascii_last, np.array(["member", ""], dtype=object)]),
        company=np.concatenate([company, np.array([owner["company"], ""], dtype=object)]),
        position=np.concatenate([position, np.array([owner["title"], ""], dtype=object)]),
        email=np.concatenate([email, np.array(["", ""], dtype=object)]),
        recruiter=np.concatenate([recruiter, [False, False]]),
        connected_on=np.concatenate([connected_on, [-1, -1]]),
        hidden=np.concatenate([hidden, [False, False]]),
        n_connections=n_connections,
        owner=n,
        member=n + 1,
    )
