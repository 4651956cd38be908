"""The notebooks as JupyterLab and papermill see them: lossless saves, honest rates, no writes.

The browser test (``test_jupyterlab.py``) drives a real JupyterLab; these tests check the same
promises without a browser, on all three notebooks: jupytext's contents manager (what
JupyterLab saves through) writes each ``.py`` back byte for byte after a run, and an edit
changes only its own cell; every rate a notebook prints lies inside its own interval; the
explore notebook writes nothing unless it says so.
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest
from jupytext.async_contentsmanager import AsyncTextFileContentsManager
from report_inputs import SAMPLE_EXPORT

from networkkit.cli import build_parameters
from networkkit.reports import render

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.py"))
RATE = re.compile(
    r"(?P<k>\d+) / (?P<n>\d+) = (?P<p>\d+(?:\.\d+)?) %"
    r" \((?P<low>\d+(?:\.\d+)?)–(?P<high>\d+(?:\.\d+)?) %\)"
)


def _project(tmp_path: Path) -> Path:
    """A copy of the repository's notebook folder and root jupytext configuration."""
    shutil.copytree(ROOT / "notebooks", tmp_path / "notebooks", symlinks=True)
    shutil.copy2(ROOT / "jupytext.toml", tmp_path / "jupytext.toml")
    return tmp_path


def _as_jupyterlab_leaves_it(nb: nbformat.NotebookNode) -> None:
    """What a JupyterLab session adds to a notebook model before it saves (JupyterLab 4.x)."""
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    nb.metadata["language_info"] = {
        "name": "python",
        "version": "3.11.7",
        "mimetype": "text/x-python",
        "codemirror_mode": {"name": "ipython", "version": 3},
        "file_extension": ".py",
        "nbconvert_exporter": "python",
        "pygments_lexer": "ipython3",
    }
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    for i, cell in enumerate(nb.cells):
        cell.metadata["trusted"] = True
        cell.metadata["execution"] = {"iopub.status.busy": "2026-12-02T08:00:00.000Z"}
        if cell.cell_type == "code":
            cell.metadata["scrolled"] = True
            cell.execution_count = i + 1
            cell.outputs = [
                nbformat.v4.new_output("stream", name="stdout", text="12 / 40 = 30.0 %\n"),
                nbformat.v4.new_output(
                    "display_data", data={"text/html": "<table><tr><td>1</td></tr></table>"}
                ),
            ]
        else:
            cell.metadata["jp-MarkdownHeadingCollapsed"] = True


def _percent_cells(text: str) -> list[str]:
    parts, current = [], []
    for line in text.splitlines(keepends=True):
        if line.startswith("# %%") and current:
            parts.append("".join(current))
            current = []
        current.append(line)
    parts.append("".join(current))
    return parts


@pytest.mark.parametrize("source", NOTEBOOKS, ids=lambda p: p.name)
def test_save_after_a_run_is_byte_identical_and_an_edit_changes_one_cell(source, tmp_path):
    project = _project(tmp_path)
    rel = f"notebooks/{source.name}"
    path = project / rel
    original = path.read_bytes()
    manager = AsyncTextFileContentsManager(root_dir=str(project))

    async def open_run_save(edit: bool) -> None:
        model = await manager.get(rel, content=True, type="notebook")
        nb = model["content"]
        _as_jupyterlab_leaves_it(nb)
        if edit:
            markdown = [c for c in nb.cells if c.cell_type == "markdown"]
            markdown[-1].source += "\n\nA line added in JupyterLab."
        await manager.save({"type": "notebook", "content": nb}, rel)

    asyncio.run(open_run_save(edit=False))
    assert path.read_bytes() == original
    assert sorted(p.name for p in path.parent.iterdir() if p.suffix == ".ipynb") == []

    asyncio.run(open_run_save(edit=True))
    before, after = _percent_cells(original.decode()), _percent_cells(path.read_text("utf-8"))
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(before) == len(after) and len(changed) == 1
    assert after[changed[0]].startswith("# %% [markdown]")
    assert "#\n# A line added in JupyterLab.\n" in after[changed[0]]
    assert "A line added" not in before[changed[0]]


