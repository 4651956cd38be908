"""The networkkit command line: exit codes 0/1/2 with one-sentence messages, the report run
with its history, and a failing notebook that leaves the previous report untouched."""

from __future__ import annotations

import re

import jupytext
import pytest
from report_inputs import SAMPLE_EXPORT, small_export

from networkkit import history
from networkkit.cli import main
from networkkit.reports import notebook_source


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


_R = "networkkit report: error: "
_DATE = "takes a date from 1900-01-01 to 2200-12-31 (YYYY-MM-DD), or empty, not"
_CSV = "parameter annotations_path takes an existing CSV file (not a folder), or empty, not"


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        ([], "networkkit: error: the following arguments are required: COMMAND"),
        (
            ["report", "everything"],
            _R + "argument kind: invalid choice: 'everything' (choose from 'network', "
            "'outreach', 'all')",
        ),
        (
            ["report", "-p", "colour", "blue"],
            _R + "unknown parameter 'colour'; the report takes: annotations_path, anonymize, "
            "as_of, compare_by, end_date, engine, export_path, history_path, outreach_path, "
            "reply_window_days, spark_master, start_date, top_n",
        ),
        (
            ["report", "network", "-p", "compare_by", "template"],
            _R + "unknown parameter 'compare_by'; the report takes: annotations_path, "
            "anonymize, as_of, end_date, export_path, history_path, start_date, top_n",
        ),
        (
            ["report", "-p", "top_n", "many"],
            _R + "parameter top_n takes a whole number, not 'many'",
        ),
        (
            ["report", "-p", "anonymize", "maybe"],
            _R + "parameter anonymize takes true or false, not 'maybe'",
        ),
        (["report", "--as-of", "2026-13-45"], _R + f"parameter as_of {_DATE} '2026-13-45'"),
        (
            ["report", "-p", "end_date", "9999-12-31"],
            _R + f"parameter end_date {_DATE} '9999-12-31'",
        ),
        (["report", "-p", "as_of", "9999-12-31"], _R + f"parameter as_of {_DATE} '9999-12-31'"),
        (
            ["report", "-p", "start_date", "1899-12-31"],
            _R + f"parameter start_date {_DATE} '1899-12-31'",
        ),
        (
            ["report", "-p", "reply_window_days", "1000000000000"],
            _R + "parameter reply_window_days takes a whole number of days from 1 to 3,650, not "
            "1000000000000",
        ),
        (
            ["report", "-p", "reply_window_days", "0"],
            _R + "parameter reply_window_days takes a whole number of days from 1 to 3,650, not 0",
        ),
        (
            ["report", "-p", "top_n", "-5"],
            _R + "parameter top_n takes a whole number from 1 to 1,000, not -5",
        ),
        (
            ["report", "-p", "top_n", "0"],
            _R + "parameter top_n takes a whole number from 1 to 1,000, not 0",
        ),
        (
            ["report", "-p", "top_n", "1001"],
            _R + "parameter top_n takes a whole number from 1 to 1,000, not 1001",
        ),
        (
            ["report", "-p", "compare_by", "thread_id"],
            _R + "parameter compare_by takes the name of a column with a few categories "
            "(template, campaign, channel, sender, step; at most 50 groups), never an id, a "
            "time or an event, not 'thread_id'",
        ),
        (
            ["report", "-p", "history_path", ""],
            _R + "parameter history_path takes a file for the run history; to keep no history, "
            "pass --no-history instead of an empty path",
        ),
        (["report", "-p", "annotations_path", "."], _R + f"{_CSV} '.'"),
        # a long value is cut, so the sentence stays one line
        (["report", "-p", "annotations_path", "n" * 5000], _R + f"{_CSV} '{'n' * 56}…'"),
        (
            ["sample", "out", "--connections", "ten"],
            "networkkit sample: error: argument --connections: invalid int value: 'ten'",
        ),
        (
            ["sample", "out", "--layout", "1999"],
            "networkkit sample: error: --layout takes one of 2018, 2020, 2021, 2023, 2026, not "
            "'1999'",
        ),
        (
            ["report", "--jobs", "-1"],
            _R + "--jobs takes a count of 1 or more (0: automatic), not -1",
        ),
    ],
)
def test_usage_errors_exit_2(capsys, argv, says):
    code, _out, err = _run(capsys, *argv)
    assert code == 2
    # argparse's usage lines, then the one sentence
    assert err.splitlines()[-1] == says
    assert "Traceback" not in err


