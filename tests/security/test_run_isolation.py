"""A report run imports nothing from the folders it works in, runs custom notebooks only when
told to, and leaves nothing of itself behind: not in $TMPDIR, not half in the output folder."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from conftest import child_env

from networkkit.reports import to_html
from networkkit.reports._workdir import clean_leftovers

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
MINIMAL = FIXTURES / "hostile" / "minimal"
QUICK_NOTEBOOKS = FIXTURES / "hostile" / "notebooks"
#: The installed command, as a user runs it (``python -m`` would put the working folder on
#: the command's own path by Python's rule; the command and the kernels never do).
COMMAND = str(Path(sys.executable).with_name("networkkit"))

PLANT = """
from pathlib import Path
Path(__file__).with_name("PLANTED-{name}-WAS-IMPORTED").write_text("imported")
raise ImportError("planted module")
"""


def _plant(folder: Path) -> None:
    for name in ("matplotlib", "pandas", "networkkit_plugin"):
        (folder / f"{name}.py").write_text(PLANT.format(name=name), encoding="utf-8")


def _markers(*folders: Path) -> list[str]:
    return [p.name for f in folders for p in f.iterdir() if p.name.startswith("PLANTED-")]


@pytest.mark.slow
def test_kernels_import_nothing_from_the_working_or_export_folder(tmp_path):
    work = tmp_path / "unpacked download"
    work.mkdir()
    export = tmp_path / "export"
    shutil.copytree(MINIMAL, export)
    _plant(work)
    _plant(export)
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    run = subprocess.run(
        [COMMAND, "report", "all", "--export", str(export), "--out", "out", "-q"],
        cwd=work,
        capture_output=True,
        text=True,
        env=child_env(TMPDIR=str(tmp)),
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert _markers(work, export) == []
    assert (work / "out" / "network_report.html").is_file()
    assert (work / "out" / "outreach_report.html").is_file()
    assert list(tmp.iterdir()) == []


@pytest.mark.parametrize("folder", ["missing", "empty"])
def test_custom_notebooks_folder_that_is_unusable_is_a_usage_error(tmp_path, folder):
    path = tmp_path / folder
    if folder == "empty":
        path.mkdir()
    run = subprocess.run(
        [COMMAND, "report", "network", "--export", str(MINIMAL), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        env=child_env(NETWORKKIT_NOTEBOOKS=str(path)),
        timeout=120,
    )
    assert run.returncode == 2
    says = {
        "missing": "which is not a folder; set it to a folder of report notebooks or unset it",
        "empty": "which holds no network_report.py; add it or unset NETWORKKIT_NOTEBOOKS",
    }[folder]
    # argparse's usage lines, then the one sentence
    assert run.stderr.splitlines()[-1] == (
        f"networkkit report: error: NETWORKKIT_NOTEBOOKS names {path}, {says}"
    )
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "o").exists()


def test_help_says_custom_notebooks_are_trusted_code():
    run = subprocess.run(
        [COMMAND, "report", "--help"], capture_output=True, text=True, timeout=120
    )
    assert "NETWORKKIT_NOTEBOOKS" in run.stdout and "trusted code" in run.stdout


def _start(out: Path, tmp: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [COMMAND, "report", "network", "--export", str(MINIMAL), "--out", str(out), "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_env(
            TMPDIR=str(tmp), NETWORKKIT_NOTEBOOKS=str(QUICK_NOTEBOOKS), NETWORKKIT_TEST_HOLD="1"
        ),
    )


def _wait_executing(out: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        if next(out.glob(".networkkit-run-*/*.executed.ipynb"), None):
            return
        time.sleep(0.05)
    raise AssertionError("the notebook never started executing")


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_terminated_run_leaves_no_temporary_file(tmp_path, signum):
    out, tmp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    tmp.mkdir()
    proc = _start(out, tmp)
    _wait_executing(out, proc)
    proc.send_signal(signum)
    proc.wait(timeout=60)
    assert proc.returncode == -signum
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
    assert not (out / "network_report.html").exists()
    assert list(tmp.iterdir()) == []


def _same_run(out: Path) -> bool:
    nb = nbformat.read(out / "network_report.ipynb", as_version=4)
    return to_html(nb) == (out / "network_report.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_killed_runs_leave_a_report_and_notebook_of_one_run(tmp_path):
    out, tmp = tmp_path / "out", tmp_path / "tmp"
    out.mkdir()
    tmp.mkdir()
    first = _start(out, tmp)
    assert first.wait(timeout=300) == 0
    assert _same_run(out)
    rng = random.Random(20)
    for _ in range(4):
        proc = _start(out, tmp)
        time.sleep(rng.uniform(0.5, 6.0))  # anywhere from start-up to the final renames
        proc.kill()
        proc.wait(timeout=60)
        clean_leftovers(out)  # what the next run into the folder does first
        assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
        assert _same_run(out)
        assert list(tmp.iterdir()) == []


@pytest.mark.slow
def test_a_finished_run_leaves_no_kernel_and_prints_no_interrupt(tmp_path):
    # the kernel is killed with its process group once its outputs are in, without the
    # SIGINT jupyter_client sends first (it printed "KeyboardInterrupt caught in kernel")
    import psutil

    out = tmp_path / "out"
    run = subprocess.run(
        [COMMAND, "report", "network", "--export", str(MINIMAL), "--out", str(out), "-q"],
        capture_output=True,
        text=True,
        timeout=300,
        env=child_env(NETWORKKIT_NOTEBOOKS=str(QUICK_NOTEBOOKS)),
    )
    assert run.returncode == 0, run.stderr
    assert "KeyboardInterrupt" not in run.stderr and "Traceback" not in run.stderr
    left = []
    for proc in psutil.process_iter(["cmdline"]):
        cmdline = " ".join(proc.info["cmdline"] or [])
        if str(out) in cmdline:
            left.append(cmdline)
    assert left == []
    assert (out / "network_report.html").exists()
