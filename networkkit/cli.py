"""The ``networkkit`` command line: report, validate, summary, sample.

Exit codes: 0 done; 1 bad input or a failed report (one sentence, no traceback); 2 usage error.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from networkkit.prepare import SAMPLE_EXPORT, SAMPLE_OUTREACH
    from networkkit.reports import build_parameters

__all__ = ["SAMPLE_EXPORT", "SAMPLE_OUTREACH", "build_parameters", "main"]

# Nothing heavy (pandas, matplotlib, the report stack) is imported before the arguments are
# parsed: --help and usage errors answer at once. Each command imports what it needs.


def __getattr__(name: str) -> Any:
    if name in {"SAMPLE_EXPORT", "SAMPLE_OUTREACH"}:
        from networkkit import prepare

        return getattr(prepare, name)
    if name == "build_parameters":
        from networkkit.reports import build_parameters

        return build_parameters
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
        epilog=(
            "NETWORKKIT_NOTEBOOKS=FOLDER runs your own versions of the report notebooks from "
            "FOLDER instead of the built-in ones. They are trusted code: they run with your "
            "rights, like any Python script, so point it only at notebooks you would run "
            "yourself. A folder that is missing or lacks a notebook is an error (exit 2)."
        ),
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
        help="outreach event log (CSV/Parquet; its tool is recognised by its header); "
        "HubSpot's email events and sequence enrollments together as two files joined by "
        f"'{os.pathsep}'; default: the bundled sample log without --export, else the "
        "export's messages",
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


def _on_out_path(err: OSError, out: str | None) -> bool:
    """Whether ``err`` names the output folder, a folder above it or a file inside it."""
    if not out or not err.filename:
        return False
    failed, target = Path(os.fsdecode(err.filename)).absolute(), Path(out).absolute()
    return target.is_relative_to(failed) or failed.is_relative_to(target)


def _skip_iri_grammar() -> None:
    """Keep jsonschema from compiling an IRI grammar nothing here uses (about 3 s of CPU).

    nbformat validates notebooks with jsonschema, and jsonschema, when the optional
    ``rfc3987_syntax`` is installed (JupyterLab's dependencies bring it), builds 38 Earley
    parsers of RFC 3987 at import, for the ``iri`` formats. No notebook schema uses them and
    format checks are off in nbformat, so the command-line process marks the module as absent
    (jsonschema then leaves those two formats unchecked). Only this process: a library user's
    interpreter is left as it is.
    """
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


def _err(message: str) -> None:
    print(f"networkkit: {message}", file=sys.stderr)


def _report(args: argparse.Namespace) -> int:
    from networkkit.errors import ParameterError
    from networkkit.reports import KINDS, run

    if args.engine == "spark":
        if not args.outreach:
            raise _UsageError("--engine spark needs --outreach (a Parquet or CSV log)")
    elif args.spark_master:
        raise _UsageError("--spark-master needs --engine spark")
    if args.jobs < 0:
        raise _UsageError(f"--jobs takes a count of 1 or more (0: automatic), not {args.jobs}")
    try:
        outcomes = run(
            KINDS if args.kind == "all" else (args.kind,),
            export=args.export,
            outreach=args.outreach,
            out_dir=args.out,
            anonymize=args.anonymize,
            as_of=args.as_of,
            engine=args.engine,
            spark_master=args.spark_master,
            parameters=args.parameter,
            jobs=args.jobs,
            progress=not args.quiet,
            record_history=not args.no_history,
            on_note=_err,
        )
    except ParameterError as err:
        raise _UsageError(str(err)) from None
    said: set[str] = set()
    for outcome in outcomes:
        for problem in (outcome.error, outcome.history_error):
            if problem and problem not in said:  # both reports of a bad export say the same
                _err(problem)
                said.add(problem)
        if outcome.rendered is not None:
            done = outcome.rendered
            print(f"{outcome.kind} report: {done.html}  ({done.seconds:.1f} s)")
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def _validate(args: argparse.Namespace) -> int:
    from networkkit.export import load_export

    ex = load_export(args.path)
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
    from networkkit import network
    from networkkit.export import load_export
    from networkkit.prepare import prepare_export

    ex = prepare_export(load_export(args.path))
    measures = network.network_headline(ex, network.network_results(ex))
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

    if args.layout is not None and args.layout not in sample.ERAS:
        raise _UsageError(f"--layout takes one of {', '.join(sample.ERAS)}, not {args.layout!r}")
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
    _skip_iri_grammar()
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
        if isinstance(err, PermissionError) and _on_out_path(err, getattr(args, "out", None)):
            _err(_os_error(err, args.out))  # the output folder, not an input: say what to do
        else:
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
