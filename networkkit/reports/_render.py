"""The one render path: jupytext source → papermill → nbconvert HTML → atomic write."""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from networkkit.errors import ExportError

if TYPE_CHECKING:
    import nbformat

__all__ = [
    "HEADLINE_MIME",
    "NOTEBOOKS",
    "Rendered",
    "ReportError",
    "failing_section",
    "notebook_source",
    "render",
    "to_html",
    "withhold_paths",
]

#: Report kind → notebook file name (jupytext percent source).
NOTEBOOKS: dict[str, str] = {
    "network": "network_report.py",
    "outreach": "outreach_report.py",
    "explore": "explore.py",
}

#: MIME type a notebook uses to hand its headline measures to the caller (see
#: :func:`networkkit.reports.publish_headline`); never shown in the HTML.
HEADLINE_MIME = "application/vnd.networkkit.headline+json"

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_REMOVE_CELL_TAGS = {"remove_cell", "remove-cell", "parameters", "injected-parameters"}
_REMOVE_INPUT_TAGS = {"hide-input", "hide_input", "remove_input", "remove-input"}


class ReportError(Exception):
    """A report could not be rendered; ``str(err)`` is one sentence naming the section.

    Parameters
    ----------
    message : str
        The sentence.
    section : str, optional
        The heading of the section whose cell failed.
    notebook : Path, optional
        The failed executed notebook kept for debugging.
    """

    def __init__(
        self,
        message: str,
        *,
        section: str | None = None,
        notebook: Path | None = None,
        bad_input: bool = False,
    ) -> None:
        super().__init__(message)
        self.section = section
        self.notebook = notebook
        self.bad_input = bad_input


def _input_error_names() -> set[str]:
    """Class names of the :class:`~networkkit.errors.ExportError` family (bad input)."""
    names, todo = set(), [ExportError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


@dataclass
class Rendered:
    """Paths and headline measures of one rendered report.

    Attributes
    ----------
    kind : str
        ``"network"``, ``"outreach"`` or ``"explore"``.
    html : Path
        The self-contained HTML report.
    notebook : Path
        The executed notebook kept beside it.
    headline : dict of str to float
        The headline measures the notebook published (for the history).
    seconds : float
        Wall time of execution and conversion.
    """

    kind: str
    html: Path
    notebook: Path
    headline: dict[str, float] = field(default_factory=dict)
    seconds: float = 0.0


def notebook_source(kind: str) -> Path:
    """Return the jupytext source of a report notebook.

    Looks in the folder named by the environment variable ``NETWORKKIT_NOTEBOOKS`` first (a
    team's own versions of the reports), then in the repository's ``notebooks/`` (an editable
    install or a checkout), then in a copy shipped inside the package
    (``networkkit/reports/notebooks``).

    Parameters
    ----------
    kind : str
        A key of :data:`NOTEBOOKS`.

    Returns
    -------
    pathlib.Path
        The ``.py`` file.

    Raises
    ------
    FileNotFoundError
        When neither place holds it.
    """
    name = NOTEBOOKS[kind]
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "notebooks" / name, here.parent / "notebooks" / name]
    custom = os.environ.get("NETWORKKIT_NOTEBOOKS")
    if custom:
        candidates.insert(0, Path(custom).expanduser() / name)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"the {kind} notebook ({name}) is not installed")


