"""Inbound recruiter and job-offer conversations, how personal they are, and replies to them."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from networkkit.export import Export
from networkkit.lexicon import detect_language, has_job_offer_phrase, is_recruiter_title
from networkkit.network._common import (
    add_rates,
    conform_out,
    conversations_from,
    messages,
    shared,
)
from networkkit.network._companies import normalize_company

__all__ = ["PLACEHOLDER", "inbound_offers", "offer_summary"]

#: Unfilled mail-merge placeholders: ``%FIRSTNAME%``, ``{{first_name}}``, ``[First Name]``…
PLACEHOLDER = re.compile(
    r"%[A-Z][A-Z_]*%|\{\{\s*[\w.]+\s*\}\}|\[\s*(?:first\s*_?name|name|company|title)\s*\]"
    r"|<\s*first\s*_?name\s*>",
    re.IGNORECASE,
)

#: Weights of the personalization score (they sum to 1); an unfilled placeholder zeroes it.
WEIGHTS = {
    "first_name": 0.25,
    "company": 0.20,
    "role_or_skill": 0.20,
    "unique": 0.25,
    "concise": 0.10,
}
LONG_MESSAGE = 1000  # characters: longer first messages read like a template
_SIGNALS = (
    "recruiter_title",
    "inmail",
    "sponsored",
    "job_phrase",
    "first_name",
    "company",
    "role_or_skill",
    "placeholder",
    "near_duplicate",
    "long",
)

_OFFERS = {
    "conversation_id": "string",
    "sender_name": "string",
    "sender_key": "string",
    "sent_at": "datetime64[us, UTC]",
    "subject": "string",
    "language": "string",
    "personalization": "float64",
    "personal": "bool",
    "signals": "string",
    "template_cluster": "Int64",
    "replied": "bool",
    "replied_at": "datetime64[us, UTC]",
}


def _alternation(words: list[str], *, min_len: int = 3) -> re.Pattern[str] | None:
    words = sorted({w.strip() for w in words if isinstance(w, str) and len(w.strip()) >= min_len})
    if not words:
        return None
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _owner_terms(ex: Export) -> dict[str, re.Pattern[str] | None]:
    """Patterns for the owner's first name, current company, and titles or skills."""
    first = list(ex.profile["first_name"].dropna())
    if not first and ex.owner.name:
        first = [ex.owner.name.split()[0]]
    pos = ex.positions
    current = pos[pos["is_current"].fillna(pos["finished_on"].isna()).astype(bool)]
    if current.empty:
        current = pos.head(1)
    companies = list(current["company_name"].dropna())
    # also the name without its legal form: "Acme, Inc." is written "Acme"
    companies += list(normalize_company(pd.Series(companies, dtype="string")).dropna())
    roles = list(current["title"].dropna()) + list(ex.skills["name"].dropna())
    roles += list(ex.profile["headline"].dropna().str.split(r"\s*[|,·@]\s*").explode().dropna())
    return {
        "first_name": _alternation(first, min_len=2),
        "company": _alternation(companies),
        "role_or_skill": _alternation(roles),
    }


def _contains(texts: pd.Series, pattern: re.Pattern[str] | None) -> np.ndarray:
    if pattern is None:
        return np.zeros(len(texts), dtype=bool)
    return texts.str.contains(pattern, regex=True).to_numpy(dtype=bool)