def test_a_module_is_never_opened_as_a_notebook(tmp_path):
    """Outside notebooks/, jupytext refuses a .py as a notebook, so autosave cannot rewrite it."""
    project = _project(tmp_path)
    (project / "pkg").mkdir()
    module = project / "pkg" / "measure.py"
    module.write_text('"""A module."""\n\nVALUE = 1\n', encoding="utf-8")
    manager = AsyncTextFileContentsManager(root_dir=str(project))
    with pytest.raises(Exception, match=r"(?i)notebook"):
        asyncio.run(manager.get("pkg/measure.py", content=True, type="notebook"))
    as_file = asyncio.run(manager.get("pkg/measure.py", content=True))
    assert as_file["type"] == "file"
    assert module.read_text(encoding="utf-8") == '"""A module."""\n\nVALUE = 1\n'


def test_jupyterlab_defaults_ship_with_the_package():
    overrides = ROOT / "jupyter-config" / "labconfig" / "default_setting_overrides.json"
    settings = json.loads(overrides.read_text(encoding="utf-8"))
    viewers = settings["@jupyterlab/docmanager-extension:plugin"]["defaultViewers"]
    assert viewers == {"python": "Jupytext Notebook"}
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = pyproject["tool"]["setuptools"]["data-files"]
    assert data_files["etc/jupyter/labconfig"] == [str(overrides.relative_to(ROOT))]
    # an editable install skips data files: make setup copies the file to the same place
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert f"LAB_DEFAULTS := {overrides.relative_to(ROOT)}" in makefile
    assert "$(VENV)/etc/jupyter/labconfig/default_setting_overrides.json" in makefile
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "notebooks/*.ipynb" in ignored


def test_public_modules_are_attributes_of_the_package():
    code = (
        "import sys, networkkit as nk\n"
        "assert 'matplotlib' not in sys.modules and 'networkkit.reports' not in sys.modules\n"
        "names = set(dir(nk))\n"
        "for name in ('plots', 'prepare', 'history', 'reports', 'network', 'outreach'):\n"
        "    assert name in names, name\n"
        "    assert getattr(nk, name).__name__ == 'networkkit.' + name\n"
        "assert callable(nk.plots.rates) and callable(nk.reports.render)\n"
        "try:\n"
        "    nk.no_such_thing\n"
        "except AttributeError as err:\n"
        "    assert 'no_such_thing' in str(err)\n"
        "else:\n"
        "    raise AssertionError('a missing name must raise AttributeError')\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def _printed(executed: Path) -> str:
    """Everything the executed notebook showed: stream text, plain text and HTML outputs."""
    nb = nbformat.read(executed, as_version=4)
    shown = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                raise AssertionError(f"{out['ename']}: {out['evalue']}")
            shown.append(str(out.get("text", "")))
            data = out.get("data", {})
            shown.extend(str(data.get(mime, "")) for mime in ("text/plain", "text/html"))
    return "\n".join(shown)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["explore", "network", "outreach"])
def test_every_printed_rate_lies_inside_its_interval(kind, sample_reports):
    result = sample_reports(kind)  # no inputs given: the bundled sample, rendered once
    found = list(RATE.finditer(_printed(result.notebook)))
    assert len(found) >= 5, f"{kind}: too few rates printed to check"
    for match in found:
        k, n = int(match["k"]), int(match["n"])
        p, low, high = (float(match[g]) for g in ("p", "low", "high"))
        assert low <= p <= high, match.group(0)
        assert abs(100 * k / n - p) <= 0.05 + 1e-9, f"{match.group(0)}: not k / n"


@pytest.mark.slow
def test_explore_writes_nothing_unless_it_says_so(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    out = tmp_path / "reports"
    params = build_parameters("explore", export=SAMPLE_EXPORT, outreach=None, out_dir=out)
    assert params["key_path"] == str(out.resolve() / "anonymize.key")  # beside the reports

    session_only = {**params, "anonymize": True, "key_path": ""}
    result = render("explore", parameters=session_only, out_dir=out, progress=False)
    shown = _printed(result.notebook)
    assert "kept in memory; nothing was written" in shown
    assert "Person " in shown
    # (the kernel's own caches, matplotlib's and IPython's, may appear in HOME; no key may)
    assert not (home / ".networkkit").exists() and not list(home.rglob("*.key"))
    assert sorted(p.name for p in out.iterdir()) == ["explore.html", "explore.ipynb"]

    key = tmp_path / "keys" / "anonymize.key"
    result = render(
        "explore", parameters={**session_only, "key_path": str(key)}, out_dir=out, progress=False
    )
    assert key.stat().st_size == 32
    # the notebook says where the key went; an anonymised notebook names no path, so its
    # path reads as a neutral label (issue 21)
    assert "Pseudonym key: the pseudonym key file (read, or created now)." in _printed(
        result.notebook
    )
    assert not (home / ".networkkit").exists() and not list(home.rglob("*.key"))