def test_bad_input_exits_1_with_one_sentence(capsys, tmp_path):
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("not an export", encoding="utf-8")
    no_export = (
        f"networkkit: {junk}: no LinkedIn export file found (such as Connections.csv or "
        "messages.csv); point at the export zip or its unpacked folder"
    )
    code, _out, err = _run(capsys, "validate", str(junk))
    assert code == 1
    assert err == no_export + "\n"

    code, _out, err = _run(capsys, "report", "--export", str(tmp_path / "missing.zip"))
    assert code == 1
    assert err == (
        f"networkkit: {tmp_path / 'missing.zip'}: no such file or folder; pass a LinkedIn "
        "export zip or folder.\n"
    )

    code, _out, err = _run(
        capsys, "report", "network", "--export", str(junk), "--out", str(tmp_path / "r")
    )
    said = [line for line in err.splitlines() if line.startswith("networkkit:")]
    assert code == 1 and said == [no_export]
    assert not (tmp_path / "r" / "network_report.html").exists()

    # both reports of `all` (run side by side) fail on the same export: said once
    code, _out, err = _run(capsys, "report", "all", "--export", str(junk), "--out", str(tmp_path))
    said = [line for line in err.splitlines() if line.startswith("networkkit:")]
    assert code == 1 and said == [no_export]
    assert not list(tmp_path.glob("*_report.*"))

    log = tmp_path / "log.csv"
    log.write_text(
        "thread_id,event,at\nt1,sent,soon\nt1,replied,later\n", encoding="utf-8"
    )  # no row can be read: nothing to report on
    code, _out, err = _run(
        capsys, "report", "outreach", "--outreach", str(log), "--out", str(tmp_path / "r")
    )
    assert code == 1
    # the log is first read in the notebook (behind papermill's progress bar): its one
    # sentence is the only message, naming file and line
    said = [line for line in err.splitlines() if line.startswith("networkkit:")]
    assert said == [
        f"networkkit: {log}, line 2, column 'at': has no row that can be read: values that are "
        "no date and time from 1900 to 2200 (2 cells); fix the values or write a canonical log"
    ]
    assert "Traceback" not in err
    assert not (tmp_path / "r" / "outreach_report.html").exists()
    assert not (tmp_path / "r" / "outreach_report.failed.ipynb").exists()


def test_validate_and_summary_on_the_sample(capsys):
    code, out, _err = _run(capsys, "validate", str(SAMPLE_EXPORT))
    assert code == 0
    assert "Connections.csv" in out and "messages.csv" in out and "Owner:" in out
    code, out, _err = _run(capsys, "summary", str(SAMPLE_EXPORT))
    assert code == 0
    assert re.search(r"connections\s+\d+", out)
    assert re.search(r"messaged share\s+\d+\.\d %", out)
    assert "@" not in out


def test_sample_writes_an_export(capsys, tmp_path):
    code, out, _err = _run(
        capsys,
        "sample",
        str(tmp_path / "s"),
        "--connections",
        "25",
        "--messages",
        "40",
        "--seed",
        "3",
    )
    assert code == 0
    assert f"sample export: {tmp_path / 's'} (layout 2026, 25 connections" in out
    text = (tmp_path / "s" / "Connections.csv").read_text(encoding="utf-8")
    rows = text.split("First Name,Last Name,", 1)[1].strip().splitlines()
    assert len(rows) == 1 + 25  # header + 25 connections


@pytest.mark.slow
def test_a_failing_notebook_names_its_section_and_keeps_the_previous_report(
    capsys, tmp_path, monkeypatch
):
    # (a successful `report all` through this CLI, with the history trend, is checked in
    # tests/test_browser.py, which opens its output in Chromium)
    export = small_export(tmp_path)
    out_dir = tmp_path / "reports"
    out_dir.mkdir()
    html_path = out_dir / "network_report.html"
    html_path.write_text("<html>last week's report</html>", encoding="utf-8")
    before = html_path.read_bytes()
    custom = tmp_path / "custom"
    custom.mkdir()
    source = jupytext.read(notebook_source("network"))
    params = next(c for c in source.cells if "parameters" in c.metadata.get("tags", []))
    failing = jupytext.reads(
        "# %% [markdown]\n# # Your network\n\n"
        f'# %% tags=["parameters"]\n{params.source}\n\n'
        "# %% [markdown]\n# ## Growth and composition\n\n"
        "# %%\nrates = {'a': 1}\nrates['b']\n",
        fmt="py:percent",
    )
    jupytext.write(failing, custom / "network_report.py", fmt="py:percent")
    monkeypatch.setenv("NETWORKKIT_NOTEBOOKS", str(custom))
    code, _out, err = _run(
        capsys, "report", "network", "--export", str(export), "--out", str(out_dir), "-q"
    )
    assert code == 1
    message = [line for line in err.splitlines() if line.startswith("networkkit:")]
    assert len(message) == 1
    assert "failed in section “Growth and composition”: KeyError" in message[0]
    assert "Traceback" not in err
    assert html_path.read_bytes() == before
    assert (out_dir / "network_report.failed.ipynb").exists()
    assert not (out_dir / "network_report.ipynb").exists()
    assert not [p for p in out_dir.iterdir() if p.name.endswith(".tmp")]
    assert history.load(out_dir / "history.duckdb").empty  # nothing recorded
