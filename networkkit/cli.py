"""The ``networkkit`` command line: report, validate, summary, sample.

Exit codes: 0 done; 1 bad input or a failed report (one sentence, no traceback); 2 usage error.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import errno
import glob as globmod
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["SAMPLE_EXPORT", "SAMPLE_OUTREACH", "build_parameters", "main"]

from networkkit.reports import SAMPLE_EXPORT, SAMPLE_OUTREACH

_KINDS = ("network", "outreach")


class _UsageError(Exception):
    """A command-line mistake argparse cannot see (exit 2)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="networkkit",
        description="Measure your LinkedIn network and your outreach from a data export.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    rep = sub.add_parser(
        "report",
        help="render the network and/or outreach HTML report",
        description="Run the report notebooks and write self-contained HTML reports.",
    )
    rep.add_argument(
        "kind",
        nargs="?",
        choices=("network", "outreach", "all"),
        default="all",
        help="which report (default: all)",
    )
    rep.add_argument(
        "--export",
        metavar="PATH",
        help="LinkedIn export (zip or folder); default: the bundled sample",
    )
    rep.add_argument(
        "--outreach",
        metavar="PATH",
        help="outreach event log (CSV/Parquet); "
        "default: the bundled sample log without --export, else the export's "
        "messages",
    )
    rep.add_argument(
        "--out",
        metavar="DIR",
        default="reports",
        help="folder for the reports and history.duckdb (default: reports)",
    )
    rep.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter (repeatable)",
    )
    rep.add_argument(
        "--anonymize", action="store_true", help="replace names with stable pseudonyms"
    )
    rep.add_argument(
        "--as-of",
        metavar="DATE",
        default="",
        help="when the data ends (YYYY-MM-DD); default: from the export",
    )
    rep.add_argument(
        "--no-history", action="store_true", help="do not append this run to history.duckdb"
    )
    rep.add_argument(
        "--engine",
        choices=("pandas", "spark"),
        default="pandas",
        help="engine of the outreach measures: pandas (default), or spark: Spark reads "
        "--outreach (a Parquet or CSV file, folder or glob, e.g. 'events/*.parquet') and "
        "computes every aggregate",
    )
    rep.add_argument(
        "--spark-master",
        metavar="URL",
        default="",
        help="Spark master for --engine spark, e.g. spark://host:7077 (default: the Spark "
        "Connect server in SPARK_REMOTE when set, else local[*])",
    )
    rep.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        metavar="N",
        help="reports rendered at the same time (default: one per core, at most the number "
        "of reports; 1 renders them one after the other and needs half the memory)",
    )
    rep.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    rep.set_defaults(subparser=rep)

    val = sub.add_parser(
        "validate",
        help="print the parse report of an export",
        description="Read an export and print what was read from each file.",
    )
    val.add_argument("path", metavar="PATH")

    summ = sub.add_parser(
        "summary",
        help="headline measures in the terminal",
        description="Print an export's headline measures.",
    )
    summ.add_argument("path", metavar="PATH")

    sam = sub.add_parser(
        "sample",
        help="write a synthetic export",
        description="Write a realistic, fictional LinkedIn export.",
    )
    sam.add_argument("out_dir", metavar="OUT_DIR")
    sam.add_argument("--connections", type=int, default=None, metavar="N")
    sam.add_argument("--messages", type=int, default=None, metavar="N")
    sam.add_argument("--seed", type=int, default=None, metavar="S")
    sam.add_argument("--layout", default=None, help="export era: 2018, 2020, 2021, 2023, 2026")
    sam.add_argument(
        "--outreach", metavar="FILE", default=None, help="also write an outreach event log to FILE"
    )
    for sub_parser in (val, summ, sam):
        sub_parser.set_defaults(subparser=sub_parser)
    return parser


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
    """Return exactly the parameters the CLI passes to a report notebook.

    Parameters
    ----------
    kind : str
        ``"network"``, ``"outreach"`` or ``"explore"``.
    export, outreach : str or Path or None
        Inputs as given (``None``: the bundled sample, see :data:`SAMPLE_EXPORT`).
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
    """
    export_path = str(Path(export).resolve()) if export else str(SAMPLE_EXPORT)
    if outreach and engine == "spark" and "://" in str(outreach):
        outreach_path = str(outreach)
    elif outreach:
        outreach_path = str(Path(outreach).resolve())
    elif export is None and SAMPLE_OUTREACH.exists():
        outreach_path = str(SAMPLE_OUTREACH)
    else:
        outreach_path = ""
    common = {
        "export_path": export_path,
        "start_date": "",
        "end_date": "",
        "as_of": as_of or "",
        "anonymize": bool(anonymize),
        "top_n": 15,
        "history_path": str((Path(out_dir) / "history.duckdb").resolve()),
    }
    if kind == "network":
        return {**common, "annotations_path": ""}
    if kind == "outreach":
        return {
            **common,
            "outreach_path": outreach_path,
            "compare_by": "template",
            "reply_window_days": 30,
            "engine": engine,
            "spark_master": spark_master,
        }
    if kind == "explore":
        return {
            "export_path": export_path,
            "outreach_path": outreach_path,
            "anonymize": bool(anonymize),
            "as_of": as_of or "",
            # beside the reports, like theirs: the same pseudonyms in the notebook and reports
            "key_path": str((Path(out_dir) / "anonymize.key").resolve()),
        }
    raise ValueError(f"unknown report kind {kind!r}")


