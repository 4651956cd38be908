"""The one render path: jupytext source → papermill → nbconvert HTML → atomic write."""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import os
import re
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from networkkit.errors import CustomNotebookError, ExportError, ReportError
from networkkit.reports._workdir import (
    clean_leftovers,
    commit_together,
    private_folder,
    user_cache,
    write_file,
)

if TYPE_CHECKING:
    import nbformat

__all__ = [
    "HEADLINE_MIME",
    "NOTEBOOKS",
    "CustomNotebookError",
    "Rendered",
    "build_notebook",
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

    When the environment variable ``NETWORKKIT_NOTEBOOKS`` names a folder, the notebook is
    taken from there and nowhere else: those notebooks are **trusted code** (they run with
    the user's rights, like any Python script), and a folder that does not exist or lacks
    the notebook is an error, never a silent fallback to the built-in one. Otherwise the
    repository's ``notebooks/`` (an editable install or a checkout) is used, then a copy
    shipped inside the package (``networkkit/reports/notebooks``).

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
    CustomNotebookError
        When ``NETWORKKIT_NOTEBOOKS`` is set but its folder or the notebook is missing.
    FileNotFoundError
        When no built-in copy is installed.
    """
    name = NOTEBOOKS[kind]
    custom = os.environ.get("NETWORKKIT_NOTEBOOKS")
    if custom:
        folder = Path(custom).expanduser()
        if not folder.is_dir():
            raise CustomNotebookError(
                f"NETWORKKIT_NOTEBOOKS names {folder}, which is not a folder; "
                "set it to a folder of report notebooks or unset it"
            )
        if not (folder / name).is_file():
            raise CustomNotebookError(
                f"NETWORKKIT_NOTEBOOKS names {folder}, which holds no {name}; "
                "add it or unset NETWORKKIT_NOTEBOOKS"
            )
        return folder / name
    here = Path(__file__).resolve()
    for candidate in (here.parents[2] / "notebooks" / name, here.parent / "notebooks" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"the {kind} notebook ({name}) is not installed")


def build_notebook(source: Path) -> nbformat.NotebookNode:
    """Build a notebook from its jupytext source, set to run on the ``python3`` kernel.

    Parameters
    ----------
    source : pathlib.Path
        The jupytext percent ``.py`` file (:func:`notebook_source`).

    Returns
    -------
    nbformat.NotebookNode
        The notebook, not written anywhere.
    """
    import copy

    stat = source.stat()
    return copy.deepcopy(_parsed(str(source), stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=8)
def _parsed(source: str, _mtime_ns: int, _size: int) -> nbformat.NotebookNode:
    """Parse a jupytext source, once per version of the file.

    A parse is 0.1 s of CPU, and a run reads each notebook twice: for its parameters and to
    execute it.
    """
    import jupytext

    notebook = jupytext.read(source)
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    return notebook


def _kernel_manager(work: Path, sockets: Path | None) -> type:
    """Return the kernel manager of a report run.

    - The kernel imports nothing from its working directory or the export's folder:
      ``PYTHONSAFEPATH=1`` keeps Python (and IPython, which honours it) from putting the
      working directory on ``sys.path``, and the working directory is the run's private
      folder anyway (a ``matplotlib.py`` beside the command is never imported).
    - The kernel holds a member's messages: with ``sockets`` (POSIX) it talks over Unix
      sockets in a private folder, off the loopback network (and ipykernel's "TCP without
      encryption" warning off the terminal).
    """
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class _ReportKernelManager(AsyncKernelManager):
        if sockets is not None:

            @default("transport")
            def _default_transport(self) -> str:
                return "ipc"

            @default("ip")
            def _default_ip(self) -> str:
                return str(sockets / "kernel")

        @default("connection_file")
        def _default_connection_file(self) -> str:
            # in the run's private folder, not $TMPDIR: a killed run leaves nothing there
            return str(work / f"kernel-{os.getpid()}-{id(self)}.json")

        async def _async_interrupt_kernel(self) -> None:
            # jupyter_client sends SIGINT to every kernel before it shuts it down, even an
            # idle one, which printed "KeyboardInterrupt caught in kernel" on the terminal
            if not self.shutting_down:
                await super()._async_interrupt_kernel()

        async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
            env = dict(kw.get("env") or os.environ)
            env["PYTHONSAFEPATH"] = "1"
            kw["env"] = env
            kw["cwd"] = str(work)
            await super()._async_launch_kernel(kernel_cmd, **kw)

    return _ReportKernelManager


@functools.cache
def _engine() -> str:
    """Register (once) and name the papermill engine of a report run.

    Papermill's own engine writes (and validates) the whole executed notebook, figures
    included, before and after every cell: seconds of CPU on a report of a few MiB. This one
    writes it when execution starts (so the run's folder shows a notebook being executed),
    during a long cell as papermill autosaves, when a cell fails and at the end; not around
    every cell.
    """
    from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines

    class _Manager(NotebookExecutionManager):
        _quiet = False

        def save(self, **kwargs: Any) -> None:
            if not self._quiet:
                super().save(**kwargs)

        def cell_start(self, cell: Any, cell_index: Any = None, **kwargs: Any) -> None:
            self._quiet = True
            try:
                super().cell_start(cell, cell_index, **kwargs)
            finally:
                self._quiet = False

        def cell_complete(self, cell: Any, cell_index: Any = None, **kwargs: Any) -> None:
            self._quiet = True
            try:
                super().cell_complete(cell, cell_index, **kwargs)
            finally:
                self._quiet = False

    class _Engine(NBClientEngine):
        @classmethod
        def execute_notebook(
            cls,
            nb: Any,
            kernel_name: str,
            output_path: Any = None,
            progress_bar: Any = True,
            log_output: bool = False,
            autosave_cell_every: int = 30,
            **kwargs: Any,
        ) -> Any:
            # papermill's Engine.execute_notebook, with the manager above
            manager = _Manager(
                nb,
                output_path=output_path,
                progress_bar=progress_bar,
                log_output=log_output,
                autosave_cell_every=autosave_cell_every,
            )
            manager.notebook_start()
            try:
                cls.execute_managed_notebook(manager, kernel_name, log_output=log_output, **kwargs)
            finally:
                manager.cleanup_pbar()
                manager.notebook_complete()
            return manager.nb

    papermill_engines.register("networkkit", _Engine)
    return "networkkit"


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


_progress_lock = threading.Lock()
_progress_rows: set[int] = set()


@contextlib.contextmanager
def _progress_row() -> Any:
    """Hold the lowest terminal row no other running report's progress line uses."""
    with _progress_lock:
        row = next(i for i in itertools.count() if i not in _progress_rows)
        _progress_rows.add(row)
    try:
        yield row
    finally:
        with _progress_lock:
            _progress_rows.discard(row)


def progress_options(kind: str, row: int = 0) -> dict[str, Any]:
    """Return the tqdm options of one report's progress line: ``network report: cell 7/21``.

    Reports rendered side by side each get their own ``row``, so their lines never overwrite
    each other; a finished report's line is cleared (the command line then says where the
    report is), and off a terminal (a log file, CI) the line is not drawn at all
    (``disable=None``).

    Parameters
    ----------
    kind : str
        The report (``"network"``).
    row : int, default 0
        The terminal row, counted from the cursor.

    Returns
    -------
    dict
        Keyword arguments for :class:`tqdm.tqdm` (papermill's ``progress_bar``).
    """
    return {
        "desc": f"{kind} report",
        "unit": "cell",
        "position": row,
        "leave": False,
        "disable": None,
        "bar_format": "{desc}: cell {n_fmt}/{total_fmt} |{bar:20}| {elapsed}",
    }


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


def _finished(nb: nbformat.NotebookNode, parameters: dict[str, Any]) -> nbformat.NotebookNode:
    """Pass over a kept notebook last: scrub warnings, withhold paths when anonymised."""
    from networkkit.reports._outputs import clean_outputs

    if parameters.get("anonymize"):
        nb = withhold_paths(nb, parameters)
    return clean_outputs(nb, parameters)


def _said(sentence: str, parameters: dict[str, Any]) -> str:
    """Return an error sentence as the user reads it: scrubbed, paths labelled if anonymised."""
    from networkkit.prepare import scrub
    from networkkit.reports._outputs import path_labels, relabel, warning_text

    if not parameters.get("anonymize"):
        return scrub(sentence)
    return relabel(warning_text(sentence, anonymize=True), path_labels(parameters))


#: Opening tags nbconvert's HTML exporter makes focusable (``tabindex="0"``): each output,
#: so a keyboard reaches and scrolls it, and the input wrappers.
_FOCUSABLE = re.compile(
    r'<div class="(?:jp-Cell-inputWrapper|[^"<>]*\bjp-OutputArea-output\b[^"<>]*)"'
)

#: An ``<img>`` without alt text (a custom notebook's markdown image).
_IMG_WITHOUT_ALT = re.compile(r"<img\b(?![^>]*\balt=)")


@functools.cache
def _exporter_class() -> type:
    """Return nbconvert's HTML exporter, without the cost of its last step.

    :class:`nbconvert.HTMLExporter` ends by parsing the whole page with BeautifulSoup to mark
    outputs focusable and give images without alt text one, then writes the page out again:
    0.4–0.6 s of CPU per report, about a third of the conversion. Both marks are made here
    on the template's own tags; the page is otherwise the template's output unchanged. Its
    templates are compiled once and kept (:func:`~networkkit.reports._workdir.user_cache`).
    """
    from nbconvert import HTMLExporter
    from nbconvert.exporters.templateexporter import TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class _ReportExporter(HTMLExporter):
        def _create_environment(self) -> Any:
            # the templates compiled once, kept between runs (about 0.3 s of CPU a report)
            from jinja2 import FileSystemBytecodeCache

            environment = super()._create_environment()
            folder = user_cache("templates")
            with contextlib.suppress(OSError):
                folder.mkdir(parents=True, exist_ok=True)
                if os.access(folder, os.W_OK):
                    environment.bytecode_cache = FileSystemBytecodeCache(str(folder))
            return environment

        def from_notebook_node(
            self, nb: Any, resources: dict[str, Any] | None = None, **kw: Any
        ) -> tuple[str, dict[str, Any]]:
            info = nb.metadata.get("language_info", {})
            lexer = info.get("pygments_lexer", info.get("name"))
            highlight = self.filters.get("highlight_code") or Highlight2HTML(
                pygments_lexer=lexer, parent=self
            )
            self.register_filter("highlight_code", highlight)
            resources = self._init_resources(resources)
            self.register_filter(
                "filter_data_type",
                WidgetsDataTypeFilter(
                    notebook_metadata=self._nb_metadata, parent=self, resources=resources
                ),
            )
            page, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            page = _FOCUSABLE.sub(lambda m: f'{m.group(0)} tabindex="0"', page)
            page = _IMG_WITHOUT_ALT.sub('<img alt="A figure without a description"', page)
            return page, resources

    return _ReportExporter


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
    exporter = _exporter_class()(
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
        Show a labelled progress line on stderr when it is a terminal
        (:func:`progress_options`).
    cwd : str or Path, optional
        Working directory papermill runs in (the kernel itself always starts in the run's
        private folder, with ``PYTHONSAFEPATH=1``).

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

    import nbformat
    import papermill as pm

    started = time.perf_counter()
    source = notebook_source(kind)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    clean_leftovers(out)
    stem = name or source.stem
    html_path = out / f"{stem}.html"
    nb_path = out / f"{stem}.ipynb"
    failed_path = out / f"{stem}.failed.ipynb"
    with contextlib.ExitStack() as stack:
        # every temporary file of the run, and the kernel's working directory, in a private
        # folder inside the output folder (never $TMPDIR): see networkkit.reports._workdir
        work = stack.enter_context(private_folder(out))
        built = work / f"{source.stem}.ipynb"
        executed = work / f"{stem}.executed.ipynb"
        notebook = build_notebook(source)
        title = next(
            (_heading(c.source) for c in notebook.cells if c.cell_type == "markdown"), None
        )
        notebook.metadata["title"] = f"{title or stem} · {time.strftime('%Y-%m-%d')}"
        nbformat.write(notebook, built)
        sockets = _socket_folder(work, stack) if os.name == "posix" else None
        row = stack.enter_context(_progress_row())
        try:
            pm.execute_notebook(
                str(built),
                str(executed),
                parameters=parameters,
                kernel_name="python3",
                progress_bar=progress_options(kind, row) if progress else False,
                cwd=None if cwd is None else str(cwd),
                report_mode=False,
                kernel_manager_class=_kernel_manager(work, sockets),
                engine_name=_engine(),
                # every output is in by then: the kernel's process group (with any process
                # it started, a Spark JVM) is killed, not asked to exit, which took 1 s
                shutdown_kernel="immediate",
            )
        except pm.PapermillExecutionError as err:
            if err.ename in _input_error_names():
                # bad input (the notebook's first read of it): the error's own sentence,
                # which names the file and line; there is nothing to debug in the notebook
                raise ReportError(_said(str(err.evalue), parameters), bad_input=True) from err
            kept = None
            if executed.exists():
                failed_nb = _finished(nbformat.read(executed, as_version=4), parameters)
                pending = write_file(work, failed_path.name, nbformat.writes(failed_nb))
                os.replace(pending, failed_path)
                kept = failed_path
                _index, section = failing_section(failed_nb)
            else:
                section = None
            where = f"section “{section}”" if section else f"cell {err.exec_count}"
            raise ReportError(
                f"the {kind} report failed in {where}: {err.ename}: "
                + _said(str(err.evalue), parameters)
                + (f" (executed notebook kept in {kept})" if kept else ""),
                section=section,
                notebook=kept,
            ) from err
        except Exception as err:  # kernel could not start, papermill I/O error, ...
            raise ReportError(
                f"the {kind} report could not be run: {type(err).__name__}: "
                + _said(str(err), parameters)
            ) from err
        executed_nb = _finished(nbformat.read(executed, as_version=4), parameters)
        html = to_html(executed_nb)
        # the notebook and its HTML land together, or neither does
        commit_together(
            work,
            out,
            stem,
            [
                (write_file(work, nb_path.name, nbformat.writes(executed_nb)), nb_path),
                (write_file(work, html_path.name, html), html_path),
            ],
        )
    with contextlib.suppress(FileNotFoundError):
        failed_path.unlink()
    return Rendered(
        kind=kind,
        html=html_path,
        notebook=nb_path,
        headline=headline_of(executed_nb),
        seconds=time.perf_counter() - started,
    )
