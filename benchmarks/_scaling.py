"""The scaling table (issue 19): every measure the reports call, timed at three sizes.

For each size one fresh interpreter (``_worker.py scaling EXPORT EVENTS REPEATS``) loads the
export and the outreach log (not timed), then runs every measure ``repeats`` times, each run
*cold*: the network layer's shared cache of prepared messages is emptied first, so a measure's
time includes the preparation it would pay alone (a measure slower than 30 s runs once).
Each run records wall time
(``time.perf_counter``) and CPU time (``time.process_time``); the medians are kept. A measure's
peak memory is its own: the kernel's high-water mark (``VmHWM``) is reset to the current
resident size by writing ``5`` to ``/proc/self/clear_refs`` before the first run, and the
growth above the resident size before the call is read back after it.

Across the three sizes the growth exponent is the slope of a least-squares line through
``(log n, log seconds)`` (:func:`numpy.polyfit`). A measure is *flagged* when both its wall and
its CPU exponent exceed :data:`LIMIT` (1.3): a busy minute on the shared machine can lift one of
them, an algorithm that grows faster than ``n log n`` lifts both.
"""

from __future__ import annotations

import gc
import math
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

#: Growth exponent above which a measure is flagged (``n log n`` over 10k–1M fits ~1.1).
LIMIT = 1.3

#: A measure slower than this (seconds) is run once, not ``repeats`` times.
ONCE_ABOVE_S = 30.0

#: Messages (network) and threads (outreach) per scale: the three sizes of the table.
SIZES = {
    "full": (10_000, 100_000, 1_000_000),
    "toy": (500, 1_000, 2_000),
}


