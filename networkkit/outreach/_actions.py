"""What the sender should do next: follow-ups due, threads to stop, templates to pause.

The rules (METRICS.md, "Next actions") follow the field's advice on follow-ups — a steady,
discreet rhythm of at most three follow-ups within two weeks of the first touch — and act on a
template or a send window only when a test says the difference is not chance.
"""

from __future__ import annotations

from typing import Any

import narwhals as nw
import numpy as np
import pandas as pd

from networkkit._stats import SMALL_SAMPLE, add_rate
from networkkit.outreach._group_tests import compare
from networkkit.outreach._log_schema import as_lazy, to_pandas
from networkkit.outreach._threads import _utc, days, latest, thread_detail

__all__ = [
    "KINDS",
    "SEND_WINDOWS",
    "channel_switches",
    "channel_switching",
    "follow_up_status",
    "next_actions",
    "send_window",
]

#: Action kinds, in the order they are ranked.
KINDS = ("follow_up", "stop_follow_up", "pause_template", "send_window")

#: Send windows (UTC hours of the first touch, weekday or weekend), in order.
SEND_WINDOWS = (
    "weekday morning (06–12)",
    "weekday afternoon (12–18)",
    "weekday evening or night (18–06)",
    "weekend",
)

_STATUS = {
    "thread_id": "string",
    "recipient_key": "string",
    "template": "string",
    "channel": "string",
    "first_touch_at": "datetime64[us, UTC]",
    "last_touch_at": "datetime64[us, UTC]",
    "follow_ups": "int64",
    "days_since_first": "float64",
    "days_since_last": "float64",
    "replied": "bool",
    "first_reply_at": "datetime64[us, UTC]",
    "bounced": "bool",
    "status": "string",
}


def _until(events: Any, as_of: Any) -> tuple[nw.LazyFrame, pd.Timestamp]:
    lf = as_lazy(events, by=[])
    when = latest(lf) if as_of is None else _utc(as_of)
    return lf.filter(nw.col("at") <= nw.lit(when.to_pydatetime())), when


def _optional(lf: nw.LazyFrame, name: str) -> list[str]:
    return [name] if name in lf.collect_schema().names() else []


def follow_up_status(
    events: Any,
    *,
    as_of: Any = None,
    max_follow_ups: int = 3,
    window_days: float = 14,
    min_gap_days: float = 3,
    active_days: float = 14,
) -> pd.DataFrame:
    """Where each thread stands against "at most three follow-ups within two weeks".

    Only events up to ``as_of`` count. A thread without a reply (after its first touch) and
    not bounced is, at ``as_of``:

    - ``due``: fewer than ``max_follow_ups`` follow-ups, first touch at most
      ``window_days`` ago, and the last touch at least ``min_gap_days`` ago — a steady,
      discreet rhythm of one touch every few days;
    - ``wait``: the same, but the last touch is younger than ``min_gap_days``;
    - ``stop``: still being worked (last touch within ``active_days``) but out of budget:
      ``max_follow_ups`` follow-ups already sent, or the first touch more than
      ``window_days`` ago;
    - ``closed``: no reply, and nothing sent for ``active_days`` (the sequence ended).

    A thread with a reply is ``replied``; one whose first touch bounced is ``bounced``.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (pandas, Polars, DuckDB or PySpark).
    as_of : datetime-like, optional
        The moment to judge at (UTC); default the latest event.
    max_follow_ups : int, default 3
        Most follow-ups after the first touch.
    window_days : float, default 14
        Follow-ups belong within this many days of the first touch.
    min_gap_days : float, default 3
        Fewest days between two touches.
    active_days : float, default 14
        A thread touched within this many days is still being worked.

    Returns
    -------
    pandas.DataFrame
        One row per thread with a touch, ordered by first touch:

        - ``thread_id``, ``recipient_key``, ``template``, ``channel`` (string): the thread,
          and the recipient, template and channel of its first touch (NA if the log lacks
          the column).
        - ``first_touch_at``, ``last_touch_at`` (datetime, UTC): its first and last touch.
        - ``follow_ups`` (int): touches after the first, up to the first reply.
        - ``days_since_first``, ``days_since_last`` (float): days to ``as_of``.
        - ``replied`` (bool), ``first_reply_at`` (datetime, UTC): the first reply after the
          first touch (NaT if none).
        - ``bounced`` (bool).
        - ``status`` (string): ``due``, ``wait``, ``stop``, ``closed``, ``replied`` or
          ``bounced``.
    """
    lf, when = _until(events, as_of)
    by = [c for c in ("recipient_key", "template", "channel") if _optional(lf, c)]
    t = thread_detail(lf, by, columns=("first_touch_at", "bounced", "replied"))
    last = (
        lf.filter(nw.col("event") == "sent")
        .group_by("thread_id")
        .agg(nw.col("at").max().alias("last_touch_at"))
    )
    df = to_pandas(t.join(last, on="thread_id", how="left"))
    df = df.sort_values(["first_touch_at", "thread_id"], kind="stable").reset_index(drop=True)
    for c in ("recipient_key", "template", "channel"):
        if c not in df.columns:
            df[c] = pd.NA
    df["follow_ups"] = df["follow_ups"].fillna(0).astype("int64")
    df["replied"] = df["replied"].astype(bool)
    df["bounced"] = df["bounced"].astype(bool)
    df["days_since_first"] = days(when - df["first_touch_at"])
    df["days_since_last"] = days(when - df["last_touch_at"])
    open_ = ~df["replied"] & ~df["bounced"]
    in_window = df["days_since_first"] <= window_days
    budget = df["follow_ups"] < max_follow_ups
    active = df["days_since_last"] <= active_days
    status = np.select(
        [
            df["bounced"],
            df["replied"],
            open_ & in_window & budget & (df["days_since_last"] >= min_gap_days),
            open_ & in_window & budget,
            open_ & active,
        ],
        ["bounced", "replied", "due", "wait", "stop"],
        default="closed",
    )
    df["status"] = status
    return df[list(_STATUS)].astype(_STATUS)


