"""JupyterLab in a real headless Chromium: explore.py opens as a notebook, runs, saves losslessly.

A JupyterLab server runs on a free loopback port with a temporary configuration, data, runtime
and home folder, and the project's own JupyterLab defaults (``jupyter-config/``, what the
install puts into the environment). ``explore.py`` and ``jupytext.toml`` are copied into a
temporary project folder, so the repository is never written. The test opens the notebook by
double-click semantics (the default viewer), runs all cells, checks the outputs, saves, and
compares the file on disk byte for byte; then edits one markdown cell in the browser and checks
that only that cell changed. The server is stopped by its PID.

Set ``NK_LAB_SCREENSHOTS`` to a folder to keep screenshots of the three moments (opened, run,
saved).
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EDIT = " Edited in JupyterLab by the browser test."


def _require_lab_and_chromium() -> None:
    import importlib.util

    if importlib.util.find_spec("jupyterlab") is None:
        message = "JupyterLab is not installed (the lab extra: make setup installs it)"
    elif CHROMIUM.exists() and shutil.which("chromium"):
        return
    else:
        message = "Debian's chromium is not installed (make browser installs it)"
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"JupyterLab exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"JupyterLab did not start in {timeout} s:\n{log.read_text()[-3000:]}")


def _stop(proc: subprocess.Popen) -> None:
    """Stop the server by its PID: SIGTERM (it shuts its kernels down), SIGKILL if it hangs."""
    if proc.poll() is not None:
        return
    os.kill(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a free loopback port over a temporary copy of the notebooks."""
    _require_lab_and_chromium()
    base = tmp_path_factory.mktemp("lab")
    project = base / "project"
    (project / "notebooks").mkdir(parents=True)
    for name in ("explore.py", "jupytext.toml"):
        shutil.copy2(NOTEBOOKS / name, project / "notebooks" / name)
    shutil.copy2(ROOT / "jupytext.toml", project / "jupytext.toml")
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("JUPYTER", "JPY_", "IPYTHON"))
    }
    for name in ("home", "config", "data", "runtime", "ipython"):
        (base / name).mkdir()
    # a fresh profile would ask whether to fetch Jupyter news (a request leaving the machine)
    settings = base / "config" / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false"}')
    env.update(
        HOME=str(base / "home"),
        JUPYTER_CONFIG_DIR=str(base / "config"),
        JUPYTER_DATA_DIR=str(base / "data"),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        # the project's JupyterLab defaults, as `pip install` puts them into <prefix>/etc/jupyter
        JUPYTER_CONFIG_PATH=str(ROOT / "jupyter-config"),
        IPYTHONDIR=str(base / "ipython"),
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    env.pop("MPLBACKEND", None)  # the kernel's own default, as for a user
    port, token = _free_port(), secrets.token_hex(16)
    log = base / "server.log"
    cmd = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={project}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
        "--allow-root",
    ]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_until_up(f"{url}/api/status?token={token}", proc, log)
        yield {"url": url, "token": token, "project": project, "proc": proc, "log": log}
    finally:
        _stop(proc)
    assert proc.returncode is not None


def _cells(text: str) -> list[str]:
    """Split a percent-format source into its header and cells (each with its marker line)."""
    parts, current = [], []
    for line in text.splitlines(keepends=True):
        if line.startswith("# %%") and current:
            parts.append("".join(current))
            current = []
        current.append(line)
    parts.append("".join(current))
    return parts


def _shot(page, name: str) -> None:
    folder = os.environ.get("NK_LAB_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"jupyterlab-{name}.png"), full_page=False)


NOTEBOOK_JSON = "() => window.jupyterapp.shell.currentWidget.content.model.toJSON()"
DIRTY = "() => window.jupyterapp.shell.currentWidget.context.model.dirty"


def _save(page) -> None:
    page.evaluate("() => window.jupyterapp.commands.execute('docmanager:save')")
    page.wait_for_function(f"() => !{DIRTY[6:]}", timeout=15_000)


def test_explore_runs_and_saves_losslessly_in_jupyterlab(lab):
    from playwright.sync_api import sync_playwright

    source = lab["project"] / "notebooks" / "explore.py"
    original = source.read_bytes()
    started = time.monotonic()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(
                f"{lab['url']}/lab/tree/notebooks/explore.py?token={lab['token']}",
                wait_until="domcontentloaded",
            )
            # the project's default viewer: a notebook panel, not a text editor
            page.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=45_000)
            page.wait_for_function(
                "() => window.jupyterapp.shell.currentWidget?.sessionContext?.session?.kernel"
                "?.status === 'idle'",
                timeout=45_000,
            )
            assert page.locator(".jp-FileEditor").count() == 0, "opened as a text file"
            _shot(page, "opened")
            # JupyterLab marks a notebook modified once its kernel starts (so autosave writes
            # it): saving straight away must leave the file as it was
            _save(page)
            assert source.read_bytes() == original, "opening and saving changed the .py"

            page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
            page.wait_for_function(
                """() => {
                    const w = window.jupyterapp.shell.currentWidget;
                    const cells = w.content.model.toJSON().cells
                        .filter(c => c.cell_type === 'code');
                    return w.sessionContext.session.kernel.status === 'idle'
                        && cells.every(c => c.execution_count !== null);
                }""",
                timeout=90_000,
                polling=500,
            )
            notebook = page.evaluate(NOTEBOOK_JSON)
            code = [c for c in notebook["cells"] if c["cell_type"] == "code"]
            outputs = [o for c in code for o in c["outputs"]]
            failed = [o for o in outputs if o["output_type"] == "error"]
            assert not failed, failed[0]["ename"] + ": " + failed[0]["evalue"]
            html = "\n".join(
                "".join(o.get("data", {}).get("text/html", "")) for o in outputs if "data" in o
            )
            assert "Connections.csv" in html and "messages.csv" in html  # the parse report
            assert html.count("<table") >= 5  # the parse report, the tables, the rates
            assert "reply_rate" in html and " % (" in html  # rates with their intervals
            figures = [o for o in outputs if "image/png" in o.get("data", {})]
            assert len(figures) >= 2  # growth, reply rate by template
            # what a user sees: the parse report drawn as a table in the notebook
            page.locator(".jp-OutputArea-output table").first.scroll_into_view_if_needed()
            _shot(page, "run")

            _save(page)
            assert source.read_bytes() == original, "saving after a run changed the .py"
            assert not list(source.parent.glob("*.ipynb")), "a paired .ipynb was written"
            _shot(page, "saved")

            # one edit in one markdown cell, typed in the browser
            markdown = page.locator(".jp-MarkdownCell").nth(1)
            markdown.scroll_into_view_if_needed()
            markdown.dblclick()
            editor = markdown.locator(".cm-content")
            editor.wait_for(timeout=10_000)
            editor.click()
            page.keyboard.press("Control+End")
            page.keyboard.type(EDIT)
            page.keyboard.press("Shift+Enter")
            page.wait_for_function(DIRTY, timeout=10_000)
            _save(page)
            assert errors == [], errors
            context.close()
        except Exception:
            _shot(page, "failure")
            raise
        finally:
            browser.close()
    before, after = _cells(original.decode()), _cells(source.read_text(encoding="utf-8"))
    assert len(before) == len(after)
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    assert len(changed) == 1, changed
    assert EDIT.strip() in after[changed[0]] and EDIT.strip() not in before[changed[0]]
    assert after[changed[0]].startswith("# %% [markdown]")
    elapsed = time.monotonic() - started
    print(f"JupyterLab browser round-trip took {elapsed:.1f} s")
    assert elapsed < 150
