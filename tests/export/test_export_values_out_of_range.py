"""A date no calendar holds, or one outside what a member's data can hold, is read as missing
and counted per file and column with its line; the rest of the export reads and measures
(issue: no single value kills a report)."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import networkkit as nk

ERA_2026 = Path(__file__).resolve().parents[1] / "fixtures" / "exports" / "export_2026"

#: file → (date column as exported, a line with a value to spoil, the spoiled values)
SPOILS = {
    "Connections.csv": ("Connected On", ["31 Feb 2024", "01 Jan 9999", "15 Mar 1601"]),
    "messages.csv": ("DATE", ["2024-02-30 10:00:00 UTC", "9999-12-31 23:59:59 UTC"]),
    "Invitations.csv": ("Sent At", ["2/31/24, 1:07 PM", "4/31/25, 11:59 PM"]),
    "Positions.csv": ("Started On", ["Jun 1500", "Jan 2999"]),
    "Education.csv": ("Start Date", ["1066", "9999"]),
    "Endorsement_Received_Info.csv": ("Endorsement Date", ["2024/02/31 14:51:07 UTC"]),
    "Recommendations_Received.csv": ("Creation Date", ["02/30/23, 05:28 AM"]),
}


def _spoil(folder: Path, name: str, value: str) -> None:
    """Put ``value`` in the first data row's date column of ``name`` (found by its header)."""
    path = folder / name
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    column = SPOILS[name][0]
    header = next(i for i, row in enumerate(rows) if column in row)
    rows[header + 1][rows[header].index(column)] = value
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


@pytest.mark.parametrize(
    ("name", "value"), [(n, v) for n, (_col, values) in SPOILS.items() for v in values]
)
def test_an_impossible_or_far_date_is_missing_and_counted(tmp_path, name, value):
    folder = tmp_path / "export"
    shutil.copytree(ERA_2026, folder)
    _spoil(folder, name, value)
    ex = nk.load_export(folder)
    row = ex.parse_report[ex.parse_report["file"] == name].iloc[0]
    assert "read as missing" in row["notes"], row["notes"]
    assert SPOILS[name][0] in row["notes"]
    assert "impossible dates such as 31 Feb" in row["notes"] or "outside 1900-2200" in row["notes"]
    # every date that was read is a real, plausible one
    for table in ("connections", "messages", "invitations", "positions", "education"):
        frame = getattr(ex, table)
        for col in frame.select_dtypes("datetimetz").columns:
            dates = frame[col].dropna()
            assert (dates >= pd.Timestamp("1900-01-01", tz="UTC")).all()
            assert (dates <= pd.Timestamp("2201-01-01", tz="UTC")).all()
    assert ex.as_of <= pd.Timestamp("2201-01-01", tz="UTC")
    # and the measures run on what was read
    for measure in ("growth", "invitations", "reciprocity", "freshness", "keep_warm"):
        getattr(nk.network, measure)(ex)
    nk.outreach.from_messages(ex)


def test_a_placeholder_date_in_the_export_name_is_not_when_the_data_ends(tmp_path):
    folder = tmp_path / "Complete_LinkedInDataExport_12-31-9999"
    shutil.copytree(ERA_2026, folder)
    ex = nk.load_export(folder)
    assert ex.as_of < pd.Timestamp("2100-01-01", tz="UTC")
    assert ex.inferred.as_of_from == "newest activity"


def test_summary_and_validate_say_it_in_words_not_a_traceback(tmp_path):
    folder = tmp_path / "export"
    shutil.copytree(ERA_2026, folder)
    _spoil(folder, "Connections.csv", "01 Jan 9999")
    _spoil(folder, "messages.csv", "9999-12-31 23:59:59 UTC")
    for command in ("summary", "validate"):
        run = subprocess.run(
            [sys.executable, "-m", "networkkit", command, str(folder)],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, run.stderr[-2000:]
        assert "Traceback" not in run.stderr