def _window(first_touch: pd.Series) -> pd.Series:
    hour = first_touch.dt.hour
    weekend = first_touch.dt.dayofweek >= 5
    label = np.select(
        [weekend, (hour >= 6) & (hour < 12), (hour >= 12) & (hour < 18)],
        [SEND_WINDOWS[3], SEND_WINDOWS[0], SEND_WINDOWS[1]],
        default=SEND_WINDOWS[2],
    )
    return pd.Series(label, index=first_touch.index, dtype="string")


def send_window(
    events: Any,
    *,
    as_of: Any = None,
    alpha: float = 0.05,
    min_threads: int = 30,
    status: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Reply rate by send window of the first touch, and whether one is significantly best.

    Windows (UTC): weekday morning 06–12, afternoon 12–18, evening or night 18–06, and the
    weekend. Windows with fewer than ``min_threads`` delivered threads are left out of the
    test (too few to tell). The windows are compared with
    :func:`~networkkit.outreach.compare` (chi-square or Fisher, pairs adjusted with Holm).

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine).
    as_of : datetime-like, optional
        Count events up to this moment; default all.
    alpha : float, default 0.05
        Family-wise error rate.
    min_threads : int, default 30
        Fewest delivered threads for a window to be compared.
    status : pandas.DataFrame, optional
        A :func:`follow_up_status` result for the same ``as_of``, to save recomputing it.

    Returns
    -------
    pandas.DataFrame
        One row per window with delivered threads, in :data:`SEND_WINDOWS` order:
        ``window`` (string), ``delivered``, ``replied`` (int), ``reply_rate``,
        ``reply_rate_low``, ``reply_rate_high`` (float), ``compared`` (bool: enough threads
        to be tested), ``best`` (bool: the compared window with the highest rate that is
        significantly better than every other compared window after Holm's correction;
        no row is best when none is).
    """
    s = follow_up_status(events, as_of=as_of) if status is None else status
    s = s[~s["bounced"].to_numpy(dtype=bool)].copy()
    s["window"] = _window(s["first_touch_at"])
    # a two-event log per thread (first touch, first reply) grouped by window, for compare()
    sent = pd.DataFrame(
        {"thread_id": s["thread_id"], "event": "sent", "at": s["first_touch_at"], "step": 1}
    )
    got = s[s["replied"].to_numpy(dtype=bool)]
    rep = pd.DataFrame(
        {"thread_id": got["thread_id"], "event": "replied", "at": got["first_reply_at"]}
    )
    log = pd.concat([sent, rep], ignore_index=True)
    # each row's window by position (the rows above, in order): no per-thread lookup table
    log["window"] = pd.concat([s["window"], got["window"]], ignore_index=True)
    log["step"] = log["step"].astype("Int64")
    counts = s.groupby("window").agg(delivered=("replied", "size"), replied=("replied", "sum"))
    compared = counts.index[counts["delivered"] >= min_threads]
    best = None
    if len(compared) >= 2:
        res = compare(log[log["window"].isin(compared)], by="window", alpha=alpha)
        top = res.summary.sort_values("reply_rate", ascending=False).iloc[0]["window"]
        pairs = res.pairwise[(res.pairwise["group_a"] == top) | (res.pairwise["group_b"] == top)]
        if len(pairs) == len(compared) - 1 and pairs["significant"].all():
            best = top
    out = counts.reindex([w for w in SEND_WINDOWS if w in counts.index]).reset_index()
    out = out.rename(columns={"index": "window"})
    add_rate(out, "reply_rate", "replied", "delivered")
    out["compared"] = out["window"].isin(compared)
    out["best"] = out["window"] == best
    return out.astype({"window": "string", "delivered": "int64", "replied": "int64"})


_ACTIONS = {
    "rank": "int64",
    "kind": "string",
    "thread_id": "string",
    "recipient_key": "string",
    "template": "string",
    "since": "datetime64[us, UTC]",
    "days": "float64",
    "reason": "string",
    "priority": "float64",
}


def _pct(x: float) -> str:
    return f"{100 * x:.0f} %"


def _replies(n: int) -> str:
    return "1 reply" if n == 1 else f"{n} replies"


def _n_follow_ups(n: int) -> str:
    return "no follow-up" if n == 0 else ("1 follow-up" if n == 1 else f"{n} follow-ups")


def next_actions(
    events: Any,
    *,
    as_of: Any = None,
    top_n: int = 10,
    per_kind: int | None = 4,
    max_follow_ups: int = 3,
    window_days: float = 14,
    min_gap_days: float = 3,
    active_days: float = 14,
    alpha: float = 0.05,
    min_threads: int = 30,
) -> pd.DataFrame:
    """Rank what the sender should do next, at most ``top_n`` actions.

    Rules, in rank order (METRICS.md, "Next actions"):

    1. ``follow_up``: threads :func:`follow_up_status` marks ``due`` — the oldest first
       touch first (its two weeks end soonest). A thread that switched channel is told to
       go back to the channel of its first touch.
    2. ``stop_follow_up``: threads marked ``stop`` — the most follow-ups first.
    3. ``pause_template``: a template whose reply rate is significantly lower than the best
       template's (:func:`~networkkit.outreach.compare`, pairs adjusted with Holm's method at
       ``alpha``); never on a difference that could be chance.
    4. ``send_window``: a send window significantly better than every other
       (:func:`send_window`), only when each compared window has ``min_threads`` threads.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (pandas, Polars, DuckDB or PySpark).
    as_of : datetime-like, optional
        The moment to judge at (UTC); default the latest event.
    top_n : int, default 10
        Most actions returned.
    per_kind : int or None, default 4
        Most actions of one kind, so that a long list of one kind does not hide the others
        (:func:`follow_up_status` lists them all); None for no limit.
    max_follow_ups, window_days, min_gap_days, active_days : optional
        As for :func:`follow_up_status`.
    alpha : float, default 0.05
        Family-wise error rate of the template and window comparisons.
    min_threads : int, default 30
        As for :func:`send_window`.

    Returns
    -------
    pandas.DataFrame
        One row per action, best first:

        - ``rank`` (int): 1, 2, …
        - ``kind`` (string): one of :data:`KINDS`.
        - ``thread_id``, ``recipient_key`` (string): the thread (NA for a template or window).
        - ``template`` (string): the thread's template, or the template to pause.
        - ``since`` (datetime, UTC): the thread's last touch (NaT for a template or window).
        - ``days`` (float): days from ``since`` to ``as_of``.
        - ``reason`` (string): one plain-English line.
        - ``priority`` (float): the kind's weight (4 for ``follow_up`` down to 1) plus a
          tie-breaker under 1; higher first.
    """
    status = follow_up_status(
        events,
        as_of=as_of,
        max_follow_ups=max_follow_ups,
        window_days=window_days,
        min_gap_days=min_gap_days,
        active_days=active_days,
    )
    if _optional(_until(events, as_of)[0], "channel"):
        switched = channel_switches(events, as_of=as_of).set_index("thread_id")["switched"]
    else:
        switched = pd.Series(dtype=bool)
    rows: list[dict] = []

    def add(kind: str, i: int, n: int, **fields: object) -> None:
        weight = len(KINDS) - KINDS.index(kind)
        rows.append({"kind": kind, "priority": weight + 1 - (i + 1) / (n + 1), **fields})

    due = status[(status["status"] == "due").to_numpy(dtype=bool)]
    for i, r in enumerate(due.itertuples(index=False)):
        left = int(np.ceil(window_days - r.days_since_first))
        within = "today" if left <= 1 else f"within the next {left} days"
        reason = (
            f"No reply; last touch {r.days_since_last:.0f} days ago, "
            f"{_n_follow_ups(r.follow_ups)} so far: send follow-up {r.follow_ups + 1} of "
            f"{max_follow_ups} {within}."
        )
        if bool(switched.get(r.thread_id, False)) and pd.notna(r.channel):
            reason = reason[:-1] + f", by {r.channel} like the first touch."
        add(
            "follow_up",
            i,
            len(due),
            thread_id=r.thread_id,
            recipient_key=r.recipient_key,
            template=r.template,
            since=r.last_touch_at,
            reason=reason,
        )
    stop = status[(status["status"] == "stop").to_numpy(dtype=bool)]
    stop = stop.sort_values(["follow_ups", "first_touch_at"], ascending=[False, True])
    for i, r in enumerate(stop.itertuples(index=False)):
        if r.follow_ups > max_follow_ups:
            why = f"{r.follow_ups} follow-ups without a reply, more than {max_follow_ups}"
        elif r.follow_ups == max_follow_ups:
            why = f"{r.follow_ups} follow-ups without a reply, the most advised"
        else:
            why = (
                f"first touch {r.days_since_first:.0f} days ago without a reply, past the "
                f"{window_days:g}-day window"
            )
        add(
            "stop_follow_up",
            i,
            len(stop),
            thread_id=r.thread_id,
            recipient_key=r.recipient_key,
            template=r.template,
            since=r.last_touch_at,
            reason=f"{why[0].upper()}{why[1:]}: stop following up.",
        )
    if status["template"].notna().any():
        lf, _ = _until(events, as_of)
        res = compare(lf, by="template", alpha=alpha)
        summ = res.summary.set_index("template")
        if len(summ) >= 2:
            best = summ["reply_rate"].idxmax()
            worse = res.pairwise[res.pairwise["significant"].astype(bool)]
            worse = worse[(worse["group_a"] == best) | (worse["group_b"] == best)]
            names = [
                b if a == best else a
                for a, b in zip(worse["group_a"], worse["group_b"], strict=True)
            ]
            names = sorted(names, key=lambda g: summ.loc[g, "reply_rate"])
            for i, g in enumerate(names):
                s, b = summ.loc[g], summ.loc[best]
                add(
                    "pause_template",
                    i,
                    len(names),
                    thread_id=pd.NA,
                    recipient_key=pd.NA,
                    template=g,
                    since=pd.NaT,
                    reason=(
                        f"Template “{g}” got {_replies(s['replied'])} from {s['delivered']} "
                        f"({_pct(s['reply_rate'])}), against {b['replied']} from "
                        f"{b['delivered']} ({_pct(b['reply_rate'])}) for “{best}”: too large "
                        "a gap to be chance. Pause it."
                    ),
                )
    win = send_window(events, as_of=as_of, alpha=alpha, min_threads=min_threads, status=status)
    for r in win[win["best"].to_numpy(dtype=bool)].itertuples(index=False):
        add(
            "send_window",
            0,
            1,
            thread_id=pd.NA,
            recipient_key=pd.NA,
            template=pd.NA,
            since=pd.NaT,
            reason=(
                f"First touches sent on a {r.window} (UTC) got {_pct(r.reply_rate)} replies, "
                "clearly more than at other times: send then."
            ),
        )
    out = pd.DataFrame(rows, columns=list(_ACTIONS))
    if out.empty:
        return out.astype(_ACTIONS)
    out["since"] = pd.to_datetime(out["since"], utc=True)
    lf, when = _until(events, as_of)
    out["days"] = days(when - out["since"])
    out = out.sort_values("priority", ascending=False, kind="stable")
    if per_kind is not None:
        out = out[(out.groupby("kind").cumcount() < per_kind).to_numpy(dtype=bool)]
    out = out.head(top_n)
    out["rank"] = np.arange(1, len(out) + 1)
    return out.reset_index(drop=True).astype(_ACTIONS)


_SWITCH = {
    "thread_id": "string",
    "first_channel": "string",
    "other_channel": "string",
    "touches": "int64",
    "switched": "bool",
    "replied": "bool",
    "bounced": "bool",
}


def channel_switches(events: Any, *, as_of: Any = None) -> pd.DataFrame:
    """Tell whether each thread stayed in the channel of its first touch.

    The field's rule is "one channel per conversation": a follow-up goes by the channel of
    the first touch.

    Only touches sent up to the first reply count (after a reply, moving to a call is the
    conversation going well, not a switch). A touch with no channel never counts as a switch.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log with a ``channel`` column (any engine).
    as_of : datetime-like, optional
        Count events up to this moment; default all.

    Returns
    -------
    pandas.DataFrame
        One row per thread with a touch, ordered by ``thread_id``:

        - ``thread_id`` (string).
        - ``first_channel`` (string): the channel of the first touch.
        - ``other_channel`` (string): another channel used before a reply (the first in
          alphabetical order), else NA.
        - ``touches`` (int): touches up to the first reply.
        - ``switched`` (bool): a touch before the reply went by another channel.
        - ``replied`` (bool): a reply came after the first touch.
        - ``bounced`` (bool): the first touch bounced.
    """
    lf, _ = _until(events, as_of)
    if not _optional(lf, "channel"):
        raise ValueError("channel_switches needs a 'channel' column in the event log")
    t = thread_detail(lf, ["channel"], columns=("first_touch_at", "bounced", "replied"))
    t = t.rename({"channel": "first_channel"})
    reply = nw.col("first_reply_at")
    touches = (
        lf.filter(nw.col("event") == "sent")
        .select("thread_id", "at", "channel")
        .join(t.select("thread_id", "first_channel", "first_reply_at"), on="thread_id")
        .filter(reply.is_null() | (nw.col("at") <= reply))
        .filter((nw.col("channel") != nw.col("first_channel")).fill_null(False))
        .group_by("thread_id")
        .agg(nw.col("channel").min().alias("other_channel"))
    )
    df = to_pandas(
        t.join(touches, on="thread_id", how="left").select(
            "thread_id", "first_channel", "other_channel", "touches", "replied", "bounced"
        )
    )
    df["switched"] = df["other_channel"].notna()
    df["replied"] = df["replied"].astype(bool)
    df["bounced"] = df["bounced"].astype(bool)
    df["touches"] = df["touches"].fillna(0)
    df = df.sort_values("thread_id", kind="stable").reset_index(drop=True)
    return df[list(_SWITCH)].astype(_SWITCH)


def channel_switching(
    events: Any, *, as_of: Any = None, min_touches: int = 2, confidence: float = 0.95
) -> pd.DataFrame:
    """Reply rate of threads that switched channel against those that stayed in one.

    Only delivered threads with at least ``min_touches`` touches before a reply are
    compared: a thread with one touch cannot switch, and including it would credit
    "stayed" with every first-touch reply.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log with a ``channel`` column (any engine).
    as_of : datetime-like, optional
        Count events up to this moment; default all.
    min_touches : int, default 2
        Fewest touches for a thread to be compared.
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    pandas.DataFrame
        Two rows, ``stayed`` and ``switched`` (always both):

        - ``group`` (string).
        - ``threads`` (int): threads in the group.
        - ``replied`` (int): of those, with a reply.
        - ``reply_rate``, ``reply_rate_low``, ``reply_rate_high`` (float): ``replied`` ÷
          ``threads`` with a Wilson interval.
        - ``small_sample`` (bool): ``threads`` < 30.
    """
    sw = channel_switches(events, as_of=as_of)
    delivered = ~sw["bounced"]
    sw = sw[(delivered & (sw["touches"] >= min_touches)).to_numpy(dtype=bool)]
    rows = []
    for group, sel in (("stayed", ~sw["switched"]), ("switched", sw["switched"])):
        sub = sw[sel.to_numpy(dtype=bool)]
        rows.append({"group": group, "threads": len(sub), "replied": int(sub["replied"].sum())})
    out = pd.DataFrame(rows)
    add_rate(out, "reply_rate", "replied", "threads", confidence=confidence)
    out["small_sample"] = out["threads"] < SMALL_SAMPLE
    return out.astype({"group": "string", "threads": "int64", "replied": "int64"})
