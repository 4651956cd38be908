"""Run one measurement in a fresh subprocess: wall time, and peak memory two ways.

A worker (``_worker.py``) reports its own peak resident memory (``VmHWM``, the kernel's
high-water mark, exact for a job that runs in one process: loading). ``ru_maxrss`` from
:func:`os.wait4` is kept for the record but not used: on Linux it starts from the parent's
resident size at fork. A job that starts subprocesses of its own (``networkkit report`` starts
a Jupyter kernel per notebook) is measured by polling the resident memory of the whole process
tree with psutil every 50 ms; the peak of that sum is what the machine had to hold.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
WORKER = HERE / "_worker.py"
MIB = 1024 * 1024


@dataclass
class Run:
    """What one subprocess did: its answer, its wall time and its memory."""

    result: dict
    wall_s: float
    maxrss_mib: float
    tree_peak_mib: float
    returncode: int
    stderr: str
    cpu_s: float = float("nan")  # user + system CPU of the child and the children it reaped


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run(argv: list[str], *, poll_s: float = 0.05, env: dict | None = None, cwd=None) -> Run:
    """Run ``argv`` to completion; return its JSON answer (if any), time and memory.

    A worker writes its answer as JSON to the file named by the ``NK_BENCH_RESULT``
    environment variable; commands that are not workers leave it empty.
    """
    with tempfile.TemporaryDirectory(prefix="nkbench-") as tmp:
        result_path = Path(tmp) / "result.json"
        err_path = Path(tmp) / "stderr.txt"
        child_env = {**os.environ, **(env or {}), "NK_BENCH_RESULT": str(result_path)}
        with open(err_path, "wb") as err, open(os.devnull, "wb") as out:
            t0 = time.perf_counter()
            popen = subprocess.Popen(argv, stdout=out, stderr=err, env=child_env, cwd=cwd)
            ps = psutil.Process(popen.pid)
            peak = 0
            while True:
                pid, status, usage = os.wait4(popen.pid, os.WNOHANG)
                if pid:
                    break
                peak = max(peak, _tree_rss(ps))
                time.sleep(poll_s)
            wall = time.perf_counter() - t0
        popen.returncode = os.waitstatus_to_exitcode(status)
        result = json.loads(result_path.read_text()) if result_path.exists() else {}
        stderr = err_path.read_text(errors="replace")
    # ru_maxrss is in KiB on Linux.
    maxrss = usage.ru_maxrss / 1024
    return Run(
        result, wall, maxrss, peak / MIB, popen.returncode, stderr, usage.ru_utime + usage.ru_stime
    )


def worker(task: str, *args: str, profile: Path | None = None) -> Run:
    """Run ``benchmarks/_worker.py task args...`` in a fresh interpreter."""
    argv = [sys.executable, str(WORKER), task, *map(str, args)]
    if profile is not None:
        argv += ["--profile", str(profile)]
    r = run(argv)
    if r.returncode != 0:
        raise RuntimeError(f"worker {task} failed ({r.returncode}):\n{r.stderr[-4000:]}")
    return r
