"""Running reports: their parameters, side-by-side rendering, and the run history.

:func:`run` is what ``networkkit report`` does: it builds each report's parameters (the
notebook's own defaults, read with papermill, plus the inputs), renders the reports in
parallel, and records each run's headline in the history with a fingerprint of its inputs.
"""

from __future__ import annotations

import ast
import concurrent.futures
import contextlib
import functools
import glob as globmod
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from networkkit import history
from networkkit.errors import ExportError, ParameterError, ReportError
from networkkit.prepare import (
    SAMPLE_OUTREACH,
    check_parameters,
    log_parts,
    sample_export,
    size_note,
)
from networkkit.reports._render import Rendered, build_notebook, notebook_source, render
from networkkit.reports._workdir import abandon_runs

__all__ = [
    "KINDS",
    "RunOutcome",
    "build_parameters",
    "notebook_defaults",
    "run",
    "window_words",
]

#: The reports ``networkkit report all`` renders.
KINDS = ("network", "outreach")


@functools.cache
def _declared(source: Path, mtime: float) -> dict[str, Any]:
    """Return the parameters cell of a jupytext source as name → default value.

    Read with papermill's own Python translator (what :func:`papermill.inspect_notebook`
    does), on the notebook in memory: nothing is written, so a run killed at this point
    leaves no file behind.
    """
    from papermill.translators import papermill_translators

    notebook = build_notebook(source)
    cell = next(
        (
            c
            for c in notebook.cells
            if c.cell_type == "code" and "parameters" in c.metadata.get("tags", [])
        ),
        None,
    )
    if cell is None:
        return {}
    translator = papermill_translators.find_translator("python3", "python")
    return {p.name: ast.literal_eval(p.default) for p in translator.inspect(cell)}


def notebook_defaults(kind: str) -> dict[str, Any]:
    """Return a report notebook's parameters with their defaults, read from the notebook.

    The notebook's ``parameters`` cell is the one place a default is written; this reads it
    with :func:`papermill.inspect_notebook`.

    Parameters
    ----------
    kind : str
        A key of :data:`networkkit.reports.NOTEBOOKS`.

    Returns
    -------
    dict
        Parameter name → default value, in the notebook's order.
    """
    source = notebook_source(kind)
    return dict(_declared(source, source.stat().st_mtime))


def _outreach_path(export: Any, outreach: Any, engine: str) -> str:
    if outreach and engine == "spark" and "://" in str(outreach):
        return str(outreach)  # a URL Spark reads (s3://…, hdfs://…), passed on as given
    if outreach:
        # HubSpot's email events and enrollments may come as two files (``a.csv:b.csv``)
        return os.pathsep.join(str(Path(p).resolve()) for p in log_parts(str(outreach)))
    if export is None and SAMPLE_OUTREACH.exists():
        return str(SAMPLE_OUTREACH)
    return ""


def build_parameters(
    kind: str,
    *,
    export: str | Path | None,
    outreach: str | Path | None,
    out_dir: str | Path,
    anonymize: bool = False,
    as_of: str = "",
    engine: str = "pandas",
    spark_master: str = "",
) -> dict[str, Any]:
    """Return exactly the parameters a report notebook is run with.

    The notebook's own defaults (:func:`notebook_defaults`), with the inputs set.

    Parameters
    ----------
    kind : str
        ``"network"``, ``"outreach"`` or ``"explore"``.
    export, outreach : str or Path or None
        Inputs as given (``None``: the bundled sample, see
        :func:`networkkit.prepare.sample_export`).
    out_dir : str or Path
        The reports folder (the history lives there).
    anonymize : bool
        Pseudonymise names.
    as_of : str
        When the data ends, ``""`` for the export's own.
    engine : {"pandas", "spark"}
        Engine of the outreach measures; with ``"spark"``, ``outreach`` may be a glob or a
        URL Spark reads (``s3://…``, ``hdfs://…``), passed on as given.
    spark_master : str
        Spark master URL for ``engine="spark"`` (``""``: ``SPARK_REMOTE``, else local).

    Returns
    -------
    dict
        Parameter name → value, every name of the notebook's ``parameters`` cell.

    Raises
    ------
    ValueError
        For an unknown report kind.
    """
    if kind not in ("network", "outreach", "explore"):
        raise ValueError(f"unknown report kind {kind!r}")
    params = notebook_defaults(kind)
    given = {
        "export_path": str(Path(export).resolve()) if export else sample_export(),
        "outreach_path": _outreach_path(export, outreach, engine),
        "as_of": as_of or "",
        "anonymize": bool(anonymize),
        "history_path": str((Path(out_dir) / "history.duckdb").resolve()),
        # explore's key beside the reports, like theirs: the same pseudonyms everywhere
        "key_path": str((Path(out_dir) / "anonymize.key").resolve()),
        "engine": engine,
        "spark_master": spark_master,
    }
    params.update({name: value for name, value in given.items() if name in params})
    return params


