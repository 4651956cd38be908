"""Messy logs: networkkit against an independent reference (tests/outreach/outreach_reference.py).

Generated logs mix zone-less and offset times and epoch seconds, repeat rows exactly, come
out of order, lack optional columns, hold replies without a send and threads whose log
starts at step 2. Every measure must agree with the reference, written from METRICS.md.
Derandomized in CI; ``NETWORKKIT_FUZZ_SCALE=20`` searches longer (as tests/security).
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import os
import random
import tempfile
from pathlib import Path

import outreach_reference as ref
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import networkkit as nk

SCALE = float(os.environ.get("NETWORKKIT_FUZZ_SCALE", "1"))
START = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)
OFFSETS = [dt.timedelta(hours=h) for h in (-5, 0, 1, 2, 9)]


def _render(at: dt.datetime, how: int) -> str:
    """Write one instant in one of the ways real tools do."""
    if how == 0:
        return at.strftime("%Y-%m-%d %H:%M:%S")  # zone-less: UTC
    if how == 1:
        return at.strftime("%Y-%m-%dT%H:%M:%SZ")
    if how == 2:
        return str(int(at.timestamp()))  # epoch seconds
    zone = dt.timezone(OFFSETS[how % len(OFFSETS)])
    return at.astimezone(zone).isoformat()


@st.composite
def messy_logs(draw):
    rows: list[dict[str, str]] = []
    n_threads = draw(st.integers(1, 10))
    for i in range(n_threads):
        tid = f"t{i:02d}"
        template = draw(st.sampled_from(["Warm", "Cold"]))
        begin = START + dt.timedelta(minutes=draw(st.integers(0, 40 * 24 * 60)))
        shape = draw(st.sampled_from(["normal"] * 5 + ["reply_only", "starts_at_2"]))
        if shape == "reply_only":  # a reply without a send
            rows.append({"thread_id": tid, "event": "replied", "at": begin, "template": ""})
            continue
        first_step = 2 if shape == "starts_at_2" else 1
        n_touch = draw(st.integers(1, 5))
        at = begin
        for k in range(n_touch):
            if k:
                at = at + dt.timedelta(minutes=draw(st.integers(60, 9 * 24 * 60)))
            rows.append(
                {
                    "thread_id": tid,
                    "event": "sent",
                    "at": at,
                    "step": str(first_step + k),
                    "template": template,
                }
            )
        if draw(st.integers(0, 9)) == 0:
            rows.append(
                {"thread_id": tid, "event": "bounced", "at": begin + dt.timedelta(minutes=1)}
            )
        if draw(st.booleans()):
            rows.append(
                {
                    "thread_id": tid,
                    "event": "opened",
                    "at": begin + dt.timedelta(minutes=30),
                    "machine": draw(st.sampled_from(["true", "false", ""])),
                }
            )
        reply = draw(st.sampled_from([None, "early", "late", "before"]))
        if reply is not None:
            delta = {
                "early": dt.timedelta(minutes=draw(st.integers(1, 3 * 24 * 60))),
                "late": dt.timedelta(minutes=draw(st.integers(3 * 24 * 60, 30 * 24 * 60))),
                "before": -dt.timedelta(minutes=draw(st.integers(1, 600))),
            }[reply]
            rows.append({"thread_id": tid, "event": "replied", "at": begin + delta})
    # exact duplicates, out of order, mixed time formats, optional columns left out
    for _ in range(draw(st.integers(0, 4))):
        rows.append(dict(rows[draw(st.integers(0, len(rows) - 1))]))
    order = draw(st.permutations(range(len(rows))))
    rows = [rows[j] for j in order]
    hows = [draw(st.integers(0, 6)) for _ in rows]
    columns = ["thread_id", "event", "at"]
    columns += [c for c in ("step", "template", "machine") if draw(st.booleans())]
    return rows, hows, columns


def _write(path: Path, rows, hows, columns) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        for row, how in zip(rows, hows, strict=True):
            values = dict(row, at=_render(row["at"], how))
            if (
                "step" not in columns
                and values["event"] == "sent"
                and values.get("step") == "2"
                and False
            ):
                pass
            w.writerow([values.get(c, "") for c in columns])


def _same(a: float, b: float) -> bool:
    a, b = float(a), float(b)
    return (math.isnan(a) and math.isnan(b)) or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def _check(path: Path) -> None:
    ev = nk.outreach.read_events(path)
    mine = ref.read(path)
    ts = ref.threads(mine)
    latest = max(e.at for e in mine)
    as_of = latest + dt.timedelta(days=1)
    f = nk.outreach.funnel(ev)
    want = ref.funnel(ts)
    if not ts:
        assert len(ev) >= 0 and (f.empty or int(f["sent"].iloc[0]) == 0)
        return
    for name in ("sent", "bounced", "delivered", "replied"):
        assert int(f[name].iloc[0]) == want[name], name
    if any(e.kind == "opened" for e in mine):
        assert int(f["opened"].iloc[0]) == want["opened"]
    for days in (1, 7):
        got = nk.outreach.reply_within(ev, days=days, as_of=as_of)
        assert (int(got["eligible"].iloc[0]), int(got["replied"].iloc[0])) == ref.reply_within(
            ts, days, as_of
        )
    ttr = nk.outreach.time_to_reply(ev, as_of=as_of, at=(1, 3, 7))
    w = ref.time_to_reply(ts, as_of)
    if w["n"]:
        row = ttr.iloc[0]
        assert (int(row["n"]), int(row["replied"])) == (w["n"], w["replied"])
        assert _same(row["median_days"], w["median"])
        for d in (1, 3, 7):
            assert _same(row[f"replied_by_{d}d"], w[f"by_{d}"]), d
    steps = nk.outreach.reply_by_step(ev)
    got_steps = {
        int(r.step): (int(r.received), int(r.replied)) for r in steps.itertuples(index=False)
    }
    assert got_steps == ref.reply_by_step(ts)
    cad = nk.outreach.cadence_summary(ev).set_index("within_etiquette")
    want_cad = ref.cadence(ts)
    for side, key in ((True, "within"), (False, "beyond")):
        assert (int(cad.loc[side, "threads"]), int(cad.loc[side, "replied"])) == want_cad[key]


RUNS = max(1, int(20 * SCALE))


@settings(
    derandomize=SCALE == 1,
    database=None,
    deadline=None,
    max_examples=RUNS,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(log=messy_logs())
def test_measures_agree_with_the_reference_on_messy_logs(log):
    rows, hows, columns = log
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "messy.csv"
        _write(path, rows, hows, columns)
        _check(path)


def test_a_known_messy_log_agrees(tmp_path):
    """One fixed example (runs without hypothesis' search): every messiness at once."""
    rnd = random.Random(7)
    rows = [
        {"thread_id": "a", "event": "sent", "at": START, "step": "1", "template": "Warm"},
        {
            "thread_id": "a",
            "event": "sent",
            "at": START + dt.timedelta(days=3),
            "step": "2",
            "template": "Warm",
        },
        {"thread_id": "a", "event": "replied", "at": START + dt.timedelta(days=4)},
        {
            "thread_id": "b",
            "event": "sent",
            "at": START + dt.timedelta(hours=5),
            "step": "2",
            "template": "Cold",
        },
        {"thread_id": "c", "event": "replied", "at": START},
        {
            "thread_id": "d",
            "event": "sent",
            "at": START + dt.timedelta(hours=1),
            "step": "1",
            "template": "Cold",
        },
        {"thread_id": "d", "event": "replied", "at": START + dt.timedelta(hours=2)},
    ]
    rows += [dict(rows[0]), dict(rows[2])]
    rnd.shuffle(rows)
    hows = [rnd.randint(0, 6) for _ in rows]
    _write(tmp_path / "log.csv", rows, hows, ["thread_id", "event", "at", "step", "template"])
    _check(tmp_path / "log.csv")
