"""Faults: a killed run, an unwritable output path, a full disk, two runs at once.

None of them may leave a half-written report or a broken history, and each bad outcome is
told in one sentence (exit 1, no traceback). The killed run uses the real network notebook;
the other runs use the one-cell stand-in ``tests/fixtures/hostile/notebooks/network_report.py``
(picked up through ``NETWORKKIT_NOTEBOOKS``), which takes the same parameters, reads the
history as the real report does and goes through the same render and history path in a few
seconds.
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
            # papermill writes the executed notebook as soon as the first cell starts, in
            # the run's private folder inside the output folder
            executing = next(previous.glob(".networkkit-run-*/*.executed.ipynb"), None)
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
    assert not any(build.rglob("*.ipynb"))  # nothing of the run in $TMPDIR


def _main(monkeypatch, capsys, *args: str) -> tuple[int, str]:
    from networkkit.cli import main

    monkeypatch.setenv("NETWORKKIT_NOTEBOOKS", str(QUICK_NOTEBOOKS))
    capsys.readouterr()
    code = main(["report", "network", "--export", str(MINIMAL), "-q", *args])
    return code, capsys.readouterr().err


def test_output_path_that_is_a_file_is_one_sentence(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "reports"
    blocker.write_text("not a folder\n")
    said = {
        blocker: f"networkkit: {blocker}: is a file, not a folder; choose another --out folder.",
        blocker / "sub": f"networkkit: {blocker / 'sub'}: part of this path is a file, not a "
        "folder; choose another --out.",
    }
    for out, sentence in said.items():
        code, err = _main(monkeypatch, capsys, "--out", str(out))
        assert code == 1
        assert _one_sentence(err) == sentence
    assert blocker.read_text() == "not a folder\n"


def test_unwritable_folder_is_one_sentence(monkeypatch, capsys):
    """As root, chmod 555 stops nothing; /sys is a folder even root cannot write in."""
    probe = Path("/sys/networkkit-probe")
    try:
        probe.mkdir()
    except OSError:
        pass
    else:  # pragma: no cover - a writable /sys: no unwritable folder to test with
        probe.rmdir()
        pytest.skip("/sys is writable here")
    code, err = _main(monkeypatch, capsys, "--out", str(probe / "reports"))
    assert code == 1
    assert _one_sentence(err) == (
        "networkkit: /sys/networkkit-probe: cannot be written (Operation not permitted); "
        "choose another --out folder."
    )
    assert not probe.exists()


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

    from networkkit.reports import _workdir

    monkeypatch.setattr(_workdir, "os", _OsOnAFullDisk())
    code, err = _main(monkeypatch, capsys, "--out", str(previous))
    monkeypatch.undo()
    assert code == 1
    assert _one_sentence(err) == (
        f"networkkit: {previous}: no space left on the device; free some space or choose "
        "another --out."
    )
    assert _snapshot(previous) == before  # no half-written file, no temporary left behind
    assert _history_rows(previous) == rows


def _hold_history(db: Path) -> subprocess.Popen:
    """Another process that opens the history for writing and keeps it until told to stop."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys; con = duckdb.connect(sys.argv[1]);"
            "con.execute('SELECT count(*) FROM runs').fetchall(); print('held', flush=True);"
            "sys.stdin.readline()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    return holder


@pytest.mark.slow
def test_two_runs_at_once_wait_for_the_history_and_corrupt_nothing(tmp_path):
    """Two runs into one folder start together while another process holds DuckDB's one
    write lock on the history; it lets go two seconds after both notebooks started
    executing. Both runs must wait (the notebooks read the history, the CLI writes it), then
    both finish: one complete HTML report, every run in the history, no temporary left."""
    out = tmp_path / "reports"
    out.mkdir()
    db = out / "history.duckdb"
    history.record(db, kind="network", fingerprint="0" * 16, measures={"connections": 1.0})
    holder = _hold_history(db)
    builds = [tmp_path / f"tmp{i}" for i in range(2)]
    runs = []
    try:
        for build in builds:
            build.mkdir()
            runs.append(
                subprocess.Popen(
                    cli("report", "network", "--export", str(MINIMAL), "--out", str(out), "-q"),
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    env=child_env(NETWORKKIT_NOTEBOOKS=str(QUICK_NOTEBOOKS), TMPDIR=str(build)),
                )
            )
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and all(run.poll() is None for run in runs):
            if len(list(out.glob(".networkkit-run-*/*.executed.ipynb"))) == 2:
                time.sleep(2)
                break
            time.sleep(0.1)
    finally:
        holder.stdin.write("release\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    for run in runs:
        _, stderr = run.communicate(timeout=300)
        assert run.returncode == 0, stderr[-2000:]
    page = (out / "network_report.html").read_text(encoding="utf-8")
    assert page.rstrip().endswith("</html>")
    assert "3 connections" in page
    table = history.load(db)
    assert len(table) == 1 + 2 * 2  # the earlier run, then 2 measures × 2 runs
    assert table["run_at"].nunique() == 3
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]  # no temporary left
    assert not [p for b in builds for p in b.iterdir()]  # and nothing in $TMPDIR


def test_history_held_too_long_is_a_clear_timeout(tmp_path, monkeypatch):
    db = tmp_path / "history.duckdb"
    history.record(db, kind="network", fingerprint="0" * 16, measures={"connections": 1.0})
    monkeypatch.setattr(history, "LOCK_WAIT_SECONDS", 1.0)
    holder = _hold_history(db)
    try:
        start = time.monotonic()
        with pytest.raises(TimeoutError) as info:
            history.record(db, kind="network", fingerprint="1" * 16, measures={"x": 2.0})
        assert 1.0 <= time.monotonic() - start < 10
        with pytest.raises(TimeoutError):
            history.load(db)
    finally:
        holder.stdin.write("release\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert "history" in str(info.value) and "\n" not in str(info.value)
    assert len(history.load(db)) == 1  # nothing half-written while it waited
