"""The built wheel carries the sample: installed into a fresh venv, ``networkkit report all``
runs from another directory with no export given (issue 13, item 9)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(args, capture_output=True, text=True, check=False, **kwargs)


PIP_WHEEL = (sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w")
_LEFT_OUT = {".git", ".venv", "build", "tests", "benchmarks", "reports", "data", ".hypothesis"}


def _top_level_only(folder: str, names: list[str]) -> set[str]:
    """What the copy leaves out: the checkout's own scratch and test folders (top level)."""
    if Path(folder) != ROOT:
        return {n for n in names if n == "__pycache__"}
    return {n for n in names if n in _LEFT_OUT or n.endswith(".egg-info")}


def test_installed_wheel_reports_on_its_bundled_sample(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    # built from a copy: setuptools writes build/ and *.egg-info next to the sources
    src = tmp_path / "src"
    shutil.copytree(
        ROOT,
        src,
        symlinks=True,
        ignore=_top_level_only,
    )
    dist = tmp_path / "dist"
    built = _run(
        [*PIP_WHEEL, str(dist), str(src)],
        cwd=tmp_path,
        env=env,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("networkkit-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "networkkit/data/sample/Connections.csv" in names
    assert "networkkit/data/sample/messages.csv" in names
    assert "networkkit/data/sample_outreach.csv" in names

    fresh = tmp_path / "fresh"
    # no pip of its own (ensurepip would unpack one, ~10 s): this interpreter's pip installs
    # into it, offline (pip's --python runs pip with the fresh venv's interpreter)
    venv.EnvBuilder(with_pip=False).create(fresh)
    py = fresh / "bin" / "python"
    installed = _run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps", "--no-index",
         "-q", str(wheel)],
        env=env,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    # then the venv is given this interpreter's dependencies (offline): paths listed in a .pth
    # file are added after the venv's own, without running their .pth files, so the
    # editable install's import hook stays out
    site = _run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
    site_dir = Path(site.stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site_dir / "parent_deps.pth").write_text("\n".join(sorted(deps)) + "\n")

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env["PATH"] = f"{fresh / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    # the shared dependencies' data files (nbconvert's templates) stay where they were
    # installed; a real install would have put them under the fresh venv's share/jupyter
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    where = _run(
        [str(py), "-c", "import networkkit; print(networkkit.__file__)"], cwd=elsewhere, env=env
    )
    assert where.stdout.strip().startswith(str(site_dir)), where.stdout + where.stderr
    report = _run(
        [str(fresh / "bin" / "networkkit"), "report", "all", "--out", "out"],
        cwd=elsewhere,
        env=env,
    )
    assert report.returncode == 0, report.stdout + report.stderr
    assert (elsewhere / "out" / "network_report.html").stat().st_size > 10_000
    assert (elsewhere / "out" / "outreach_report.html").stat().st_size > 10_000
