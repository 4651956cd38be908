"""An independent reference for the outreach measures, written from docs/METRICS.md.

Plain Python over rows of a CSV (no pandas, no networkkit), with lifelines for Kaplan–Meier.
It reads the text itself, so it checks the readers too: a time with an offset keeps it, a
zone-less time is UTC, epoch numbers are seconds (milliseconds from 1e11 on); an exact
duplicate event is one event; a thread is measured from its first touch, and a thread whose
logged touches all carry step 2 or later began before the log and is left out.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

UTC = dt.UTC
DAY = dt.timedelta(days=1)


def parse_time(text: str) -> dt.datetime:
    """Read a time like METRICS.md says: offset kept, zone-less is UTC, epoch numbers."""
    text = text.strip()
    if text.lstrip("+-").replace(".", "", 1).isdigit() and len(text.split(".")[0]) >= 9:
        value = float(text)
        if abs(value) >= 1e11:
            value /= 1000
        return dt.datetime.fromtimestamp(value, tz=UTC)
    t = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


@dataclass(frozen=True)
class Event:
    """One event, as the reference reads it."""

    thread: str
    kind: str
    at: dt.datetime
    step: int | None
    template: str | None
    machine: bool | None
    positive: bool | None


def _flag(text: str | None) -> bool | None:
    if text is None or text.strip() == "":
        return None
    return text.strip().lower() in {"true", "1", "yes", "y", "t"}


def read(path: Path) -> list[Event]:
    """Read a canonical CSV log; exact duplicates (after parsing) are kept once."""
    seen: set = set()
    events: list[Event] = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            step = row.get("step")
            ev = Event(
                thread=row["thread_id"].strip(),
                kind=row["event"].strip().lower(),
                at=parse_time(row["at"]),
                step=int(step) if step not in (None, "") else None,
                template=(row.get("template") or None),
                machine=_flag(row.get("machine")),
                positive=_flag(row.get("positive")),
            )
            key = (ev.thread, ev.kind, ev.at, ev.step, ev.template, ev.machine, ev.positive)
            if key in seen:
                continue
            seen.add(key)
            events.append(ev)
    # steps missing on touches: their order by time within the thread
    by_thread: dict[str, list[Event]] = defaultdict(list)
    for ev in events:
        by_thread[ev.thread].append(ev)
    out = []
    for evs in by_thread.values():
        sent = sorted((e for e in evs if e.kind == "sent"), key=lambda e: e.at)
        numbered = {id(e): i + 1 for i, e in enumerate(sent)}
        for e in evs:
            if e.kind == "sent" and e.step is None:
                e = Event(
                    e.thread, e.kind, e.at, numbered[id(e)], e.template, e.machine, e.positive
                )
            out.append(e)
    return out


@dataclass
class Thread:
    """A thread as METRICS.md defines it."""

    id: str
    first_touch: dt.datetime
    template: str | None
    touches: list[tuple[int, dt.datetime]]
    bounced: bool
    opened: bool
    replies: list[dt.datetime] = field(default_factory=list)
    positive_replies: list[dt.datetime] = field(default_factory=list)

    @property
    def first_reply(self) -> dt.datetime | None:
        after = [r for r in self.replies if r > self.first_touch]
        return min(after) if after else None

    @property
    def delivered(self) -> bool:
        return not self.bounced

    def touches_before_reply(self) -> list[tuple[int, dt.datetime]]:
        reply = self.first_reply
        return [(s, t) for s, t in self.touches if reply is None or t <= reply]


def threads(events: list[Event]) -> list[Thread]:
    """Threads with a first touch in the log."""
    by: dict[str, list[Event]] = defaultdict(list)
    for ev in events:
        by[ev.thread].append(ev)
    out = []
    for tid, evs in by.items():
        sent = [e for e in evs if e.kind == "sent"]
        if not sent:
            continue  # replies without a send: no thread
        steps = [e.step for e in sent if e.step is not None]
        if steps and min(steps) >= 2:
            continue  # began before the log
        first = min(e.at for e in sent)
        step1 = [e for e in sent if e.step == 1]
        out.append(
            Thread(
                id=tid,
                first_touch=first,
                template=step1[0].template if step1 else None,
                touches=sorted({(e.step, e.at) for e in sent}, key=lambda p: (p[1], p[0])),
                bounced=any(e.kind == "bounced" for e in evs),
                opened=any(e.kind == "opened" and not e.machine for e in evs),
                replies=[e.at for e in evs if e.kind == "replied"],
                positive_replies=[e.at for e in evs if e.kind == "replied" and e.positive],
            )
        )
    return out


def funnel(ts: list[Thread]) -> dict[str, int]:
    """Counts of the funnel (METRICS.md table)."""
    d = [t for t in ts if t.delivered]
    return {
        "sent": len(ts),
        "bounced": sum(t.bounced for t in ts),
        "delivered": len(d),
        "opened": sum(t.opened for t in d),
        "replied": sum(t.first_reply is not None for t in d),
    }


def reply_within(ts: list[Thread], days: int, as_of: dt.datetime) -> tuple[int, int]:
    """(eligible, replied): delivered threads at least N days old, answered within N days."""
    old = [t for t in ts if t.delivered and t.first_touch <= as_of - days * DAY]
    hit = [
        t for t in old if t.first_reply is not None and t.first_reply - t.first_touch <= days * DAY
    ]
    return len(old), len(hit)


def time_to_reply(ts: list[Thread], as_of: dt.datetime, at=(1, 3, 7)) -> dict[str, float]:
    """Kaplan–Meier (lifelines) of first touch → first reply, censored at ``as_of``."""
    from lifelines import KaplanMeierFitter

    durations, observed = [], []
    for t in ts:
        if not t.delivered or t.first_touch > as_of:
            continue
        r = t.first_reply
        seen = r is not None and r <= as_of
        end = r if seen else as_of
        durations.append((end - t.first_touch).total_seconds() / 86400)
        observed.append(seen)
    out: dict[str, float] = {"n": len(durations), "replied": sum(observed)}
    if not durations or not any(observed):
        out["median"] = math.nan
        for d in at:
            out[f"by_{d}"] = 0.0 if durations and d <= max(durations) else math.nan
        return out
    km = KaplanMeierFitter().fit(durations, observed)
    # the median: the first time the survival is at most one half; lifelines' own attribute
    # compares floats exactly, and 1/2 reached as 0.5000000000000001 would be "not reached"
    sf = km.survival_function_.iloc[:, 0]
    reached = sf[sf <= 0.5 + 1e-12]
    out["median"] = float(reached.index[0]) if len(reached) else math.nan
    for d in at:
        out[f"by_{d}"] = (
            1 - float(km.survival_function_at_times(d).iloc[0])
            if d <= max(durations)
            else math.nan
        )
    return out


def reply_by_step(ts: list[Thread]) -> dict[int, tuple[int, int]]:
    """Step k → (threads that received touch k, of those replied before touch k+1)."""
    reached: list[tuple[int, bool]] = []
    for t in ts:
        if not t.delivered:
            continue
        before = t.touches_before_reply()
        k = max((s for s, _ in before), default=1)
        reached.append((k, t.first_reply is not None))
    top = max((k for k, _ in reached), default=0)
    return {
        k: (sum(r >= k for r, _ in reached), sum(r == k and y for r, y in reached))
        for k in range(1, top + 1)
    }


def cadence(ts: list[Thread]) -> dict[str, tuple[int, int]]:
    """'within'/'beyond' → (threads, replied): ≤ 3 follow-ups in the 14 days after the first."""
    out = {"within": [0, 0], "beyond": [0, 0]}
    for t in ts:
        if not t.delivered:
            continue
        follow = [
            at for s, at in t.touches_before_reply() if s >= 2 and at <= t.first_touch + 14 * DAY
        ]
        side = "within" if len(follow) <= 3 else "beyond"
        out[side][0] += 1
        out[side][1] += t.first_reply is not None
    return {k: (v[0], v[1]) for k, v in out.items()}


def _numbered(events: list[Event]) -> list[Event]:
    """Number each thread's touches by time (the tools' own step fields are not touches)."""
    by: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by[e.thread].append(e)
    out = []
    for evs in by.values():
        order = {
            id(e): i + 1
            for i, e in enumerate(sorted((e for e in evs if e.kind == "sent"), key=lambda e: e.at))
        }
        for e in evs:
            step = order.get(id(e))
            out.append(Event(e.thread, e.kind, e.at, step, e.template, e.machine, e.positive))
    return out


def read_lemlist(path: Path) -> list[Event]:
    """lemlist's activities, as docs/FORMATS.md describes them (one event per activity)."""
    kinds = {
        "emailssent": "sent",
        "emailsopened": "opened",
        "emailsclicked": "clicked",
        "emailsreplied": "replied",
        "emailsbounced": "bounced",
        "linkedinsent": "sent",
        "linkedinreplied": "replied",
    }
    seen, events = set(), []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kind = row["type"].strip().lower()
            if kind.startswith("email") and not kind.startswith("emails"):
                kind = "emails" + kind[len("email") :]
            bot = row.get("bot", "").strip().lower() == "true"
            if kind not in kinds or (bot and kinds[kind] == "clicked"):
                continue
            ev = Event(
                thread=f"{row['campaignId']}/{row['leadId']}",
                kind=kinds[kind],
                at=parse_time(row["createdAt"]),
                step=None,
                template=row.get("emailTemplateId") or None,
                machine=bot if kinds[kind] == "opened" else None,
                positive=None,
            )
            if ev not in seen:
                seen.add(ev)
                events.append(ev)
    return _numbered(events)


