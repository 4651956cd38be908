"""The hostile-size rows of ``make bench`` (issue 22): inputs that once grew time or memory
faster than they grew themselves.

Each job runs in a fresh interpreter (``python -c``), so its peak resident memory is its own:

zip
    A small zip of many members, each 1 MiB of an activity file and under the ratio cap
    (2,048 members at full scale): ``load_export``'s peak memory, against the 500 MiB the
    issue allows (and the reference: the same interpreter reading only ``Connections.csv``).
compare
    ``nk.outreach.compare`` on a log with 2,000 templates, against ``nk.outreach.funnel`` by
    template on the same log (the counts the comparison needs): pairwise tests must stay
    bounded (the 20 largest groups), not grow with the square of the templates.
wide
    ``nk.outreach.read_events`` on a log with 20,000 extra columns, against
    ``pandas.read_csv`` of the same file: column handling must stay linear.
"""

from __future__ import annotations

import random
import sys
import zipfile
from pathlib import Path

import _measure

SIZES = {
    "full": {"members": 2048, "templates": 2000, "threads_per_template": 5, "columns": 20_000},
    "toy": {"members": 16, "templates": 60, "threads_per_template": 3, "columns": 500},
}

_SHARE = "2024-01-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:1,hello,,,PUBLIC\n"


def many_member_zip(folder: Path, members: int) -> Path:
    """A zip of ``members`` Shares files of 1 MiB each (ratio about 110, under the cap)."""
    path = folder / f"many_members_{members}.zip"
    if path.exists():
        return path
    rng = random.Random(22)
    lines = ["Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"]
    size = len(lines[0])
    while size < 1 << 20:
        line = _SHARE * 14 + f"2024-01-01 10:00:00,x{rng.randrange(10**9)},y,,,PUBLIC\n"
        lines.append(line)
        size += len(line)
    data = "".join(lines).encode()[: 1 << 20]
    data = data[: data.rindex(b"\n") + 1]
    connections = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Engineer,09 Mar 2026\n"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Connections.csv", connections)
        for i in range(members):
            z.writestr(f"Shares_{i}.csv", data)
    return path


def template_log(folder: Path, templates: int, per_template: int) -> Path:
    """A canonical log: ``templates`` templates of ``per_template`` threads, a third replied."""
    path = folder / f"templates_{templates}.csv"
    if path.exists():
        return path
    rng = random.Random(2)
    rows = ["thread_id,event,at,step,template\n"]
    for t in range(templates):
        for k in range(per_template):
            tid = f"t{t}-{k}"
            rows.append(f"{tid},sent,2025-01-06 09:00:00+00:00,1,tpl {t}\n")
            if rng.random() < 0.33:
                rows.append(f"{tid},replied,2025-01-08 09:00:00+00:00,,\n")
    path.write_text("".join(rows), encoding="utf-8")
    return path


def wide_log(folder: Path, columns: int) -> Path:
    """A canonical log of 50 threads with ``columns`` extra (empty) columns."""
    path = folder / f"wide_{columns}.csv"
    if path.exists():
        return path
    extra = [f"x{i}" for i in range(columns)]
    head = ",".join(["thread_id", "event", "at", "step", *extra]) + "\n"
    blanks = "," * columns
    rows = [head]
    for t in range(50):
        rows.append(f"t{t},sent,2025-01-06 09:00:00+00:00,1{blanks}\n")
        rows.append(f"t{t},replied,2025-01-07 09:00:00+00:00,{blanks}\n")
    path.write_text("".join(rows), encoding="utf-8")
    return path


_TIMED = """
import json, os, sys, time
t0 = time.perf_counter()
{body}
seconds = time.perf_counter() - t0
peak = 0
with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) / 1024
with open(os.environ["NK_BENCH_RESULT"], "w") as out:
    json.dump({{"seconds": seconds, "peak_mib": peak, "answer": answer}}, out)
"""


def timed(body: str) -> _measure.Run:
    """Run ``body`` (which sets ``answer``) in a fresh interpreter; its time and peak memory."""
    run = _measure.run([sys.executable, "-c", _TIMED.format(body=body)])
    if run.returncode != 0:
        raise RuntimeError(f"job failed ({run.returncode}):\n{run.stderr[-3000:]}")
    return run


def zip_job(path: Path) -> str:
    return (
        "import networkkit as nk\n"
        "t0 = time.perf_counter()\n"
        f"ex = nk.load_export({str(path)!r})\n"
        "answer = {'connections': len(ex.connections), 'files': len(ex.parse_report)}"
    )


def reference_zip_job(path: Path) -> str:
    return (
        "import zipfile, io\nimport networkkit as nk\nimport pandas as pd\n"
        "t0 = time.perf_counter()\n"
        f"z = zipfile.ZipFile({str(path)!r})\n"
        "df = pd.read_csv(io.BytesIO(z.read('Connections.csv')))\n"
        "answer = {'connections': len(df)}"
    )


def compare_job(path: Path) -> str:
    return (
        "import networkkit as nk\n"
        f"ev = nk.outreach.read_events({str(path)!r})\n"
        "t0 = time.perf_counter()\n"
        "res = nk.outreach.compare(ev, by='template')\n"
        "answer = {'groups': len(res.summary), 'pairs': len(res.pairwise)}"
    )


def funnel_job(path: Path) -> str:
    return (
        "import networkkit as nk\n"
        f"ev = nk.outreach.read_events({str(path)!r})\n"
        "t0 = time.perf_counter()\n"
        "f = nk.outreach.funnel(ev, by='template')\n"
        "answer = {'groups': len(f)}"
    )


def wide_job(path: Path) -> str:
    return (
        "import networkkit as nk\n"
        "t0 = time.perf_counter()\n"
        f"ev = nk.outreach.read_events({str(path)!r})\n"
        "answer = {'columns': ev.shape[1]}"
    )


def pandas_wide_job(path: Path) -> str:
    return (
        "import pandas as pd\nimport networkkit\n"
        "t0 = time.perf_counter()\n"
        f"df = pd.read_csv({str(path)!r}, dtype='string')\n"
        "answer = {'columns': df.shape[1]}"
    )
