"""Synthetic outreach event logs in networkkit's canonical form (DESIGN.md, "Outreach")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from networkkit.sample import _phrases as ph
from networkkit.sample import _text as tx

DAY = 86_400
DEFAULT_AS_OF = pd.Timestamp("2026-11-20 09:00:00", tz="UTC")

#: template → (true reply probability of a delivered thread, channel)
TEMPLATES: dict[str, tuple[float, str]] = {
    "short-intro": (0.08, "email"),
    "value-first": (0.15, "email"),
    "warm-referral": (0.25, "email"),
    "inmail-personal": (0.20, "linkedin"),
}
#: campaign → (share of threads, channel, templates drawn uniformly, senders drawn uniformly)
CAMPAIGNS: dict[str, tuple[float, str, tuple[str, ...], tuple[str, ...]]] = {
    "q1-data-engineers": (
        0.35, "email", ("short-intro", "value-first"), ("Maya Okafor", "Jonas Weber")
    ),
    "referral-program": (0.20, "email", ("warm-referral", "value-first"), ("Ingrid Solberg",)),
    "linkedin-sourcing": (
        0.25, "linkedin", ("inmail-personal",), ("Ken Sato", "Maya Okafor")
    ),
    "spring-hiring": (0.20, "email", ("short-intro", "warm-referral"), ("Jonas Weber",)),
}  # fmt: skip
BOUNCE_RATE = 0.04
MACHINE_OPENER_SHARE = 0.30
MAX_REPLY_DAYS = 40
EVENTS = ("sent", "bounced", "opened", "clicked", "replied")
COLUMNS = (
    "thread_id",
    "event",
    "at",
    "step",
    "recipient_key",
    "sender",
    "campaign",
    "template",
    "channel",
    "positive",
    "machine",
)


def _recipient_keys(rng: np.random.Generator, n: int) -> np.ndarray:
    firsts = [tx.slug_part(f, ascii_only=True) for lg in ph.LANGUAGES for f in ph.FIRST[lg]]
    lasts = [tx.slug_part(la, ascii_only=True) for lg in ph.LANGUAGES for la in ph.LAST[lg]]
    firsts = [f for f in firsts if f]
    lasts = [la for la in lasts if la]
    first = tx.take(firsts, rng.integers(0, len(firsts), n))
    last = tx.take(lasts, rng.integers(0, len(lasts), n))
    return first + "-" + last + "-" + tx.hex_ids(rng, n, 8)


def _decode(codes: np.ndarray, values: Any) -> pa.Array:
    """Return ``values[codes]`` as an Arrow string array (dictionary decoding, fast)."""
    dictionary = values if isinstance(values, pa.Array) else pa.array(values, type=pa.string())
    indices = pa.array(np.asarray(codes, dtype=np.int32))
    return pa.DictionaryArray.from_arrays(indices, dictionary).cast(pa.string())


def _table(threads: int, seed: int, as_of: pd.Timestamp) -> pa.Table:
    """Draw the event log as an Arrow table (sorted by thread, time, event)."""
    rng = np.random.default_rng([seed, 7])
    n = int(threads)
    end = int(as_of.timestamp())
    names = list(CAMPAIGNS)
    templates = list(TEMPLATES)
    senders = sorted({s for c in CAMPAIGNS.values() for s in c[3]})
    campaign = rng.choice(len(names), size=n, p=[CAMPAIGNS[c][0] for c in names])
    tpl_pick = rng.integers(0, 1 << 30, n)
    snd_pick = rng.integers(0, 1 << 30, n)
    template = np.empty(n, dtype=np.int64)
    sender = np.empty(n, dtype=np.int64)
    for c, name in enumerate(names):  # four campaigns
        rows = campaign == c
        options = [templates.index(t) for t in CAMPAIGNS[name][2]]
        people = [senders.index(s) for s in CAMPAIGNS[name][3]]
        template[rows] = np.array(options)[tpl_pick[rows] % len(options)]
        sender[rows] = np.array(people)[snd_pick[rows] % len(people)]
    channels = ["email", "linkedin"]
    email = np.array([CAMPAIGNS[c][1] == "email" for c in names])[campaign]
    p_reply = np.array([TEMPLATES[t][0] for t in templates])[template]

    # first touch on a working day morning-to-evening, spread over the year before as_of
    day0 = end // DAY - rng.integers(0, 365, n)
    t1 = day0 * DAY + rng.integers(7 * 3600, 18 * 3600, n)
    t1 = np.minimum(t1, end - 60)
    bounced = email & (rng.random(n) < BOUNCE_RATE)
    delivered = ~bounced
    replied = delivered & (rng.random(n) < p_reply)
    delay = np.clip(2 * DAY * np.exp(1.1 * rng.standard_normal(n)), 1200, MAX_REPLY_DAYS * DAY)
    reply_at = np.where(replied, t1 + delay.astype(np.int64), np.iinfo(np.int64).max)

    # follow-ups: 0-3 planned at 3-8 day gaps; 12 % aggressive: 4 follow-ups 1-3 days apart
    planned = rng.choice(4, size=n, p=[0.15, 0.35, 0.30, 0.20])
    aggressive = rng.random(n) < 0.12
    planned = np.where(aggressive, 4, planned)
    gaps = np.where(
        aggressive[:, None],
        rng.uniform(1, 3, (n, 4)) * DAY,
        rng.uniform(3, 8, (n, 4)) * DAY,
    ).astype(np.int64)
    touch_at = t1[:, None] + np.concatenate([np.zeros((n, 1), np.int64), np.cumsum(gaps, 1)], 1)
    step_no = np.arange(1, 6)[None, :]
    sent_ok = (step_no == 1) | (
        delivered[:, None]
        & (step_no <= planned[:, None] + 1)
        & (touch_at < reply_at[:, None])
        & (touch_at <= end)
    )
    s_thread, s_col = np.nonzero(sent_ok)
    s_at = touch_at[s_thread, s_col]
    s_step = s_col + 1

    b_thread = np.flatnonzero(bounced)
    b_at = t1[b_thread] + rng.integers(2, 120, len(b_thread))

    # opens: machine opens seconds after every delivered email touch (Apple MPP-like proxies);
    # human opens: all repliers before replying, 40 % of the others, a third of them twice
    machine_user = email & delivered & (rng.random(n) < MACHINE_OPENER_SHARE)
    m_mask = machine_user[s_thread]
    m_thread = s_thread[m_mask]
    m_at = s_at[m_mask] + rng.integers(1, 30, int(m_mask.sum()))
    human = email & delivered & (replied | (rng.random(n) < 0.40))
    first_open = np.where(
        replied,
        t1 + (np.minimum(reply_at - t1, MAX_REPLY_DAYS * DAY) * rng.uniform(0.1, 0.9, n)),
        t1 + np.clip(5 * 3600 * np.exp(1.5 * rng.standard_normal(n)), 60, 20 * DAY),
    ).astype(np.int64)
    again = human & (rng.random(n) < 0.33)
    second_open = first_open + rng.integers(600, 3 * DAY, n)
    h_thread = np.concatenate([np.flatnonzero(human), np.flatnonzero(again)])
    h_at = np.concatenate([first_open[human], second_open[again]])
    clicker = human & (rng.random(n) < np.where(replied, 0.30, 0.12))
    c_thread = np.flatnonzero(clicker)
    c_at = first_open[clicker] + rng.integers(5, 600, len(c_thread))

    r_thread = np.flatnonzero(replied)
    r_at = reply_at[r_thread]
    mood = rng.random(len(r_thread))
    # 45 % interested (1), 40 % not (0), 15 % unmarked (-1)
    mood_code = np.where(mood < 0.45, 1, np.where(mood < 0.85, 0, -1)).astype(np.int8)

    thread = np.concatenate([s_thread, b_thread, m_thread, h_thread, c_thread, r_thread])
    at = np.concatenate([s_at, b_at, m_at, h_at, c_at, r_at])
    code = np.concatenate(
        [
            np.zeros(len(s_thread), np.int8),
            np.full(len(b_thread), 1, np.int8),
            np.full(len(m_thread) + len(h_thread), 2, np.int8),
            np.full(len(c_thread), 3, np.int8),
            np.full(len(r_thread), 4, np.int8),
        ]
    )
    step = np.concatenate([s_step, np.zeros(len(at) - len(s_step), np.int64)])
    is_machine = np.concatenate(
        [np.zeros(len(s_thread) + len(b_thread), bool), np.ones(len(m_thread), bool),
         np.zeros(len(at) - len(s_thread) - len(b_thread) - len(m_thread), bool)]
    )  # fmt: skip
    pos_full = np.concatenate([np.full(len(at) - len(r_thread), -1, np.int8), mood_code])
    keep = at <= end
    base = int(at.min()) if len(at) else 0
    bits = max(int(at.max() - base).bit_length() if len(at) else 1, 1)
    key = (thread.astype(np.int64) << (bits + 3)) | ((at - base) << 3) | code
    order = np.argsort(key, kind="stable")
    order = order[keep[order]]
    thread, at, code, step = thread[order], at[order], code[order], step[order]
    is_machine, pos_full = is_machine[order], pos_full[order]

    width = max(6, len(str(max(n - 1, 0))))
    ids = pa.array("th-" + tx.decimal(np.arange(n), width), type=pa.string())
    keys = _recipient_keys(rng, n)
    reuse = rng.random(n) < 0.05  # some people are contacted by two campaigns
    keys[reuse] = keys[rng.integers(0, n, int(reuse.sum()))]
    is_sent = code == 0
    is_open = code == 2
    return pa.table(
        {
            "thread_id": _decode(thread, ids),
            "event": _decode(code, EVENTS),
            "at": pa.array(at.astype("datetime64[s]").astype("datetime64[us]")).cast(
                pa.timestamp("us", tz="UTC")
            ),
            "step": pa.array(step, mask=~is_sent, type=pa.int64()),
            "recipient_key": _decode(thread, keys),
            "sender": _decode(sender[thread], senders),
            "campaign": _decode(campaign[thread], names),
            "template": _decode(template[thread], templates),
            "channel": _decode((~email[thread]).astype(np.int64), channels),
            "positive": pa.array(pos_full == 1, mask=pos_full < 0, type=pa.bool_()),
            "machine": pa.array(is_machine, mask=~is_open, type=pa.bool_()),
        }
    )


def _as_of(as_of: Any) -> pd.Timestamp:
    if as_of is None:
        return DEFAULT_AS_OF
    ts = pd.Timestamp(as_of)
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def events(*, threads: int = 2000, seed: int = 0, as_of: Any = None) -> pd.DataFrame:
    """Draw a synthetic outreach event log in the canonical form.

    Each thread is one recipient contacted by one campaign. The true parameters, which the
    funnel measures should recover on large draws:

    - campaigns (share of threads, channel, templates, senders): ``q1-data-engineers`` 35 %,
      email, short-intro / value-first, Maya Okafor / Jonas Weber; ``referral-program`` 20 %,
      email, warm-referral / value-first, Ingrid Solberg; ``linkedin-sourcing`` 25 %,
      linkedin, inmail-personal, Ken Sato / Maya Okafor; ``spring-hiring`` 20 %, email,
      short-intro / warm-referral, Jonas Weber. Templates and senders are drawn uniformly
      within a campaign.
    - first touch: uniform over the 365 days before ``as_of``, between 07:00 and 18:00 UTC.
    - bounces: 4 % of email threads bounce 2–120 s after the first touch, and get nothing else;
      LinkedIn threads never bounce.
    - true reply rate of a delivered thread by template: short-intro 8 %, value-first 15 %,
      warm-referral 25 %, inmail-personal 20 % (:data:`TEMPLATES`); independent of campaign,
      sender and follow-ups. The reply comes ``2 days × exp(1.1 Z)`` after the first touch,
      clipped to [20 min, 40 days], so threads older than 40 days at ``as_of`` are decided.
      Replies are positive 45 %, negative 40 %, unmarked (NA) 15 %.
    - follow-ups: 0, 1, 2 or 3 planned (15/35/30/20 %), 3–8 days apart; 12 % of threads are
      aggressive, with 4 follow-ups 1–3 days apart (more than 3 in 14 days). A follow-up is
      sent only before the reply and before ``as_of``.
    - opens (email only): 30 % of delivered recipients sit behind a machine-opening proxy:
      a ``machine`` open 1–30 s after every touch. Human opens: every replier once before the
      reply, 40 % of the others within hours to days; a third of human openers open twice.
      Clicks follow a human open for 30 % of repliers and 12 % of other openers.
    - events after ``as_of`` are not in the log: young threads are still undecided.

    Parameters
    ----------
    threads : int, default 2000
        Number of threads (about four events each).
    seed : int, default 0
        Seed of the random generator; the same arguments give the same log.
    as_of : str or pandas.Timestamp, optional
        End of the data, default 2026-11-20 09:00 UTC.

    Returns
    -------
    pandas.DataFrame
        Columns ``thread_id`` (string, ``th-000042``), ``event`` (``sent``, ``bounced``,
        ``opened``, ``clicked``, ``replied``), ``at`` (``datetime64[us, UTC]``), ``step``
        (``Int64``, on ``sent``: 1 = first touch), ``recipient_key``, ``sender``,
        ``campaign``, ``template``, ``channel`` (``email`` / ``linkedin``), ``positive``
        (``boolean``, on ``replied``), ``machine`` (``boolean``, on ``opened``); strings use
        the Arrow-backed ``string`` dtype. Sorted by thread, time and event.
    """
    table = _table(threads, seed, _as_of(as_of))
    mapping = {
        pa.string(): pd.StringDtype("pyarrow"),
        pa.bool_(): pd.BooleanDtype(),
        pa.int64(): pd.Int64Dtype(),
    }
    return table.to_pandas(types_mapper=mapping.get)


def write_events(path: str | Path, **kwargs: Any) -> Path:
    """Write :func:`events` to a CSV or Parquet file, chosen by the suffix of ``path``.

    In CSV, ``at`` is written as ``2026-03-09T14:05:00Z``, booleans as ``true`` / ``false``
    and missing values as empty fields.

    Parameters
    ----------
    path : str or pathlib.Path
        Target file ending in ``.csv`` or ``.parquet``.
    **kwargs
        ``threads``, ``seed`` and ``as_of``, as for :func:`events`.

    Returns
    -------
    pathlib.Path
        The file written.

    Raises
    ------
    ValueError
        If the suffix is neither ``.csv`` nor ``.parquet``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise ValueError(f"write_events writes .csv or .parquet files, not {path.name!r}")
    threads = kwargs.pop("threads", 2000)
    seed = kwargs.pop("seed", 0)
    as_of = _as_of(kwargs.pop("as_of", None))
    if kwargs:
        raise TypeError(f"unexpected arguments: {', '.join(kwargs)}")
    table = _table(threads, seed, as_of)
    path.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".parquet":
        import pyarrow.parquet as pq  # imported on demand: it is slow to import

        pq.write_table(table, path)
        return path
    # a zone-less cast to text is far faster than strftime; the values are UTC
    at = table["at"].cast(pa.timestamp("s", tz="UTC")).cast(pa.timestamp("s")).cast(pa.string())
    at = pc.replace_substring(at, " ", "T", max_replacements=1)
    at = pc.binary_join_element_wise(at, pa.scalar("Z"), "")
    table = table.set_column(table.schema.get_field_index("at"), "at", at)
    pacsv.write_csv(table, path, pacsv.WriteOptions(quoting_style="needed"))
    return path