def _coerce(name: str, raw: str, current: Any) -> Any:
    if isinstance(current, bool):
        lowered = raw.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise _UsageError(f"parameter {name} takes true or false, not {raw!r}")
    if isinstance(current, int):
        try:
            return int(raw)
        except ValueError:
            raise _UsageError(f"parameter {name} takes a whole number, not {raw!r}") from None
    if isinstance(current, float):
        try:
            return float(raw)
        except ValueError:
            raise _UsageError(f"parameter {name} takes a number, not {raw!r}") from None
    return raw


def _override(
    plans: list[tuple[str, dict[str, Any]]], pairs: Sequence[Sequence[str]]
) -> list[tuple[str, dict[str, Any]]]:
    """Apply ``-p NAME VALUE`` to every report that takes NAME (at least one must)."""
    out = [(kind, dict(params)) for kind, params in plans]
    for name, raw in pairs:
        takers = [params for _kind, params in out if name in params]
        if not takers:
            known = ", ".join(sorted({n for _kind, params in out for n in params}))
            raise _UsageError(f"unknown parameter {name!r}; the report takes: {known}")
        for params in takers:
            params[name] = _coerce(name, raw, params[name])
    return out


def _check_date(name: str, value: str) -> None:
    import pandas as pd

    try:
        pd.Timestamp(value)
    except ValueError:
        raise _UsageError(f"{name} takes a date like 2026-11-22, not {value!r}") from None


def _os_error(err: OSError, out: str | None) -> str:
    """One sentence for an operating-system error while writing reports."""
    where = err.filename or out or "the output folder"
    if err.errno == errno.ENOSPC:
        return f"{where}: no space left on the device; free some space or choose another --out."
    if err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return f"{where}: cannot be written ({err.strerror}); choose another --out folder."
    if err.errno == errno.EEXIST:
        return f"{where}: is a file, not a folder; choose another --out folder."
    if err.errno == errno.ENOTDIR:
        return f"{where}: part of this path is a file, not a folder; choose another --out."
    if isinstance(err, TimeoutError) and not err.errno:
        return f"{where}: {err}."
    return f"{where}: {err.strerror or err}."


def _err(message: str) -> None:
    print(f"networkkit: {message}", file=sys.stderr)


def _outreach_exists(path: str, engine: str) -> bool:
    """Whether an outreach log is there; for Spark a glob must match, a URL is not checked."""
    if Path(path).exists():
        return True
    if engine == "spark":
        return "://" in path or bool(globmod.glob(path))
    return False


def _report(args: argparse.Namespace) -> int:
    import duckdb

    from networkkit import history
    from networkkit.reports import ReportError, render

    kinds = _KINDS if args.kind == "all" else (args.kind,)
    out_dir = Path(args.out)
    if args.export is not None and not Path(args.export).exists():
        _err(f"{args.export}: no such file or folder; pass a LinkedIn export zip or folder.")
        return 1
    if args.engine == "spark":
        if not args.outreach:
            raise _UsageError("--engine spark needs --outreach (a Parquet or CSV log)")
    elif args.spark_master:
        raise _UsageError("--spark-master needs --engine spark")
    if args.jobs < 0:
        raise _UsageError(f"--jobs takes a count of 1 or more (0: automatic), not {args.jobs}")
    if args.outreach is not None and not _outreach_exists(args.outreach, args.engine):
        _err(f"{args.outreach}: no such file; pass an outreach event log (CSV or Parquet).")
        return 1
    plans = [
        (
            kind,
            build_parameters(
                kind,
                export=args.export,
                outreach=args.outreach,
                out_dir=out_dir,
                anonymize=args.anonymize,
                as_of=args.as_of,
                engine=args.engine,
                spark_master=args.spark_master,
            ),
        )
        for kind in kinds
    ]
    plans = _override(plans, args.parameter)
    for _kind, params in plans:
        for name in ("start_date", "end_date", "as_of"):
            if params.get(name):
                _check_date(name, params[name])
    out_dir.mkdir(parents=True, exist_ok=True)  # refuse an unusable --out before any run
    jobs = args.jobs or min(len(plans), os.cpu_count() or 1)
    # the reports are independent notebooks, each in its own kernel: run them side by side
    # (bad input surfaces from the notebook's first read as its ExportError's own sentence)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [
            pool.submit(render, kind, parameters=params, out_dir=out_dir, progress=not args.quiet)
            for kind, params in plans
        ]
    failed = False
    said: set[str] = set()
    for (kind, params), future in zip(plans, futures, strict=True):
        try:
            result = future.result()
        except ReportError as err:
            if str(err) not in said:  # both reports of a bad export say the same sentence
                _err(str(err))
                said.add(str(err))
            failed = True
            continue
        if not args.no_history and result.headline:
            sources = (
                [params["export_path"]]
                if kind == "network"
                else [params.get("outreach_path") or params["export_path"]]
            )
            if kind == "outreach" and params.get("engine") == "spark":
                # a glob: the files it matches (a remote URL is taken by its name)
                sources = sorted(globmod.glob(str(sources[0]))) or sources
            try:
                history.record(
                    params["history_path"],
                    kind=kind,
                    fingerprint=history.fingerprint(sources),
                    measures=result.headline,
                )
            except (OSError, duckdb.Error) as err:
                detail = (str(err).splitlines() or [type(err).__name__])[0]
                _err(
                    f"{params['history_path']}: this {kind} run was not added to the history "
                    f"({detail}); the report itself was written."
                )
                failed = True
        print(f"{kind} report: {result.html}  ({result.seconds:.1f} s)")
    return 1 if failed else 0