def _clusters(
    texts: pd.Series, *, cutoff: float, min_words: int = 8, max_words: int = 60
) -> np.ndarray:
    """Template cluster per text (0 = unique): near-duplicates joined transitively.

    Texts are folded (case; every number is the same word) and cut into words; the first
    ``max_words`` words are compared as **sequences of word codes**, so a template whose
    name, date or figure changed is still the same template and each comparison costs a
    few machine words. Identical word sequences are compared once. Similarity is
    ``rapidfuzz.fuzz.ratio`` over those sequences (the share of words in common, in order),
    computed by ``process.cdist`` (vectorised in C, both cores) over the upper triangle in
    blocks of rows, scores under ``cutoff`` dropped; clusters are the connected components
    of the remaining pairs (``scipy.sparse.csgraph``). Texts under ``min_words`` words are
    never near-duplicates.
    """
    n = len(texts)
    out = np.zeros(n, dtype=np.int64)
    words = texts.str.lower().str.replace(r"\d+", "0", regex=True).str.findall(r"\w+")
    words = words.str.slice(0, max_words)
    lengths = words.str.len().fillna(0).to_numpy(dtype=np.int64)
    ok = np.flatnonzero(lengths >= min_words)
    if len(ok) < 2:
        return out
    flat = words.iloc[ok].explode()
    codes, _ = pd.factorize(flat)
    # the word-code sequence of each text, and a key to compare identical ones once
    bounds = np.cumsum(lengths[ok])[:-1]
    seqs = np.split(codes.astype(np.int64), bounds)
    key_codes, _ = pd.factorize(words.iloc[ok].str.join(" "))
    first = pd.Series(np.arange(len(ok))).groupby(key_codes).first().to_numpy()
    choices = [seqs[i] for i in first]
    m = len(choices)
    rows, cols = [np.empty(0, np.int64)], [np.empty(0, np.int64)]
    block = 1000
    for start in range(0, m, block):
        scores = process.cdist(
            choices[start : start + block],
            choices[start:],
            scorer=fuzz.ratio,
            score_cutoff=cutoff,
            dtype=np.uint8,
            workers=-1,
        )
        r, c = np.nonzero(scores)
        keep = c > r  # the upper triangle, the diagonal left out
        rows.append(r[keep] + start)
        cols.append(c[keep] + start)
    r, c = np.concatenate(rows), np.concatenate(cols)
    graph = coo_matrix((np.ones(len(r), dtype=np.int8), (r, c)), shape=(m, m))
    _, labels = connected_components(graph, directed=False)
    labels = labels[key_codes]  # back to one label per text
    sizes = np.bincount(labels)
    multi = sizes[labels] > 1
    # number clusters 1, 2, … in order of first appearance
    first_seen = pd.unique(labels[multi])
    renum = np.zeros(labels.max() + 1, dtype=np.int64)
    renum[first_seen] = np.arange(1, len(first_seen) + 1)
    out[ok[multi]] = renum[labels[multi]]
    return out


#: What the offers read beyond the messages: senders' positions, the owner's profile terms.
_READS = {
    "connections": ("member_key", "position"),
    "profile": ("first_name", "headline"),
    "positions": ("company_name", "title", "is_current", "finished_on"),
    "skills": ("name",),
}


def inbound_offers(
    ex: Export,
    *,
    near_duplicate: float = 90,
    personal_threshold: float = 0.5,
) -> pd.DataFrame:
    """Find incoming recruiter and job-offer conversations, and score how personal each is.

    A conversation someone else started (sponsored ones included) is an **offer** when its
    first message (subject and body) holds a job-offer phrase in any language of
    :mod:`networkkit.lexicon` (``job_phrase``), or its sender is a connection whose
    position is a recruiter's title (``recruiter_title``). Whether it came as InMail (a
    subject equal to the conversation title) or as a sponsored message is reported as a
    signal but is not enough on its own: sponsored messages are mostly advertising.

    **Personalization** (0–1) is built only from what is visible in the first message:
    the member's first name (+0.25), their current company (+0.20), their current title, a
    headline term or one of their skills (+0.20), no near-duplicate among the other offers
    (+0.25: ``rapidfuzz`` ratio ≥ ``near_duplicate`` over the first 60 words, case and
    numbers folded — a template with another name or date filled in is still a template),
    and a length of at most 1,000 characters (+0.10). An unfilled placeholder (``%FIRSTNAME%``,
    ``{{first_name}}``) sets it to 0.

    Parameters
    ----------
    ex : Export
        The member's export; the owner's name, positions, skills and headline are used.
    near_duplicate : float, default 90
        Similarity (0–100, share of words in common, in order) from which two first
        messages are the same template.
    personal_threshold : float, default 0.5
        Score from which an offer counts as ``personal``.

    Returns
    -------
    pandas.DataFrame
        One row per offer conversation, oldest first:

        - ``conversation_id`` (string).
        - ``sender_name``, ``sender_key`` (string): who wrote first (``LinkedIn Member``/NA
          for sponsored messages).
        - ``sent_at`` (datetime, UTC): the first message.
        - ``subject`` (string): its subject (InMail), else NA.
        - ``language`` (string): :func:`networkkit.lexicon.detect_language` of the first
          message (``"und"`` when undetermined).
        - ``personalization`` (float): the 0–1 score above.
        - ``personal`` (bool): ``personalization`` ≥ ``personal_threshold``.
        - ``signals`` (string): the signals that fired, ``;``-separated, of
          ``recruiter_title, inmail, sponsored, job_phrase, first_name, company,
          role_or_skill, placeholder, near_duplicate, long``.
        - ``template_cluster`` (Int64): offers sharing a number are near-duplicates of each
          other; NA for a unique message.
        - ``replied`` (bool): the member answered in the conversation.
        - ``replied_at`` (datetime, UTC): the member's first answer (NaT if none).

    The result is computed once per export content and options (a report reads it for the
    headline, the waiting list, the next actions and its own section).
    """
    options = (float(near_duplicate), float(personal_threshold))
    return shared(ex, "inbound_offers", _READS, options, lambda: _offers(ex, *options))


