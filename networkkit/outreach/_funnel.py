"""The outreach funnel and the windowed reply rates (METRICS.md, "Outreach funnel")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import narwhals as nw
import numpy as np
import pandas as pd

from networkkit._stats import SMALL_SAMPLE, add_rate
from networkkit.outreach._log_schema import as_lazy, not_recorded, to_pandas, tracked_events
from networkkit.outreach._threads import (
    _by_list,
    _check_machine,
    _utc,
    first_replies,
    given_as_of,
    resolve_as_of,
    thread_base,
    untimed,
)

__all__ = ["funnel", "linkedin_response_rate", "reply_within"]

_COUNTS = ("sent", "bounced", "delivered", "opened", "clicked", "replied", "positive")
#: Channels whose messages carry no open pixel or tracked link: LinkedIn messages and InMail
#: (LinkedIn's export has neither), calls, texts, meetings. Compared in lower case.
UNTRACKED_CHANNELS = (
    "linkedin",
    "message",
    "inmail",
    "phone",
    "phone call",
    "call",
    "sms",
    "text",
    "text message",
    "meeting",
)
_RATES = (
    ("open_rate", "opened", "tracked"),
    ("click_rate", "clicked", "tracked"),
    ("reply_rate", "replied", "delivered"),
    ("positive_rate", "positive", "delivered"),
    ("click_to_open", "clicked", "opened"),
)


def _grouped(t: nw.LazyFrame, by: list[str], aggs: list[nw.Expr]) -> pd.DataFrame:
    """Aggregate per group inside the engine and bring the small result back, sorted."""
    res = t.group_by(*by).agg(*aggs) if by else t.select(*aggs)
    df = to_pandas(res)
    if by:
        df = df.sort_values(by, kind="stable", na_position="last").reset_index(drop=True)
    return df


def _as_counts(df: pd.DataFrame, names: Sequence[str]) -> None:
    for name in names:
        df[name] = pd.to_numeric(df[name]).fillna(0).astype("int64")


def _finish_rates(df: pd.DataFrame, rates: Sequence[tuple[str, str, str]], confidence: float):
    for name, k, n in rates:
        add_rate(df, name, k, n, confidence=confidence)
        for col in (name, f"{name}_low", f"{name}_high"):
            df[col] = df[col].astype("Float64")


def _threads_with(lf: nw.LazyFrame, by: list[str], machine_opens: str, what: str) -> int:
    """Count threads with an open (``opened_any``) or a marked delivered reply (``_nk_judged``)."""
    if what == "opened_any":
        _, t = thread_base(lf, by, machine_opens=machine_opens, columns=["opened_any"])
        hit = nw.col("opened_any")
    else:
        _, t = thread_base(lf, by, machine_opens=machine_opens, columns=["delivered", "positive"])
        hit = (~nw.col("positive").is_null()).cast(nw.Int64) * nw.col("delivered")
    got = to_pandas(t.select(hit.sum().alias("n")))
    return int(pd.to_numeric(got["n"]).fillna(0).iloc[0])


def funnel(
    events: Any,
    by: str | Sequence[str] | None = None,
    *,
    machine_opens: str = "exclude",
    confidence: float = 0.95,
    as_of: Any = None,
) -> pd.DataFrame:
    """Count threads at each stage of the funnel, with rates and Wilson intervals.

    One group-by over the events (per thread) and one over the threads (per group), both run
    inside the engine that holds ``events``; only the per-group counts come back.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log: pandas, Polars (eager or lazy), DuckDB relation or PySpark.
    by : str or list of str, optional
        Group by these columns (a thread's value is that of its first touch).
    machine_opens : {"exclude", "include"}, default "exclude"
        Whether opens flagged ``machine`` count as opens.
    confidence : float, default 0.95
        Level of the Wilson intervals.
    as_of : datetime-like, optional
        Count only events up to this moment (the funnel as it stood then). Default: all.

    Returns
    -------
    pandas.DataFrame
        One row per group (one row without ``by``), columns in this order:

        - by-columns.
        - ``sent`` (int): threads whose first touch was sent.
        - ``bounced`` (int): threads whose first touch bounced.
        - ``delivered`` (int): sent − bounced.
        - ``opened`` (Int64): delivered threads with ≥ 1 open; NA when opens are not tracked.
        - ``clicked`` (Int64): delivered threads with ≥ 1 click; NA when not tracked.
        - ``replied`` (int): delivered threads with ≥ 1 reply after the first touch.
        - ``positive`` (Int64): replied threads whose reply is marked positive; NA when no
          reply in the log carries a positive/negative mark.
        - ``open_rate``, ``click_rate`` (Float64): opened (clicked) ÷ ``tracked``;
          ``reply_rate``, ``positive_rate``: each count ÷ delivered; ``click_to_open``:
          clicked ÷ opened. Each rate is followed by
          ``<rate>_low`` and ``<rate>_high``, its Wilson interval. NA where undefined or not
          tracked.
        - ``small_sample`` (bool): delivered < 30.
        - ``machine_opens`` (str): ``"excluded"`` or ``"included"`` (opens flagged as machine
          opens), ``"not flagged"`` when the log has no ``machine`` column, ``"not tracked"``
          when it has no opens.
        - ``tracked`` (Int64): delivered threads whose first touch went by a channel that can
          track opens and clicks (anything but those in ``UNTRACKED_CHANNELS``: LinkedIn
          messages, InMail, calls, texts, meetings), the denominator of ``open_rate`` and
          ``click_rate``. Equal to ``delivered`` for an email-only log; NA when the log
          tracks neither opens nor clicks. In a group where it is 0, ``opened`` and
          ``clicked`` are NA ("not tracked"), never 0.

        ``attrs`` holds ``machine_opens`` and ``not_tracked`` (list of count columns).
    """
    _check_machine(machine_opens)
    by_cols = _by_list(by)
    lf = as_lazy(events, by=by_cols)
    has_machine = "machine" in lf.collect_schema().names()
    if as_of is not None:
        lf = lf.filter(nw.col("at") <= nw.lit(_utc(as_of).to_pydatetime()))
    has_channel = "channel" in lf.collect_schema().names()
    thread_by = [*by_cols, "channel"] if has_channel and "channel" not in by_cols else by_cols
    known = tracked_events(events)
    has_mark = "positive" in lf.collect_schema().names()
    # only the thread columns the counts use: every one is work per event (benchmarks/README.md)
    columns = ["bounced", "delivered", "opened", "clicked", "replied", "_nk_good"]
    _, t = thread_base(lf, thread_by, machine_opens=machine_opens, columns=columns)
    d = nw.col("delivered")
    rep = nw.col("replied") * d
    if has_channel:  # a thread is tracked unless its first touch went by an untracked channel
        untracked = nw.col("channel").str.to_lowercase().is_in(list(UNTRACKED_CHANNELS))
        tracked = 1 - untracked.fill_null(False).cast(nw.Int64)
    else:
        tracked = nw.lit(1)
    t = t.with_columns(_nk_td=d * tracked)
    t = t.with_columns(
        _nk_o=nw.col("opened") * nw.col("_nk_td"),
        _nk_c=nw.col("clicked") * nw.col("_nk_td"),
        _nk_r=rep,
        _nk_p=nw.col("_nk_good") * rep,
    )
    df = _grouped(
        t,
        by_cols,
        [
            nw.len().alias("sent"),
            nw.col("bounced").sum(),
            nw.col("delivered").sum(),
            nw.col("_nk_td").sum().alias("tracked"),
            nw.col("_nk_o").sum().alias("opened"),
            nw.col("_nk_c").sum().alias("clicked"),
            nw.col("_nk_r").sum().alias("replied"),
            nw.col("_nk_p").sum().alias("positive"),
        ],
    )
    _as_counts(df, [*_COUNTS, "tracked"])
    track = {
        "opened": ("opened" in known) if known is not None else bool(df["opened"].sum()),
        "clicked": ("clicked" in known) if known is not None else bool(df["clicked"].sum()),
        "positive": has_mark and bool(df["positive"].sum()),
    }
    # Rarely needed, so not computed per event above: whether any thread has an open at all
    # (human opens counted none: all machine opens, or none on tracking channels), and whether
    # any delivered reply carries a positive/negative mark (none was positive).
    if known is None and not track["opened"]:
        track["opened"] = _threads_with(lf, [], machine_opens, "opened_any") > 0
    if has_mark and not track["positive"]:
        track["positive"] = _threads_with(lf, [], machine_opens, "_nk_judged") > 0
    if not track["opened"]:
        machine = "not tracked"
    elif not has_machine or not _any_machine_open(lf):
        machine = "not flagged"  # "excluded" only when some opens were flagged
    else:
        machine = "excluded" if machine_opens == "exclude" else "included"
    # a stage the source does not record is not tracked, never 0 (a mapped log without replies)
    unrecorded = not_recorded(events)
    for name in ("bounced", "replied"):
        track[name] = name not in unrecorded
    if not track["replied"]:
        track["positive"] = False
    out = df[[*by_cols, *_COUNTS, "tracked"]].copy()
    for name in ("bounced", "opened", "clicked", "replied", "positive"):
        out[name] = out[name].astype("Int64")
        if not track[name]:
            out[name] = pd.array([pd.NA] * len(out), dtype="Int64")
    # a group with no delivered thread on a tracking channel has opens "not tracked", not 0
    no_tracking = (out["tracked"] == 0).to_numpy() & (out["delivered"] > 0).to_numpy()
    for name in ("opened", "clicked"):
        out[name] = out[name].mask(no_tracking)
    _finish_rates(out, _RATES, confidence)
    for name, k, n in _RATES:
        if out[k].isna().all() or out[n].isna().all():
            for col in (name, f"{name}_low", f"{name}_high"):
                out[col] = pd.array([pd.NA] * len(out), dtype="Float64")
    out["small_sample"] = out["delivered"].to_numpy() < SMALL_SAMPLE
    out["machine_opens"] = pd.array([machine] * len(out), dtype="string")
    if not track["opened"] and not track["clicked"]:
        out["tracked"] = pd.array([pd.NA] * len(out), dtype="Int64")
    out["tracked"] = out.pop("tracked").astype("Int64")
    out.attrs["machine_opens"] = machine
    out.attrs["not_tracked"] = [k for k, v in track.items() if not v]
    out.attrs["rates"] = {name: (k, n) for name, k, n in _RATES}
    return out


def _any_machine_open(lf: nw.LazyFrame) -> bool:
    """Whether any open in the log is flagged as a machine open."""
    flagged = (nw.col("event") == "opened") & nw.col("machine").fill_null(False)
    got = to_pandas(lf.select(flagged.cast(nw.Int64).max().alias("n")))
    return bool(pd.to_numeric(got["n"]).fillna(0).iloc[0])


def _windowed(
    events: Any,
    by: list[str],
    *,
    days: int,
    as_of: Any,
    denominator: str,
    confidence: float,
) -> pd.DataFrame:
    lf = as_lazy(events, by=by)
    when = resolve_as_of(lf, given_as_of(events, as_of))
    t = first_replies(lf, by)
    cutoff = nw.lit((when - pd.Timedelta(days=days)).to_pydatetime())
    old = (nw.col("first_touch_at") <= cutoff).cast(nw.Int64)
    base = nw.col("delivered") if denominator == "delivered" else nw.lit(1)
    hit = (
        (nw.col("first_reply_at") <= nw.col("first_touch_at").dt.offset_by(f"{days}d"))
        .fill_null(False)
        .cast(nw.Int64)
    )
    t = t.with_columns(
        _nk_e=old * base, _nk_h=old * base * hit * nw.col("delivered"), _nk_y=(1 - old) * base
    )
    df = _grouped(
        t,
        by,
        [
            nw.col("_nk_e").sum().alias("eligible"),
            nw.col("_nk_h").sum().alias("replied"),
            nw.col("_nk_y").sum().alias("censored"),
        ],
    )
    _as_counts(df, ["eligible", "replied", "censored"])
    if untimed(events):  # no reply times (or no replies): "within N days" is not tracked
        df["replied"] = pd.array([pd.NA] * len(df), dtype="Int64")
        df.attrs["not_tracked"] = ["times"]
    df.attrs["as_of"] = when
    return df


def reply_within(
    events: Any,
    *,
    days: int = 7,
    by: str | Sequence[str] | None = None,
    as_of: Any = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Share of delivered threads answered within ``days`` days of the first touch.

    Threads younger than ``days`` at ``as_of`` are not yet decided: they are censored (left
    out of both counts) and counted in ``censored``.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine).
    days : int, default 7
        The window N, in days of 24 hours.
    by : str or list of str, optional
        Group by these columns.
    as_of : datetime-like, optional
        When the data ends; default the latest event time.
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    pandas.DataFrame
        By-columns, then ``days`` (int), ``eligible`` (delivered threads at least N days old),
        ``replied`` (of those, first reply within N days), ``rate``, ``rate_low``,
        ``rate_high`` (Float64), ``censored`` (delivered threads younger than N days),
        ``small_sample`` (eligible < 30). ``attrs["as_of"]`` is the moment used.
    """
    by_cols = _by_list(by)
    df = _windowed(
        events, by_cols, days=days, as_of=as_of, denominator="delivered", confidence=confidence
    )
    out = df[by_cols].copy()
    out["days"] = np.int64(days)
    out["eligible"] = df["eligible"]
    out["replied"] = df["replied"]
    _finish_rates(out, [("rate", "replied", "eligible")], confidence)
    out["censored"] = df["censored"]
    out["small_sample"] = out["eligible"].to_numpy() < SMALL_SAMPLE
    out.attrs.update(df.attrs)
    out.attrs["rates"] = {"rate": ("replied", "eligible")}
    return out


def linkedin_response_rate(
    events: Any,
    *,
    by: str | Sequence[str] | None = None,
    as_of: Any = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """LinkedIn Recruiter's response rate: replied within 30 days ÷ sent.

    This is LinkedIn's definition, not ours: its denominator is every thread *sent* (bounces
    cannot happen on LinkedIn), and a reply counts only within 30 days of the first touch.
    Sends younger than 30 days at ``as_of`` are pending: they are censored (left out of both
    counts, as LinkedIn does) and reported in ``censored``. LinkedIn also counts a declined
    InMail as a response; an export shows a decline only if the member wrote back, so the rate
    here can be lower than the one LinkedIn shows.

    Parameters
    ----------
    events : DataFrame-like
        A canonical event log (any engine).
    by : str or list of str, optional
        Group by these columns.
    as_of : datetime-like, optional
        When the data ends; default the latest event time.
    confidence : float, default 0.95
        Wilson interval level.

    Returns
    -------
    pandas.DataFrame
        By-columns, then ``sent`` (threads sent at least 30 days before ``as_of``),
        ``replied_30d`` (of those, replied within 30 days), ``response_rate``,
        ``response_rate_low``, ``response_rate_high`` (Float64), ``censored`` (sends younger
        than 30 days, left out), ``small_sample`` (sent < 30). ``attrs["as_of"]`` and
        ``attrs["note"]`` say what was censored.
    """
    by_cols = _by_list(by)
    df = _windowed(
        events, by_cols, days=30, as_of=as_of, denominator="sent", confidence=confidence
    )
    out = df[by_cols].copy()
    out["sent"] = df["eligible"]
    out["replied_30d"] = df["replied"]
    _finish_rates(out, [("response_rate", "replied_30d", "sent")], confidence)
    out["censored"] = df["censored"]
    out["small_sample"] = out["sent"].to_numpy() < SMALL_SAMPLE
    out.attrs.update(df.attrs)
    out.attrs["rates"] = {"response_rate": ("replied_30d", "sent")}
    out.attrs["note"] = (
        f"{int(out['censored'].sum())} sends younger than 30 days at {df.attrs['as_of']} are "
        "pending and left out (LinkedIn Recruiter's definition)"
    )
    return out
