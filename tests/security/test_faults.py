"""Faults: a killed run, a folder that cannot be written, a full disk, two runs at once.

None of them may leave a half-written report or a broken history, and each bad outcome is
told in one sentence (exit 1, no traceback). The killed run uses the real network notebook;
the other runs use the one-cell stand-in ``tests/fixtures/hostile/notebooks/network_report.py``
(picked up through ``NETWORKKIT_NOTEBOOKS``), which takes the same parameters and goes
through the same render and history path in a few seconds.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
from conftest import EXPORT, child_env, cli

from networkkit import history

QUICK_NOTEBOOKS = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "notebooks"
MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "hostile" / "minimal"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _history_rows(folder: Path) -> int:
    return len(history.load(folder / "history.duckdb"))


def _one_sentence(stderr: str) -> str:
    lines = [
        line
        for line in stderr.splitlines()
        if line.strip() and "Kernel is running over TCP" not in line
    ]
    assert "Traceback" not in stderr, stderr[-2000:]
    assert len(lines) == 1, lines
    assert lines[0].startswith("networkkit: "), lines[0]
    return lines[0]


@pytest.fixture
def previous(rendered, tmp_path) -> Path:
    """A reports folder holding a finished network report and its history (copied)."""
    out = tmp_path / "reports"
    out.mkdir()
    for name in ("network_report.html", "network_report.ipynb", "history.duckdb"):
        shutil.copy2(rendered["plain"] / name, out / name)
    return out


def _kill_tree(proc: subprocess.Popen) -> None:
    """SIGKILL the run and every process it started (the kernel is in its own session)."""
    try:
        family = psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        family = []
    for p in [psutil.Process(proc.pid), *family] if proc.poll() is None else family:
        with contextlib.suppress(psutil.NoSuchProcess):
            p.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    psutil.wait_procs(family, timeout=30)


@pytest.mark.slow
def test_run_killed_while_the_notebook_executes_leaves_everything(previous, tmp_path):
    before = _snapshot(previous)
    rows = _history_rows(previous)
    assert rows > 0
    build = tmp_path / "tmp"
    build.mkdir()
    proc = subprocess.Popen(
        cli("report", "network", "--export", str(EXPORT), "--out", str(previous), "-q"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_env(TMPDIR=str(build)),
    )
    try:
        deadline = time.monotonic() + 240
        executing = None
        while time.monotonic() < deadline and proc.poll() is None:
            # papermill writes the executed notebook as soon as the first cell starts
            executing = next(build.glob("networkkit-build-*/*.executed.ipynb"), None)
            if executing is not None:
                break
            time.sleep(0.05)
        assert executing is not None, "the notebook never started executing"
        time.sleep(0.5)
    finally:
        _kill_tree(proc)
    assert proc.returncode == -signal.SIGKILL
    assert _snapshot(previous) == before  # byte-identical report, notebook and history
    assert _history_rows(previous) == rows


def test_output_path_that_is_a_file_is_one_sentence(tmp_path):
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder\n")
    for out in (blocker, blocker / "sub"):
        run = subprocess.run(
            cli("report", "network", "--export", str(MINIMAL), "--out", str(out), "-q"),
            capture_output=True,
            text=True,
            env=child_env(NETWORKKIT_NOTEBOOKS=str(QUICK_NOTEBOOKS)),
            timeout=300,
        )
        assert run.returncode == 1, run.stderr[-2000:]
        assert "reports" in _one_sentence(run.stderr)
    assert blocker.read_text() == "not a folder\n"


def _main(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    from networkkit.cli import main

    monkeypatch.setenv("NETWORKKIT_NOTEBOOKS", str(QUICK_NOTEBOOKS))
    capsys.readouterr()
    code = main(["report", "network", "--export", str(MINIMAL), "-q", *args])
    return code, capsys.readouterr().err


@pytest.mark.slow
def test_read_only_folder_is_one_sentence(tmp_path, monkeypatch, capsys):
    """As root chmod cannot stop a write, so the kernel's answer is simulated: EROFS."""
    out = tmp_path / "reports"
    out.mkdir()
    (out / "network_report.html").write_text("<html>previous</html>")

    def refuse(path, data):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))

    monkeypatch.setattr("networkkit.reports._render._atomic_write", refuse)
    code, err = _main(monkeypatch, capsys, "--out", str(out))
    assert code == 1
    assert "network_report" in _one_sentence(err) or "reports" in err
    assert (out / "network_report.html").read_text() == "<html>previous</html>"