def read_hubspot(path: Path) -> list[Event]:
    """HubSpot's email events (no replies in them), as docs/FORMATS.md describes them."""
    kinds = {"SENT": "sent", "BOUNCE": "bounced", "OPEN": "opened", "CLICK": "clicked"}
    seen, events = set(), []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            kind = kinds.get(row["type"].strip().upper())
            filtered = row.get("filteredEvent", "").strip().lower() == "true"
            if kind is None or (filtered and kind == "clicked"):
                continue
            ev = Event(
                thread=f"{row['emailCampaignId']}/{row['recipient'].strip().lower()}",
                kind=kind,
                at=parse_time(row["created"]),
                step=None,
                template=None,
                machine=filtered if kind == "opened" else None,
                positive=None,
            )
            if ev not in seen:
                seen.add(ev)
                events.append(ev)
    return _numbered(events)


def clicked(ts_events: list[Event], ts: list[Thread]) -> int:
    """Delivered threads with at least one click."""
    hit = {e.thread for e in ts_events if e.kind == "clicked"}
    return sum(t.id in hit for t in ts if t.delivered)


def read_hubspot_enrollments(path: Path) -> list[tuple[str, str, dt.datetime, str]]:
    """HubSpot sequence enrollments: (thread, recipient, enrolled at, sequence name)."""
    out = []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            to = row["toEmail"].strip().lower()
            out.append(
                (
                    f"{row['sequenceId']}/{to}",
                    to,
                    parse_time(row["enrolledAt"]),
                    row["sequenceName"],
                )
            )
    return out


def enrollments_alone(path: Path) -> list[Event]:
    """Each enrollment is one first touch, its sequence's name the template."""
    return _numbered(
        [Event(t, "sent", at, None, name, None, None) for t, _, at, name in
         read_hubspot_enrollments(path)]
    )  # fmt: skip


def join_hubspot(events_path: Path, enrollments_path: Path) -> list[Event]:
    """Each email event joins its recipient's latest enrollment at or before it (FORMATS.md);
    an enrollment whose events hold no send is itself the first touch."""
    enrolled = read_hubspot_enrollments(enrollments_path)
    joined = []
    for e in read_hubspot(events_path):
        recipient = e.thread.split("/", 1)[1]
        before = [x for x in enrolled if x[1] == recipient and x[2] <= e.at]
        if before:
            thread, _, _, name = max(before, key=lambda x: x[2])
            e = Event(thread, e.kind, e.at, None, name, e.machine, e.positive)
        joined.append(e)
    sent = {e.thread for e in joined if e.kind == "sent"}
    for thread, _, at, name in enrolled:
        if thread not in sent:
            joined.append(Event(thread, "sent", at, None, name, None, None))
    return _numbered(joined)