def _validate(args: argparse.Namespace) -> int:
    import networkkit as nk

    ex = nk.load_export(args.path)
    report = ex.parse_report
    print(f"Export: {args.path}")
    print(f"Owner: {ex.owner.name or 'unknown'} (from {ex.owner.source})")
    print(f"Data ends (as of): {ex.as_of}")
    import pandas as pd

    with pd.option_context("display.width", 200, "display.max_colwidth", 80):
        print(report.to_string(index=False) if len(report) else "(no files read)")
    usable = any(len(getattr(ex, t)) for t in ("connections", "messages", "invitations"))
    if not usable:
        _err(
            f"{args.path}: no connections, messages or invitations could be read; "
            "check that this is a LinkedIn data export."
        )
        return 1
    return 0


def _summary(args: argparse.Namespace) -> int:
    import networkkit as nk
    from networkkit.reports import network_headline, network_results, prepare_export

    ex = prepare_export(nk.load_export(args.path))
    measures = network_headline(ex, network_results(ex))
    ends = "an unknown date" if ex.as_of is None else f"{ex.as_of:%Y-%m-%d}"
    print(f"{args.path}: export of {ex.owner.name or 'an unknown member'}, data up to {ends}")
    width = max(len(k) for k in measures)
    for name, value in measures.items():
        if value is None:
            shown = "not measurable from this export"
        elif "_share" in name or "_rate" in name or name == "initiative":
            shown = f"{100 * value:.1f} %"
        else:
            shown = f"{value:,.0f}"
        print(f"  {name.replace('_', ' '):<{width}}  {shown}")
    return 0


def _sample(args: argparse.Namespace) -> int:
    from networkkit import sample

    if args.layout is not None and args.layout not in sample.LAYOUTS:
        raise _UsageError(
            f"--layout takes one of {', '.join(sample.LAYOUTS)}, not {args.layout!r}"
        )
    for name in ("connections", "messages"):
        value = getattr(args, name)
        if value is not None and value < 0:
            raise _UsageError(f"--{name} takes a count of 0 or more, not {value}")
    kwargs: dict[str, Any] = {}
    for name in ("connections", "messages", "seed", "layout"):
        value = getattr(args, name)
        if value is not None:
            kwargs[name] = value
    info = sample.write_export(args.out_dir, **kwargs)
    print(
        f"sample export: {info.get('path', args.out_dir)} (layout {info.get('layout')}, "
        f"{info.get('connections')} connections, {info.get('messages')} messages, "
        f"{info.get('invitations')} invitations)"
    )
    if args.outreach:
        written = sample.write_events(
            args.outreach, **{k: v for k, v in kwargs.items() if k == "seed"}
        )
        print(f"sample outreach log: {written}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments without the program name; ``sys.argv[1:]`` by default.

    Returns
    -------
    int
        The exit code: 0 done, 1 bad input or failed report, 2 usage error.
    """
    from networkkit.errors import ExportError

    parser = _parser()
    args = parser.parse_args(argv)  # exits 2 on a usage error
    started = time.perf_counter()
    handlers = {
        "report": _report,
        "validate": _validate,
        "summary": _summary,
        "sample": _sample,
    }
    try:
        code = handlers[args.command](args)
    except BrokenPipeError:  # output piped into head and the like
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except _UsageError as err:
        getattr(args, "subparser", parser).error(str(err))  # exits 2
    except ExportError as err:
        _err(str(err))
        return 1
    except (FileNotFoundError, IsADirectoryError, PermissionError) as err:
        _err(f"{err.filename}: {err.strerror}.")
        return 1
    except OSError as err:  # full disk, read-only file system, a file where a folder should be
        _err(_os_error(err, getattr(args, "out", None)))
        return 1
    if args.command == "report":
        print(f"done in {time.perf_counter() - started:.1f} s")
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