def _ipc_kernel_manager(folder: Path) -> type:
    """Return a kernel manager talking to its kernel over Unix sockets in ``folder``.

    The kernel holds a member's messages: local sockets in a private temporary folder keep
    them off the loopback network (and ipykernel's "TCP without encryption" warning off the
    terminal).
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class _IPCKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self) -> str:
            return "ipc"

        @default("ip")
        def _default_ip(self) -> str:
            return str(folder / "kernel")

    return _IPCKernelManager


#: Longest path a Unix socket may have (``sizeof(sockaddr_un.sun_path)`` is 108 on Linux,
#: 104 on macOS), with room for the ``/kernel-N`` names the kernel manager adds.
_SOCKET_PATH_MAX = 100


def _socket_folder(build: Path, stack: contextlib.ExitStack) -> Path:
    """Return ``build`` if its kernel sockets fit a Unix socket path, else a short private one.

    A long ``TMPDIR`` (CI runners, pytest, macOS) would otherwise make every kernel fail
    to bind; the fallback is a fresh ``0700`` folder under ``/tmp``, removed with ``stack``.
    """
    if len(str(build / "kernel-99999")) <= _SOCKET_PATH_MAX:
        return build
    return Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="nk-", dir="/tmp")))


def _atomic_write(path: Path, data: str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder + rename."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _heading(source: str) -> str | None:
    for line in source.splitlines():
        match = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if match:
            return match.group(1)
    return None


def failing_section(nb: nbformat.NotebookNode) -> tuple[int | None, str | None]:
    """Find the first cell with an error output and the heading of its section.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        An executed notebook.

    Returns
    -------
    index : int or None
        The failing cell's index, or ``None`` if no cell failed.
    section : str or None
        The nearest markdown heading above it (``None`` if there is none).
    """
    failed = None
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and any(
            out.get("output_type") == "error" for out in cell.get("outputs", [])
        ):
            failed = i
            break
    if failed is None:
        return None, None
    for cell in reversed(nb.cells[:failed]):
        if cell.cell_type == "markdown" and "papermill-error-cell-tag" not in cell.metadata.get(
            "tags", []
        ):
            heading = _heading(cell.source)
            if heading:
                return failed, heading
    return failed, None


def headline_of(nb: nbformat.NotebookNode) -> dict[str, float]:
    """Return the headline measures a notebook published (the last ones win).

    Parameters
    ----------
    nb : nbformat.NotebookNode
        An executed notebook.

    Returns
    -------
    dict of str to float
        Measure → value; empty when the notebook published none.
    """
    found: dict[str, float] = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if HEADLINE_MIME in data:
                payload = data[HEADLINE_MIME]
                if isinstance(payload, str):
                    payload = json.loads(payload)
                pairs = payload.items() if isinstance(payload, dict) else payload
                found.update({str(k): v for k, v in pairs})
    return found


#: What an anonymised report's kept notebook shows instead of an input or output path.
WITHHELD = "<withheld>"
_ASSIGNMENT = re.compile(r"^(\w+)\s*=.*$")


def withhold_paths(nb: nbformat.NotebookNode, parameters: dict[str, Any]) -> nbformat.NotebookNode:
    """Return a copy of ``nb`` with the values of its ``*_path`` parameters withheld.

    An anonymised report must not carry a real name, and paths often do
    (``/home/ana.ruiz/Downloads/…``). Papermill records the parameters twice: in the
    ``injected-parameters`` cell and in ``metadata.papermill.parameters``; both are rewritten.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook (not modified).
    parameters : dict
        The parameters it was executed with.

    Returns
    -------
    nbformat.NotebookNode
        The copy, every non-empty ``*_path`` value replaced by :data:`WITHHELD`.
    """
    import nbformat

    keys = {k for k, v in parameters.items() if k.endswith("_path") and isinstance(v, str) and v}
    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    if not keys:
        return nb
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            lines = []
            for line in cell.source.splitlines():
                match = _ASSIGNMENT.match(line)
                if match and match.group(1) in keys:
                    line = f"{match.group(1)} = {WITHHELD!r}"
                lines.append(line)
            cell.source = "\n".join(lines)
    recorded = nb.metadata.get("papermill", {}).get("parameters", {})
    for key in keys & set(recorded):
        recorded[key] = WITHHELD
    return nb


def to_html(nb: nbformat.NotebookNode) -> str:
    """Convert an executed notebook to self-contained HTML without input cells.

    Setup cells tagged ``remove_cell`` and the parameter cells are dropped, inputs are never
    shown, stderr output (warnings) is left out, and the template loads no script, stylesheet
    or font from anywhere: figures are embedded as data URIs.

    Parameters
    ----------
    nb : nbformat.NotebookNode
        The executed notebook (not modified).

    Returns
    -------
    str
        The HTML document.
    """
    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config

    nb = nbformat.from_dict(json.loads(json.dumps(nb)))
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [
                out
                for out in cell.outputs
                if not (out.get("output_type") == "stream" and out.get("name") == "stderr")
                and HEADLINE_MIME not in out.get("data", {})
            ]
    config = Config()
    config.TagRemovePreprocessor.enabled = True
    config.TagRemovePreprocessor.remove_cell_tags = set(_REMOVE_CELL_TAGS)
    config.TagRemovePreprocessor.remove_input_tags = set(_REMOVE_INPUT_TAGS)
    config.HTMLExporter.exclude_input = True
    config.HTMLExporter.exclude_input_prompt = True
    config.HTMLExporter.exclude_output_prompt = True
    config.HTMLExporter.embed_images = True
    exporter = HTMLExporter(
        config=config,
        extra_template_basedirs=[str(_TEMPLATES)],
        template_name="networkkit",
    )
    exporter.register_preprocessor(TagRemovePreprocessor(config=config), enabled=True)
    body, _resources = exporter.from_notebook_node(nb)
    return body


def render(
    kind: str,
    *,
    parameters: dict[str, Any],
    out_dir: str | Path,
    name: str | None = None,
    progress: bool = True,
    cwd: str | Path | None = None,
) -> Rendered:
    """Execute a report notebook with papermill and write its HTML, atomically.

    The jupytext source is built into a temporary ``.ipynb``, executed with ``parameters``,
    converted to HTML (:func:`to_html`) and written to ``out_dir/<name>.html`` through a
    temporary file and :func:`os.replace`; the executed notebook is kept beside it as
    ``<name>.ipynb``. If a cell fails, nothing is written but ``<name>.failed.ipynb`` (for
    debugging), any previous report stays untouched, and :class:`ReportError` names the
    failing section.

    Parameters
    ----------
    kind : str
        A key of :data:`NOTEBOOKS`.
    parameters : dict
        Passed to papermill; must match the notebook's ``parameters`` cell.
    out_dir : str or Path
        Folder for the report (created if missing).
    name : str, optional
        Base file name; the notebook's stem by default (``network_report``).
    progress : bool, default True
        Show papermill's progress bar on stderr.
    cwd : str or Path, optional
        Working directory of the kernel.

    Returns
    -------
    Rendered
        Paths, headline measures and timing.

    Raises
    ------
    ReportError
        When a cell fails (one sentence naming the section) or the kernel cannot run.
    """
    import time

    import jupytext
    import nbformat
    import papermill as pm

    started = time.perf_counter()
    source = notebook_source(kind)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = name or source.stem
    html_path = out / f"{stem}.html"
    nb_path = out / f"{stem}.ipynb"
    failed_path = out / f"{stem}.failed.ipynb"
    with (
        contextlib.ExitStack() as stack,
        tempfile.TemporaryDirectory(prefix="networkkit-build-") as build,
    ):
        built = Path(build) / f"{source.stem}.ipynb"
        executed = Path(build) / f"{stem}.executed.ipynb"
        notebook = jupytext.read(source)
        title = next(
            (_heading(c.source) for c in notebook.cells if c.cell_type == "markdown"), None
        )
        notebook.metadata["title"] = f"{title or stem} · {time.strftime('%Y-%m-%d')}"
        notebook.metadata["kernelspec"] = {
            "name": "python3",
            "display_name": "Python 3",
            "language": "python",
        }
        nbformat.write(notebook, built)
        extra: dict[str, Any] = {}
        if os.name == "posix":
            extra["kernel_manager_class"] = _ipc_kernel_manager(_socket_folder(Path(build), stack))
        try:
            pm.execute_notebook(
                str(built),
                str(executed),
                parameters=parameters,
                kernel_name="python3",
                progress_bar=progress,
                cwd=None if cwd is None else str(cwd),
                report_mode=False,
                **extra,
            )
        except pm.PapermillExecutionError as err:
            if err.ename in _input_error_names():
                # bad input (the notebook's first read of it): the error's own sentence,
                # which names the file and line; there is nothing to debug in the notebook
                raise ReportError(str(err.evalue), bad_input=True) from err
            kept = None
            if executed.exists():
                failed_nb = nbformat.read(executed, as_version=4)
                _atomic_write(failed_path, nbformat.writes(failed_nb))
                kept = failed_path
                _index, section = failing_section(failed_nb)
            else:
                section = None
            where = f"section “{section}”" if section else f"cell {err.exec_count}"
            raise ReportError(
                f"the {kind} report failed in {where}: {err.ename}: {err.evalue}"
                + (f" (executed notebook kept in {kept})" if kept else ""),
                section=section,
                notebook=kept,
            ) from err
        except Exception as err:  # kernel could not start, papermill I/O error, ...
            raise ReportError(
                f"the {kind} report could not be run: {type(err).__name__}: {err}"
            ) from err
        executed_nb = nbformat.read(executed, as_version=4)
        if parameters.get("anonymize"):
            executed_nb = withhold_paths(executed_nb, parameters)
        html = to_html(executed_nb)
        _atomic_write(nb_path, nbformat.writes(executed_nb))
        _atomic_write(html_path, html)
    with contextlib.suppress(FileNotFoundError):
        failed_path.unlink()
    return Rendered(
        kind=kind,
        html=html_path,
        notebook=nb_path,
        headline=headline_of(executed_nb),
        seconds=time.perf_counter() - started,
    )


#: The package's own folder: the sample ships inside it (package data), so an installed
#: wheel has it too; the repository's ``data/`` is a link to ``networkkit/data``.
_ROOT = Path(__file__).resolve().parents[1]
#: The bundled sample export the commands and notebooks use when given none.
SAMPLE_EXPORT = _ROOT / "data" / "sample"
#: The bundled sample outreach event log.
SAMPLE_OUTREACH = _ROOT / "data" / "sample_outreach.csv"


def sample_export() -> str:
    """Return the path of the bundled sample export (``networkkit/data/sample``)."""
    return str(SAMPLE_EXPORT)


def sample_outreach() -> str:
    """Return the path of the bundled sample outreach log (package data)."""
    return str(SAMPLE_OUTREACH)
