"""From events to threads: the one per-thread aggregation every measure builds on.

Everything here stays lazy and runs inside the engine that holds the events (pandas, Polars,
DuckDB, PySpark) through narwhals; only the public :func:`threads` collects its result.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import narwhals as nw
import pandas as pd

from networkkit.outreach._log_schema import as_lazy, not_recorded, to_pandas, tracked_events

__all__ = ["threads"]

MACHINE_OPENS = ("exclude", "include")


def _by_list(by: str | Sequence[str] | None) -> list[str]:
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    return list(by)


def _check_machine(machine_opens: str) -> None:
    if machine_opens not in MACHINE_OPENS:
        raise ValueError(f"machine_opens must be 'exclude' or 'include', not {machine_opens!r}")


def _utc(ts: Any) -> pd.Timestamp:
    t = pd.Timestamp(ts)
    return t.tz_localize("UTC") if t.tzinfo is None else t.tz_convert("UTC")


def _strings_by_join(lf: nw.LazyFrame) -> bool:
    """Whether to fetch a thread's group by a join rather than a min over strings.

    DuckDB, Polars and Spark take the min of a string column per group natively, in the same
    single group-by; pandas falls back to Python per group (hundreds of times slower), so
    there the first touch's value is joined on instead. Both give the value of the step-1
    touch.
    """
    return lf.implementation.is_pandas_like()


_BASE_COLUMNS = (
    "first_touch_at",
    "bounced",
    "delivered",
    "opened",
    "opened_any",
    "clicked",
    "replied",
    "positive",
)
#: Private thread columns a caller may ask for besides the base ones: ``_nk_good`` is 1 when a
#: reply after the first touch is marked positive, else 0 (``positive`` without its nulls).
_EXTRA_COLUMNS = ("_nk_good",)


def _flagged(
    lf: nw.LazyFrame, by: list[str], machine_opens: str, columns: Sequence[str]
) -> tuple[nw.LazyFrame, list[nw.Expr]]:
    """Add the per-event columns the thread aggregation needs; return them and its aggregates.

    Only what ``columns`` (thread columns, see :func:`thread_base`) needs is computed: on tens
    of millions of events every per-event column costs (the funnel spent most of its time on
    flags it did not use; benchmarks/README.md). Flags stay booleans, aggregated with ``any``
    (``bool_or``), not integers cast per event; the casts to 0/1 happen once per thread.
    """
    want = set(columns)
    unknown = want - set(_BASE_COLUMNS) - set(_EXTRA_COLUMNS)
    if unknown:
        raise ValueError(f"unknown thread columns: {sorted(unknown)}")
    cols = set(lf.collect_schema().names())
    ev = nw.col("event")
    at = nw.col("at")
    sent = ev == "sent"
    replied = ev == "replied"
    flags: dict[str, nw.Expr] = {
        "_nk_s": sent,
        "_nk_ts": nw.when(sent).then(at),
        "_nk_st": nw.when(sent).then(nw.col("step")),
    }
    aggs = [
        nw.col("_nk_s").any().alias("_nk_sent"),
        nw.col("_nk_ts").min().alias("first_touch_at"),
        nw.col("_nk_st").min().alias("_nk_min_step"),
    ]

    def flag(name: str, expr: nw.Expr, out: str) -> None:
        flags[name] = expr
        aggs.append(nw.col(name).any().alias(out))

    if want & {"bounced", "delivered"}:
        flag("_nk_b", ev == "bounced", "bounced")
    opened = ev == "opened"
    if "opened" in want:
        human = opened & ~nw.col("machine").fill_null(False) if "machine" in cols else opened
        flag("_nk_o", human if machine_opens == "exclude" else opened, "opened")
    if "opened_any" in want:
        flag("_nk_oa", opened, "opened_any")
    if "clicked" in want:
        flag("_nk_c", ev == "clicked", "clicked")
    if want & {"replied", "positive"}:
        flags["_nk_tr"] = nw.when(replied).then(at)
        aggs.append(nw.col("_nk_tr").max().alias("_nk_last_reply"))
    if "positive" in cols:
        judged = replied & ~nw.col("positive").is_null()
        good = replied & nw.col("positive").fill_null(False)
    else:  # never true: a null time per event, typed like ``at`` on every engine
        judged = good = replied & ~replied
    if "positive" in want:
        flags["_nk_tj"] = nw.when(judged).then(at)
        aggs.append(nw.col("_nk_tj").max().alias("_nk_last_judged"))
    if want & {"positive", "_nk_good"}:
        flags["_nk_tg"] = nw.when(good).then(at)
        aggs.append(nw.col("_nk_tg").max().alias("_nk_last_good"))
    if not _strings_by_join(lf):
        first_touch = sent & (nw.col("step") == 1)
        for i, b in enumerate(by):
            flags[f"_nk_by_{i}"] = nw.when(first_touch).then(nw.col(b))
            aggs.insert(i, nw.col(f"_nk_by_{i}").min())
    return lf.with_columns(**flags), aggs


def started_in_log() -> nw.Expr:
    """Whether a thread's first touch is in the log (over :func:`_flagged`'s aggregates).

    METRICS.md, "a thread that starts at step 2": a thread whose logged touches all carry
    step 2 or later began before the log did; its first touch, its group and its steps are
    unknown, so it is left out of every measure (:func:`read_events` counts them in
    ``attrs["started_before_log"]``). Touches without a step number do not decide it.
    """
    return nw.col("_nk_min_step").is_null() | (nw.col("_nk_min_step") <= 1)


def _finish_threads(
    t: nw.LazyFrame, lf: nw.LazyFrame, by: list[str], columns: Sequence[str]
) -> nw.LazyFrame:
    want = set(columns)
    t = t.filter(nw.col("_nk_sent") & started_in_log())
    first = nw.col("first_touch_at")

    def after(name: str) -> nw.Expr:
        """Return 1 where the time ``name`` is after the first touch, else 0."""
        return (nw.col(name) > first).fill_null(False).cast(nw.Int64)

    done: dict[str, nw.Expr] = {}
    for name in ("bounced", "opened", "opened_any", "clicked"):
        if name in want:
            done[name] = nw.col(name).cast(nw.Int64)
    if "delivered" in want:
        done["delivered"] = 1 - nw.col("bounced").cast(nw.Int64)
    if "replied" in want:
        done["replied"] = after("_nk_last_reply")
    if "positive" in want:  # null when no reply after the first touch carries a mark
        judged = (nw.col("_nk_last_judged") > first).fill_null(False)
        done["positive"] = nw.when(judged).then(after("_nk_last_good"))
    if "_nk_good" in want:
        done["_nk_good"] = after("_nk_last_good")
    t = t.with_columns(**done)
    if by and not _strings_by_join(lf):
        t = t.rename({f"_nk_by_{i}": b for i, b in enumerate(by)})
    elif by:
        # the thread's group is that of its first touch (see _strings_by_join)
        first_touch = (nw.col("event") == "sent") & (nw.col("step") == 1)
        firsts = (
            lf.filter(first_touch)
            .select("thread_id", *by)
            .unique(subset=["thread_id"], keep="any")
        )
        t = t.join(firsts, on="thread_id", how="left")
    return t


def thread_base(
    lf: nw.LazyFrame,
    by: list[str],
    *,
    machine_opens: str = "exclude",
    columns: Sequence[str] = _BASE_COLUMNS,
) -> tuple[nw.LazyFrame, nw.LazyFrame]:
    """One lazy row per thread that has a touch; one group-by over the events.

    Returns the flagged events and the thread frame with columns ``thread_id``, by-columns,
    ``first_touch_at`` and, of ``bounced``, ``delivered``, ``opened``, ``opened_any``,
    ``clicked``, ``replied`` (a reply after the first touch), ``positive`` (1 when a reply
    after the first touch is marked positive, 0 when such replies are marked but none
    positive, else null) and ``_nk_good`` (``positive`` with 0 for null), those named in
    ``columns`` (default: all but ``_nk_good``) — flags as 0/1 integers. Ask only for what is
    used: each column is work per event. A thread's by-value is that of its first touch
    (step 1); null when it has no step-1 touch.
    """
    keep = ["first_touch_at", *(c for c in columns if c != "first_touch_at")]
    ev, aggs = _flagged(lf, by, machine_opens, keep)
    t = _finish_threads(ev.group_by("thread_id").agg(*aggs), lf, by, keep)
    return ev, t.select("thread_id", *by, *keep)


def first_replies(
    lf: nw.LazyFrame,
    by: list[str],
    *,
    keep: nw.Expr | None = None,
    columns: Sequence[str] = ("delivered",),
    machine_opens: str = "exclude",
) -> nw.LazyFrame:
    """One lazy row per thread with a touch: :func:`thread_base` plus ``first_reply_at``.

    ``first_reply_at`` is the first reply after the first touch (null if none). The threads'
    first touches are joined to the replies only (a small share of the events), not spread
    over every event with a window. ``keep`` (an expression over the thread columns) selects
    threads before that join; ``columns`` are the :func:`thread_base` columns to carry.
    """
    _, t = thread_base(lf, by, machine_opens=machine_opens, columns=columns)
    if keep is not None:
        t = t.filter(keep)
    replies = lf.filter(nw.col("event") == "replied").select("thread_id", _nk_r=nw.col("at"))
    firsts = (
        replies.join(t.select("thread_id", "first_touch_at"), on="thread_id", how="inner")
        .filter(nw.col("_nk_r") > nw.col("first_touch_at"))
        .group_by("thread_id")
        .agg(nw.col("_nk_r").min().alias("first_reply_at"))
    )
    return t.join(firsts, on="thread_id", how="left")


def thread_detail(
    lf: nw.LazyFrame,
    by: list[str],
    *,
    machine_opens: str = "exclude",
    touch_times: int = 0,
    columns: Sequence[str] = _BASE_COLUMNS,
) -> nw.LazyFrame:
    """:func:`thread_base` (its ``columns``) plus the reply time and the touches before it.

    Adds ``first_reply_at`` (first reply after the first touch), ``touches`` (touches
    sent up to the first reply, or all if none), ``reached_step`` (highest step among them),
    ``follow_ups`` (touches − 1), ``follow_ups_14d`` (follow-ups within 14 days of the first
    touch), and ``_nk_t2`` … ``_nk_t{touch_times}`` (time of touch k, when sent before the reply).

    The threads' first touch and first reply are joined to the replies and to the touches
    (not spread over every event with per-thread windows: those cost a third more CPU in
    DuckDB on a million threads).
    """
    keep = ["first_touch_at", *(c for c in columns if c != "first_touch_at")]
    t = first_replies(lf, by, columns=keep, machine_opens=machine_opens)
    reply = nw.col("first_reply_at")
    at = nw.col("at")
    step = nw.col("step")
    follow = step >= 2
    touches = (
        lf.filter(nw.col("event") == "sent")
        .select("thread_id", "step", "at")
        .unique()  # a touch logged twice is one touch (METRICS.md), on every engine
        .join(t.select("thread_id", "first_touch_at", "first_reply_at"), on="thread_id")
        .filter(reply.is_null() | (at <= reply))
        .with_columns(
            _nk_fu=follow.cast(nw.Int64),
            _nk_fu14=(follow & (at <= nw.col("first_touch_at").dt.offset_by("14d"))).cast(
                nw.Int64
            ),
            **{f"_nk_t{k}": nw.when(step == k).then(at) for k in range(2, touch_times + 1)},
        )
        .group_by("thread_id")
        .agg(
            nw.len().alias("touches"),
            step.max().alias("reached_step"),
            nw.col("_nk_fu").sum().alias("follow_ups"),
            nw.col("_nk_fu14").sum().alias("follow_ups_14d"),
            *[nw.col(f"_nk_t{k}").min() for k in range(2, touch_times + 1)],
        )
    )
    t = t.join(touches, on="thread_id", how="left").with_columns(
        *[nw.col(c).fill_null(0) for c in ("touches", "follow_ups", "follow_ups_14d")]
    )
    extra = ["first_reply_at", "touches", "reached_step", "follow_ups", "follow_ups_14d"]
    extra += [f"_nk_t{k}" for k in range(2, touch_times + 1)]
    return t.select("thread_id", *by, *keep, *extra)


def tracking(events: Any, per_thread: pd.DataFrame) -> dict[str, bool]:
    """Whether opens and clicks are tracked: from the reader's record, else from the data.

    A log with no ``opened`` (``clicked``) event at all is taken not to track them: LinkedIn
    and Gem logs have none, and a real email campaign with opens tracked has at least one.
    ``per_thread`` is a collected :func:`thread_base` table (``opened_any``, ``clicked``).
    """
    known = tracked_events(events)
    if known is not None:
        return {"opened": "opened" in known, "clicked": "clicked" in known}
    return {
        "opened": bool(pd.to_numeric(per_thread["opened_any"]).fillna(0).sum()),
        "clicked": bool(pd.to_numeric(per_thread["clicked"]).fillna(0).sum()),
    }


def latest(lf: nw.LazyFrame) -> pd.Timestamp:
    """Return the latest event time in the log (the default ``as_of``)."""
    got = to_pandas(lf.select(nw.col("at").max()))
    return got["at"].iloc[0]


def given_as_of(events: Any, as_of: Any) -> Any:
    """``as_of``, else the end of the data the log came with (``attrs["as_of"]``), else None.

    :func:`from_messages` records the export's ``as_of`` there, so that threads without a
    reply are censored where the export ends, not at its last message.
    """
    if as_of is not None:
        return as_of
    attrs = getattr(events, "attrs", None)
    return attrs.get("as_of") if isinstance(attrs, dict) else None


def untimed(events: Any) -> bool:
    """Whether time measures are "not tracked" for this log.

    True when the reader recorded that the source has no event times (Apollo's flags) or
    no replies (a mapped source without a reply event): any time to reply, window or
    cadence would then be made up.
    """
    return bool(not_recorded(events) & {"times", "replied"})


def resolve_as_of(lf: nw.LazyFrame, as_of: Any) -> pd.Timestamp:
    """``as_of`` as a UTC Timestamp; the latest event time when None."""
    return latest(lf) if as_of is None else _utc(as_of)


def days(td: pd.Series) -> pd.Series:
    """Return timedeltas as float days (a day is 24 hours)."""
    return pd.to_timedelta(td).dt.total_seconds() / 86400.0


def threads(
    events: Any,
    *,
    by: str | Sequence[str] | None = None,
    machine_opens: str = "exclude",
) -> pd.DataFrame:
    """One row per thread: its first touch, touches, and what came back.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (pandas, Polars, DuckDB or PySpark; see :func:`read_events`).
    by : str or list of str, optional
        Columns to carry per thread (their value on the first touch).
    machine_opens : {"exclude", "include"}, default "exclude"
        Whether opens flagged ``machine`` (e.g. Apple Mail Privacy Protection) count as opens.

    Returns
    -------
    pandas.DataFrame
        One row per thread with at least one ``sent`` event, ordered by ``first_touch_at``:

        - ``thread_id`` (str): the thread.
        - by-columns: the thread's value (that of its first touch).
        - ``first_touch_at`` (datetime, UTC): time of the first touch.
        - ``steps`` (int): touches sent up to the first reply (all touches if none).
        - ``bounced`` (bool): the first touch bounced.
        - ``opened``, ``clicked`` (boolean): ≥ 1 open / click; NA when the source does not
          track them.
        - ``replied`` (bool): ≥ 1 reply after the first touch.
        - ``first_reply_at`` (datetime, UTC): time of the first such reply; NaT if none.
        - ``days_to_reply`` (float): first reply − first touch, in days.
        - ``positive`` (boolean): a reply was marked positive; NA when not marked or no reply.
        - ``follow_ups_before_reply`` (int): follow-ups (steps 2+) sent before the reply.
    """
    _check_machine(machine_opens)
    by_cols = _by_list(by)
    lf = as_lazy(events, by=by_cols)
    t = to_pandas(thread_detail(lf, by_cols, machine_opens=machine_opens))
    track = tracking(events, t)
    t = t.sort_values(["first_touch_at", "thread_id"], kind="stable").reset_index(drop=True)
    replied = t["replied"].astype(bool).to_numpy()
    out = pd.DataFrame({"thread_id": t["thread_id"].astype("string")})
    for b in by_cols:
        out[b] = t[b]
    out["first_touch_at"] = t["first_touch_at"]
    out["steps"] = t["touches"].fillna(0).astype("int64")
    out["bounced"] = t["bounced"].astype(bool)
    for name in ("opened", "clicked"):
        col = t[name].astype("boolean")
        out[name] = col if track[name] else pd.array([pd.NA] * len(t), dtype="boolean")
    out["replied"] = replied
    out["first_reply_at"] = t["first_reply_at"].where(replied)
    out["days_to_reply"] = days(out["first_reply_at"] - out["first_touch_at"])
    pos = t["positive"].astype("Float64").astype("boolean")
    out["positive"] = pos.where(replied, pd.NA)
    out["follow_ups_before_reply"] = t["follow_ups"].fillna(0).astype("int64")
    return out