def _coerce(name: str, raw: str, current: Any) -> Any:
    """Read a parameter's value given as text, as the type of its default."""
    if isinstance(current, bool):
        lowered = raw.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise ParameterError(f"parameter {name} takes true or false, not {raw!r}")
    for kind, words in ((int, "a whole number"), (float, "a number")):
        if isinstance(current, kind):
            try:
                return kind(raw)
            except ValueError:
                raise ParameterError(f"parameter {name} takes {words}, not {raw!r}") from None
    return raw


def _override(
    plans: list[tuple[str, dict[str, Any]]], pairs: Sequence[Sequence[str]]
) -> list[tuple[str, dict[str, Any]]]:
    """Apply ``NAME VALUE`` pairs to every report that takes NAME (at least one must)."""
    out = [(kind, dict(params)) for kind, params in plans]
    for name, raw in pairs:
        takers = [params for _kind, params in out if name in params]
        if not takers:
            known = ", ".join(sorted({n for _kind, params in out for n in params}))
            raise ParameterError(f"unknown parameter {name!r}; the report takes: {known}")
        for params in takers:
            params[name] = _coerce(name, raw, params[name])
    return out


def _check(plans: list[tuple[str, dict[str, Any]]], *, record_history: bool) -> None:
    """Check every parameter against its range before any kernel starts (one sentence)."""
    for _kind, params in plans:
        if record_history and "history_path" in params and not params["history_path"]:
            raise ParameterError(
                "parameter history_path takes a file for the run history; to keep no "
                "history, pass --no-history instead of an empty path"
            )
        check_parameters(params)


@contextlib.contextmanager
def _signals_abandon_runs() -> Iterator[None]:
    """While reports run, SIGTERM or SIGINT first removes the runs' temporary files.

    The notebooks being executed hold personal data; their private folders go before the
    process ends as the signal says (kernels notice their parent is gone and stop). The
    previous handlers come back afterwards; outside the main thread nothing is installed.
    """

    def _abandon(signum: int, _frame: Any) -> None:
        abandon_runs()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _abandon) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _outreach_exists(path: str, engine: str) -> bool:
    """Whether an outreach log is there; for Spark a glob must match, a URL is not checked."""
    if Path(path).exists():
        return True
    if engine == "spark":
        return "://" in path or bool(globmod.glob(path))
    return False


@dataclass
class RunOutcome:
    """What became of one report of a :func:`run`.

    Attributes
    ----------
    kind : str
        The report.
    parameters : dict
        The parameters it was run with.
    rendered : Rendered or None
        Its files and headline; None when it failed.
    error : str or None
        Why it failed (one sentence), when it did.
    history_error : str or None
        Why its headline was not added to the history, when it was not (the report itself
        was written).
    notes : list of str
        What the run did on its own that the user should know, e.g. a history file that was
        not a history and was moved aside (one sentence each).
    """

    kind: str
    parameters: dict[str, Any]
    rendered: Rendered | None = None
    error: str | None = None
    history_error: str | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the report was written and its run recorded (where asked)."""
        return self.error is None and self.history_error is None


def _sources(kind: str, params: dict[str, Any]) -> list[str]:
    """Return the input files a run's fingerprint covers (a Spark glob: the files it matches)."""
    if kind == "network":
        return [params["export_path"]]
    sources = [params.get("outreach_path") or params["export_path"]]
    if kind == "outreach" and params.get("engine") == "spark":
        sources = sorted(globmod.glob(str(sources[0]))) or sources
    elif kind == "outreach" and params.get("outreach_path"):
        sources = log_parts(params["outreach_path"])  # each file of a HubSpot pair
    return sources


def window_words(params: dict[str, Any]) -> str:
    """Return a run's date window in words, as the history keeps it (``"all data"``)."""
    start, end = params.get("start_date") or "", params.get("end_date") or ""
    if not start and not end:
        return "all data"
    return f"{start or 'the beginning'} to {end or 'the end of the data'}"


def _record(outcome: RunOutcome) -> None:
    """Add a rendered run's headline to the history; say why not if it cannot be."""
    import duckdb

    params, rendered = outcome.parameters, outcome.rendered
    if rendered is None or not rendered.headline:
        return
    try:
        history.append(  # not record: the command line never imports pandas
            params["history_path"],
            kind=outcome.kind,
            fingerprint=history.fingerprint(_sources(outcome.kind, params)),
            measures=rendered.headline,
            scope=window_words(params),
        )
    except (OSError, duckdb.Error) as err:
        detail = (str(err).splitlines() or [type(err).__name__])[0]
        outcome.history_error = (
            f"{params['history_path']}: this {outcome.kind} run was not added to the history "
            f"({detail}); the report itself was written."
        )