def export_sizes(messages: int) -> dict[str, int]:
    """Return the export's sizes for ``messages``: connections and invitations grow with it.

    At 1M messages this is the load benchmark's export (30,000 connections, 20,000
    invitations), so the network measures scale in every table they read, not only one.
    """
    return {
        "connections": max(300, messages * 3 // 100),
        "messages": messages,
        "invitations": max(200, messages // 50),
    }


def network_measures(nk: Any) -> dict[str, Callable[[Any], Any]]:
    """Return every network measure the reports and ``networkkit summary`` call, by name."""
    net = nk.network
    return {
        "growth": net.growth,
        "companies": lambda ex: net.companies(ex, top=10),
        "people_at": lambda ex: net.people_at(ex, "Northwind"),
        "met_in_person": net.met_in_person,
        "met_in_person_summary": net.met_in_person_summary,
        "invitations": net.invitations,
        "pending_invitations": net.pending_invitations,
        "reciprocity": net.reciprocity,
        "initiative": net.initiative,
        "unanswered": net.unanswered,
        "unanswered_summary": net.unanswered_summary,
        "follow_up_etiquette": net.follow_up_etiquette,
        "response_latency": net.response_latency,
        "response_latency_curve": net.response_latency_curve,
        "freshness": net.freshness,
        "freshness_summary": net.freshness_summary,
        "keep_warm": lambda ex: net.keep_warm(ex, top_n=None),
        "inbound_offers": net.inbound_offers,
        "offer_summary": lambda ex: net.offer_summary(net.inbound_offers(ex)),
        "offers_in_words": lambda ex: net.offers_in_words(net.inbound_offers(ex)),
        "waiting": net.waiting,
        "profile_checklist": net.profile_checklist,
        "headline": net.headline,
        "next_actions": lambda ex: net.next_actions(ex, top_n=10),
        "network_results": net.network_results,
        "from_messages": nk.outreach.from_messages,
    }


def outreach_measures(nk: Any) -> dict[str, Callable[[Any], Any]]:
    """Return every outreach measure the outreach report calls, by name."""
    out = nk.outreach
    return {
        "threads": out.threads,
        "funnel": out.funnel,
        "funnel_by_template": lambda ev: out.funnel(ev, by="template"),
        "funnel_stages": lambda ev: out.funnel_stages(out.funnel(ev)),
        "reply_within": lambda ev: out.reply_within(ev, days=7),
        "linkedin_response_rate": out.linkedin_response_rate,
        "time_to_reply": lambda ev: out.time_to_reply(ev, resolution="1h"),
        "time_to_reply_by_channel": lambda ev: out.time_to_reply(
            ev, by="channel", resolution="1h"
        ),
        "reply_curve": lambda ev: out.reply_curve(ev, resolution="1h"),
        "reply_by_step": out.reply_by_step,
        "compare": lambda ev: out.compare(ev, by="template"),
        "cadence": out.cadence,
        "cadence_summary": out.cadence_summary,
        "follow_up_counts": out.follow_up_counts,
        "follow_up_status": out.follow_up_status,
        "send_time": out.send_time,
        "send_time_margins": lambda ev: out.send_time_margins(out.send_time(ev)),
        "send_window": out.send_window,
        "channel_switching": out.channel_switching,
        "channel_switches": out.channel_switches,
        "headline": out.headline,
        "next_actions": lambda ev: out.next_actions(ev, top_n=10),
    }


def _status_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> bool:
    """Reset this process's ``VmHWM`` to its current resident size; False where refused."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _forget(nk: Any) -> None:
    """Empty the caches a measure may fill, so that every run is a cold one."""
    from networkkit.network import _common

    _common._CACHE.clear()
    gc.collect()


def run_measure(nk: Any, fn: Callable[[Any], Any], data: Any, repeats: int) -> dict:
    """Time ``fn(data)`` ``repeats`` times, cold; its own peak memory from the first run."""
    walls, cpus, peak = [], [], float("nan")
    for i in range(repeats):
        _forget(nk)
        exact = i == 0 and _reset_peak()
        before = _status_mib("VmRSS")
        c0, t0 = time.process_time(), time.perf_counter()
        fn(data)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        if exact:
            peak = max(0.0, _status_mib("VmHWM") - before)
        if walls[-1] > ONCE_ABOVE_S:
            break
    return {
        "seconds": statistics.median(walls),
        "cpu_seconds": statistics.median(cpus),
        "all": walls,
        "cpu": cpus,
        "peak_mib": peak,
    }


def task(export: str, events: str, repeats: str = "3", only: str = "") -> dict:
    """Worker task: load both inputs, then measure every network and outreach measure."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    import networkkit as nk

    n = int(repeats)
    chosen = set(filter(None, only.split(",")))
    ex = nk.load_export(export)
    mapping = {
        pa.string(): pd.StringDtype("pyarrow"),
        pa.large_string(): pd.StringDtype("pyarrow"),
        pa.bool_(): pd.BooleanDtype(),
        pa.int64(): pd.Int64Dtype(),
    }
    log = pq.read_table(events).to_pandas(types_mapper=mapping.get)
    out: dict = {
        "messages": len(ex.messages),
        "connections": len(ex.connections),
        "threads": int(log["thread_id"].nunique()),
        "events": len(log),
        "network": {},
        "outreach": {},
    }
    for group, measures, data in (
        ("network", network_measures(nk), ex),
        ("outreach", outreach_measures(nk), log),
    ):
        for name, fn in measures.items():
            if chosen and not chosen & {group, name, f"{group}.{name}"}:
                continue
            out[group][name] = run_measure(nk, fn, data, n)
    return out


def exponent(sizes: list[float], seconds: list[float]) -> float:
    """Slope of the least-squares line through ``(log size, log seconds)``."""
    x = np.log(np.asarray(sizes, dtype=float))
    y = np.log(np.maximum(np.asarray(seconds, dtype=float), 1e-6))
    slope, _ = np.polyfit(x, y, 1)
    return float(slope)


def table(runs: list[dict]) -> list[dict]:
    """One row per measure across the sizes of ``runs`` (ordered by size): figures and fits."""
    rows = []
    for group, size_key in (("network", "messages"), ("outreach", "threads")):
        sizes = [r[size_key] for r in runs]
        for name in runs[0][group]:
            got = [r[group][name] for r in runs]
            wall = [g["seconds"] for g in got]
            cpu = [g["cpu_seconds"] for g in got]
            e_wall, e_cpu = exponent(sizes, wall), exponent(sizes, cpu)
            rows.append(
                {
                    "measure": f"{group}.{name}",
                    "n": sizes,
                    "seconds": wall,
                    "cpu_seconds": cpu,
                    "peak_mib": [g["peak_mib"] for g in got],
                    "exponent": e_wall,
                    "exponent_cpu": e_cpu,
                    "flag": e_wall > LIMIT and e_cpu > LIMIT,
                }
            )
    return rows


def _size(n: int) -> str:
    return f"{n // 1_000_000}M" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n / 1000:g}k"


def format_table(rows: list[dict]) -> str:
    """The printed scaling table: seconds and MiB at each size, the fits, the flag."""
    if not rows:
        return "(no measures)"
    sizes = rows[0]["n"]
    head = (
        f"{'measure':<34}"
        + "".join(f"{'s @' + _size(n):>10}" for n in sizes)
        + "".join(f"{'MiB @' + _size(n):>11}" for n in sizes)
        + f"{'exp':>6}{'cpu':>6}  "
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        mem = "".join(f"{'-' if math.isnan(m) else format(m, '.0f'):>11}" for m in r["peak_mib"])
        lines.append(
            f"{r['measure']:<34}"
            + "".join(f"{s:>10.3f}" for s in r["seconds"])
            + mem
            + f"{r['exponent']:>6.2f}{r['exponent_cpu']:>6.2f}  "
            + ("FLAG" if r["flag"] else "")
        )
    return "\n".join(lines)