def _offers(ex: Export, near_duplicate: float, personal_threshold: float) -> pd.DataFrame:
    m = messages(ex, keep_sponsored=True)
    conv = conversations_from(m)  # one row per conversation, in the order of ``m``'s rows
    # the first message of each conversation by position (``m`` is sorted by conversation
    # and time), kept where the contact started it; ``first`` and ``conv`` stay aligned
    codes = m["conv"].to_numpy()
    starts = np.flatnonzero(np.r_[True, codes[1:] != codes[:-1]]) if len(codes) else codes
    by_contact = (conv["started_by"] == "contact").to_numpy(dtype=bool)
    first = m.take(starts[by_contact]).reset_index(drop=True)
    conv = conv[by_contact].reset_index(drop=True)
    if first.empty:
        return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in _OFFERS.items()})
    body = first["content"].astype(object).where(first["content"].notna(), "").astype(str)
    subject = first["subject"].astype(object).where(first["subject"].notna(), "").astype(str)
    positions = (
        ex.connections.dropna(subset=["member_key"])
        .drop_duplicates("member_key")
        .set_index("member_key")["position"]
    )
    sender_position = first["sender_key"].map(positions)
    flags = {
        "recruiter_title": is_recruiter_title(sender_position).to_numpy(dtype=bool),
        "inmail": (
            (subject != "")
            & (first["conversation_title"].isna() | (first["conversation_title"] == subject))
        ).to_numpy(dtype=bool),
        "sponsored": first["is_sponsored"].to_numpy(dtype=bool),
        "job_phrase": has_job_offer_phrase(subject + "\n" + body).to_numpy(dtype=bool),
    }
    offer = flags["recruiter_title"] | flags["job_phrase"]
    first, conv = first[offer], conv[offer]
    body, subject = body[offer], subject[offer]
    flags = {k: v[offer] for k, v in flags.items()}
    if first.empty:
        return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in _OFFERS.items()})
    terms = _owner_terms(ex)
    for name, pattern in terms.items():
        flags[name] = _contains(body, pattern)
    flags["placeholder"] = body.str.contains(PLACEHOLDER, regex=True).to_numpy(dtype=bool)
    cluster = _clusters(body, cutoff=near_duplicate)
    flags["near_duplicate"] = cluster > 0
    flags["long"] = (body.str.len() > LONG_MESSAGE).to_numpy(dtype=bool)
    score = (
        WEIGHTS["first_name"] * flags["first_name"]
        + WEIGHTS["company"] * flags["company"]
        + WEIGHTS["role_or_skill"] * flags["role_or_skill"]
        + WEIGHTS["unique"] * ~flags["near_duplicate"]
        + WEIGHTS["concise"] * ~flags["long"]
    )
    score = np.where(flags["placeholder"], 0.0, np.round(score, 6))
    fired = np.full(len(first), "", dtype=object)
    for name in _SIGNALS:
        fired = fired + np.where(flags[name], name + ";", "")
    c = conv
    out = pd.DataFrame(
        {
            "conversation_id": first["conversation_id"].to_numpy(),
            "sender_name": first["sender_name"].to_numpy(),
            "sender_key": first["sender_key"].to_numpy(),
            "sent_at": first["sent_at"].to_numpy(),
            "subject": first["subject"].to_numpy(),
            "language": detect_language(body).to_numpy(),
            "personalization": score,
            "personal": score >= personal_threshold,
            "signals": pd.Series(fired).str.rstrip(";").to_numpy(),
            "template_cluster": pd.array(np.where(cluster > 0, cluster, None), dtype="Int64"),
            "replied": c["first_reply_at"].notna().to_numpy(),
            "replied_at": c["first_reply_at"].to_numpy(),
        }
    )
    out["sent_at"] = pd.to_datetime(out["sent_at"], utc=True)
    out["replied_at"] = pd.to_datetime(out["replied_at"], utc=True)
    out = out.sort_values(["sent_at", "conversation_id"], kind="stable")
    return conform_out(out, _OFFERS)