@pytest.mark.slow
def test_full_disk_is_one_sentence_and_keeps_the_previous_report(previous, monkeypatch, capsys):
    before = _snapshot(previous)
    rows = _history_rows(previous)

    class _Full:
        """A file whose writes fail as on a full disk (after the file was created)."""

        def __init__(self, handle):
            self._handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name):
            return getattr(self._handle, name)

    class _OsOnAFullDisk:
        """``os`` as the renderer sees it: every file it opens to write is on a full disk."""

        def __getattr__(self, name):
            return getattr(os, name)

        def fdopen(self, fd, *args, **kwargs):
            return _Full(os.fdopen(fd, *args, **kwargs))

    from networkkit.reports import _render

    monkeypatch.setattr(_render, "os", _OsOnAFullDisk())
    code, err = _main(monkeypatch, capsys, "--out", str(previous))
    monkeypatch.undo()
    assert code == 1
    sentence = _one_sentence(err)
    assert "space" in sentence.lower()
    assert _snapshot(previous) == before  # no half-written file, no temporary left behind
    assert _history_rows(previous) == rows


@pytest.mark.slow
def test_two_runs_at_once_corrupt_nothing(tmp_path):
    out = tmp_path / "reports"
    runs = [
        subprocess.Popen(
            cli("report", "network", "--export", str(MINIMAL), "--out", str(out), "-q"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(
                NETWORKKIT_NOTEBOOKS=str(QUICK_NOTEBOOKS), NETWORKKIT_TEST_HOLD=str(hold)
            ),
        )
        for hold in (0.0, 0.2)
    ]
    results = [proc.communicate(timeout=300) for proc in runs]
    for proc, (_, stderr) in zip(runs, results, strict=True):
        assert proc.returncode == 0, stderr[-2000:]
    page = (out / "network_report.html").read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>")
    assert "3 connections" in page
    runs_table = history.load(out / "history.duckdb")
    assert len(runs_table) == 4  # 2 measures × 2 runs
    assert runs_table["run_at"].nunique() == 2
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.slow
def test_history_held_by_another_writer_waits_then_records(tmp_path):
    """Another process holds DuckDB's one write lock from before the run starts until two
    seconds after the run wrote its HTML: the run's trend read and its history write must
    wait for it, not fail."""
    out = tmp_path / "reports"
    out.mkdir()
    db = out / "history.duckdb"
    history.record(db, kind="network", fingerprint="0" * 16, measures={"connections": 1.0})
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time; con = duckdb.connect(sys.argv[1]);"
            "con.execute('SELECT count(*) FROM runs').fetchall(); print('held', flush=True);"
            "sys.stdin.readline()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        run = subprocess.Popen(
            cli("report", "network", "--export", str(MINIMAL), "--out", str(out), "-q"),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(NETWORKKIT_NOTEBOOKS=str(QUICK_NOTEBOOKS)),
        )
        deadline = time.monotonic() + 240
        while run.poll() is None and time.monotonic() < deadline:
            if (out / "network_report.html").exists():
                time.sleep(2)
                break
            time.sleep(0.1)
    finally:
        holder.stdin.write("release\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    _, stderr = run.communicate(timeout=240)
    assert run.returncode == 0, stderr[-2000:]
    assert len(history.load(db)) == 1 + 2
