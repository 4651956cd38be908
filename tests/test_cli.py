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


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        ([], "required"),
        (["report", "everything"], "invalid choice"),
        (["report", "-p", "colour", "blue"], "unknown parameter 'colour'"),
        (["report", "network", "-p", "compare_by", "template"], "unknown parameter"),
        (["report", "-p", "top_n", "many"], "top_n takes a whole number, not 'many'"),
        (["report", "-p", "anonymize", "maybe"], "anonymize takes true or false"),
        (["report", "--as-of", "2026-13-45"], "parameter as_of takes a date from 1900-01-01"),
        (["report", "-p", "end_date", "9999-12-31"], "parameter end_date takes a date from"),
        (["report", "-p", "as_of", "9999-12-31"], "parameter as_of takes a date from"),
        (["report", "-p", "start_date", "1899-12-31"], "parameter start_date takes a date"),
        (["report", "-p", "reply_window_days", "1000000000000"], "from 1 to 3,650"),
        (["report", "-p", "reply_window_days", "0"], "reply_window_days takes a whole number"),
        (["report", "-p", "top_n", "-5"], "parameter top_n takes a whole number from 1 to 1,000"),
        (["report", "-p", "top_n", "0"], "parameter top_n takes a whole number from 1 to 1,000"),
        (["report", "-p", "top_n", "1001"], "parameter top_n takes a whole number from 1"),
        (["report", "-p", "compare_by", "thread_id"], "compare_by takes the name of a column"),
        (["report", "-p", "history_path", ""], "pass --no-history instead of an empty path"),
        (["report", "-p", "annotations_path", "."], "annotations_path takes an existing CSV"),
        (["report", "-p", "annotations_path", "n" * 5000], "annotations_path takes"),
        (["sample", "out", "--connections", "ten"], "invalid int value"),
        (["sample", "out", "--layout", "1999"], "--layout takes one of 2018, 2020"),
        (["report", "--jobs", "-1"], "--jobs takes a count of 1 or more"),
    ],
)
def test_usage_errors_exit_2(capsys, argv, says):
    code, _out, err = _run(capsys, *argv)
    assert code == 2
    assert says in err
    assert "Traceback" not in err


def test_bad_input_exits_1_with_one_sentence(capsys, tmp_path):
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "notes.txt").write_text("not an export", encoding="utf-8")
    code, _out, err = _run(capsys, "validate", str(junk))
    assert code == 1
    assert err.startswith(f"networkkit: {junk}: no LinkedIn export file found")
    assert err.count("\n") == 1 and "Traceback" not in err

    code, _out, err = _run(capsys, "report", "--export", str(tmp_path / "missing.zip"))
    assert code == 1
    assert "missing.zip: no such file or folder" in err

    code, _out, err = _run(
        capsys, "report", "network", "--export", str(junk), "--out", str(tmp_path / "r")
    )
    assert code == 1 and "no LinkedIn export file found" in err
    assert not (tmp_path / "r" / "network_report.html").exists()

    # both reports of `all` (run side by side) fail on the same export: said once
    code, _out, err = _run(capsys, "report", "all", "--export", str(junk), "--out", str(tmp_path))
    said = [line for line in err.splitlines() if line.startswith("networkkit:")]
    assert code == 1 and len(said) == 1 and "no LinkedIn export file found" in said[0]
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
    assert len(said) == 1 and f"{log}, line 2" in said[0]
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