def run(
    kinds: Sequence[str] = KINDS,
    *,
    export: str | Path | None = None,
    outreach: str | Path | None = None,
    out_dir: str | Path = "reports",
    anonymize: bool = False,
    as_of: str = "",
    engine: str = "pandas",
    spark_master: str = "",
    parameters: Sequence[Sequence[str]] = (),
    jobs: int = 0,
    progress: bool = True,
    record_history: bool = True,
    on_note: Callable[[str], None] | None = None,
) -> list[RunOutcome]:
    """Render reports side by side and record each run's headline in the history.

    Parameters
    ----------
    kinds : sequence of str
        The reports (keys of :data:`networkkit.reports.NOTEBOOKS`).
    export, outreach : str or Path or None
        The inputs (``None``: the bundled sample; see :func:`build_parameters`).
    out_dir : str or Path
        Folder for the reports and ``history.duckdb`` (created).
    anonymize : bool
        Pseudonymise names.
    as_of : str
        When the data ends (``""``: from the data).
    engine, spark_master : str
        The outreach engine and Spark master.
    parameters : sequence of (str, str)
        ``NAME VALUE`` pairs set on every report that takes NAME, the value given as text
        and read as the type of the notebook's default.
    jobs : int, default 0
        Reports rendered at the same time (0: one per core, at most one per report).
    progress : bool, default True
        Show papermill's progress bars.
    record_history : bool, default True
        Add each rendered run's headline to the history.
    on_note : callable, optional
        Called with each note (one sentence) as soon as it is known, before any report
        starts: a history moved aside, an input beyond the supported sizes. The notes are
        also in each :class:`RunOutcome`'s ``notes``.

    Returns
    -------
    list of RunOutcome
        One per report, in the order of ``kinds``.

    Raises
    ------
    ExportError
        When ``export`` or ``outreach`` is not there (before anything runs).
    ParameterError
        For an unknown parameter, a value that cannot be read or is out of its range
        (:func:`networkkit.prepare.check_parameters`), or a ``NETWORKKIT_NOTEBOOKS`` folder
        without the notebook.
    OSError
        When ``out_dir`` cannot be made.
    """
    if export is not None and not Path(export).exists():
        raise ExportError(
            "no such file or folder; pass a LinkedIn export zip or folder.", file=export
        )
    if outreach is not None and not _outreach_exists(str(outreach), engine):
        raise ExportError(
            "no such file; pass an outreach event log (CSV or Parquet).", file=outreach
        )
    if jobs < 0:
        raise ParameterError(f"jobs takes a count of 1 or more (0: automatic), not {jobs}")
    inputs = {"export": export, "outreach": outreach, "out_dir": out_dir, "anonymize": anonymize}
    plans = [
        (
            kind,
            build_parameters(
                kind, **inputs, as_of=as_of, engine=engine, spark_master=spark_master
            ),
        )
        for kind in kinds
    ]
    plans = _override(plans, parameters)
    _check(plans, record_history=record_history)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)  # refuse an unusable folder before any run
    notes: list[str] = []
    if record_history:  # a history that is not only data is moved aside before any run
        for path in sorted({p["history_path"] for _k, p in plans if p.get("history_path")}):
            said = history.check(path)
            if said:
                notes.append(f"{said}.")
    first = plans[0][1] if plans else {}
    beyond = size_note(
        first.get("export_path", ""),
        next((p.get("outreach_path", "") for _k, p in plans if p.get("outreach_path")), ""),
        engine=engine,
    )
    if beyond:
        notes.append(beyond[0].upper() + beyond[1:])
    for note in notes:
        if on_note is not None:
            on_note(note)
    workers = max(1, jobs or min(len(plans), os.cpu_count() or 1))
    # the reports are independent notebooks, each in its own kernel: run them side by side
    # (bad input surfaces from the notebook's first read as its ExportError's own sentence)
    with (
        _signals_abandon_runs(),
        concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool,
    ):
        futures = [
            pool.submit(render, kind, parameters=params, out_dir=out, progress=progress)
            for kind, params in plans
        ]
    outcomes = []
    for (kind, params), future in zip(plans, futures, strict=True):
        outcome = RunOutcome(kind=kind, parameters=params, notes=list(notes))
        try:
            outcome.rendered = future.result()
        except ReportError as err:
            outcome.error = str(err)
        if record_history:
            _record(outcome)
        outcomes.append(outcome)
    return outcomes