_SUMMARY = {
    "group": "string",
    "offers": "int64",
    "replied": "int64",
    "reply_rate": "float64",
    "reply_rate_low": "float64",
    "reply_rate_high": "float64",
    "small_sample": "bool",
    "median_personalization": "float64",
}


def offer_summary(
    ex: Export | pd.DataFrame, *, by: str | None = None, personal_threshold: float = 0.5
) -> pd.DataFrame:
    """Compute the reply rate to inbound offers: all, personal and templated, with intervals.

    Parameters
    ----------
    ex : Export or pandas.DataFrame
        The member's export, or an :func:`inbound_offers` result (saves recomputing it).
    by : str, optional
        A column of :func:`inbound_offers` to split by as well, e.g. ``"language"``.
    personal_threshold : float, default 0.5
        Passed to :func:`inbound_offers` when ``ex`` is an Export.

    Returns
    -------
    pandas.DataFrame
        Rows ``all``, ``personal``, ``templated`` (always all three), each per value of
        ``by`` when given (then ``by`` is the first column):

        - ``group`` (string): ``all``; ``personal`` (``personal`` true); ``templated``.
        - ``offers`` (int): offer conversations in the group.
        - ``replied`` (int): of those, answered by the member.
        - ``reply_rate``, ``reply_rate_low``, ``reply_rate_high`` (float): ``replied`` ÷
          ``offers`` with a 95 % Wilson interval (NaN without offers).
        - ``small_sample`` (bool): ``offers`` < 30.
        - ``median_personalization`` (float): median score in the group.
    """
    offers = (
        ex
        if isinstance(ex, pd.DataFrame)
        else inbound_offers(ex, personal_threshold=personal_threshold)
    )
    parts = []
    keys = [by] if by else []
    for group, sel in (
        ("all", np.ones(len(offers), dtype=bool)),
        ("personal", offers["personal"].to_numpy(dtype=bool)),
        ("templated", ~offers["personal"].to_numpy(dtype=bool)),
    ):
        sub = offers[sel]
        if by:
            g = sub.groupby(by, dropna=False)
            agg = g.agg(
                offers=("replied", "size"),
                replied=("replied", "sum"),
                median_personalization=("personalization", "median"),
            ).reset_index()
        else:
            agg = pd.DataFrame(
                {
                    "offers": [len(sub)],
                    "replied": [int(sub["replied"].sum())],
                    "median_personalization": [sub["personalization"].median()],
                }
            )
        agg.insert(len(keys), "group", group)
        parts.append(agg)
    out = pd.concat(parts, ignore_index=True)
    if by:
        out = out.sort_values([by, "group"], kind="stable", key=_group_order)
    out = add_rates(out, "reply_rate", "replied", "offers")
    cols = {by: "string"} if by else {}
    return conform_out(out, cols | _SUMMARY)


def _group_order(col: pd.Series) -> pd.Series:
    if col.name == "group":
        return col.map({"all": 0, "personal": 1, "templated": 2})
    return col
