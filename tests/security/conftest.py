"""Reports rendered once per session from the hostile export, shared by every xdist worker.

``tests/fixtures/hostile/export_payloads/`` is a small LinkedIn export (owner Marisol
Threlkeld, 22 connections and a hidden one, 18 messages, 6 invitations) whose names,
companies, positions, messages and invitation notes carry HTML/JavaScript, Markdown and
spreadsheet-formula payloads, e-mail addresses and phone numbers. Two runs of the real
command line render every report from it:

- ``plain``: ``networkkit report all`` with the canonical outreach log
  ``hostile/events/payloads_canonical.csv`` (payloads in sender, campaign and template;
  e-mail addresses as recipient keys; a phone number in a thread id);
- ``anonymized``: the same export with ``--anonymize`` and Gem's ``event_log``
  ``hostile/events/gem_pii.csv`` (recruiters' and candidates' names and e-mails), read from a
  copy in a folder named after the owner, with quotes, ``$(…)``, ``;`` and braces in it.

Both run at once (one per core) into their own folders under the shared session folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from shared_once import once

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
EXPORT = FIXTURES / "export_payloads"
PAYLOAD_EVENTS = FIXTURES / "events" / "payloads_canonical.csv"
GEM_EVENTS = FIXTURES / "events" / "gem_pii.csv"

RUNS = {
    "plain": ["--outreach", str(PAYLOAD_EVENTS)],
    "anonymized": ["--outreach", str(GEM_EVENTS), "--anonymize"],
}


def cli(*args: str) -> list[str]:
    """The command line as a user runs it (the installed module, this interpreter)."""
    return [sys.executable, "-m", "networkkit", *args]


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0"}
    env.update(extra)
    return env


#: The anonymized run reads a copy of the export from a folder whose path carries the owner's
#: name and shell/Python metacharacters: neither may reach the kept notebook, nor break the run.
ODD_FOLDER = 'Marisol Threlkeld\'s "export"; $(touch pwned) {x}'


def _tree_digest(path: Path) -> str:
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for file in files:
        digest.update(file.name.encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _render_all(root: Path) -> dict:
    work = root / "cwd"
    work.mkdir()
    odd = root / ODD_FOLDER / "Complete_LinkedInDataExport_03-18-2026"
    shutil.copytree(EXPORT, odd)
    inputs = {"plain": EXPORT, "anonymized": odd}
    before = {name: _tree_digest(p) for name, p in [*inputs.items(), ("events", FIXTURES)]}
    procs = {}
    for name, extra in RUNS.items():
        out = root / name
        cmd = cli("report", "all", "--export", str(inputs[name]), "--out", str(out), "-q", *extra)
        procs[name] = (
            out,
            subprocess.Popen(
                cmd,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=child_env(),
                cwd=work,
            ),
        )
    result = {}
    for name, (out, proc) in procs.items():
        stdout, stderr = proc.communicate(timeout=900)
        result[name] = {
            "out": str(out),
            "returncode": proc.returncode,
            "stdout": stdout[-4000:],
            "stderr": stderr[-4000:],
        }
    after = {name: _tree_digest(p) for name, p in [*inputs.items(), ("events", FIXTURES)]}
    result["_checks"] = {
        "inputs_unchanged": before == after,
        "cwd_after": sorted(p.name for p in work.iterdir()),
        "odd_folder_after": sorted(p.name for p in odd.parent.iterdir()),
    }
    return result


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> dict[str, Path]:
    """Folders of the two rendered runs, ``{"plain": Path, "anonymized": Path}``."""
    runs = dict(once(tmp_path_factory, "rendered-reports", _render_all))
    runs.pop("_checks")
    for name, run in runs.items():
        assert run["returncode"] == 0, f"{name} run failed:\n{run['stderr']}"
    return {name: Path(run["out"]) for name, run in runs.items()}


@pytest.fixture(scope="session")
def render_checks(tmp_path_factory, rendered) -> dict:
    """What the shared runs did around them: inputs unchanged? files left in cwd?"""
    return once(tmp_path_factory, "rendered-reports", _render_all)["_checks"]
