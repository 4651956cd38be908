"""Inputs the report, CLI and browser tests share: small fictional exports of each shape."""

from __future__ import annotations

import shutil
from pathlib import Path

from networkkit import sample

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_EXPORT = ROOT / "data" / "sample"
SAMPLE_OUTREACH = ROOT / "data" / "sample_outreach.csv"

#: A connection whose name is markup: every report must show it as text and run nothing.
HOSTILE_FIRST = "<script>alert(1)</script>"


def connections_only(root: Path) -> Path:
    """An export folder holding only Connections.csv (a Basic export's minimum)."""
    full = root / "full"
    sample.write_export(full, connections=60, seed=7)
    only = root / "connections_only"
    only.mkdir()
    shutil.copy(full / "Connections.csv", only / "Connections.csv")
    return only


def export_2018(root: Path) -> Path:
    """An export folder in the 2018 layout (Messages.csv, UTF-16 files, 6-column connections)."""
    out = root / "export_2018"
    sample.write_export(out, connections=80, seed=3, layout="2018")
    return out


def small_export(root: Path, *, hostile: bool = False) -> Path:
    """A small current-layout export; with ``hostile``, one connection is named like markup."""
    out = root / ("hostile" if hostile else "small")
    sample.write_export(out, connections=80, seed=5)
    if hostile:
        path = out / "Connections.csv"
        text = path.read_text(encoding="utf-8")
        head, sep, rows = text.partition("First Name,Last Name,")
        first_row_end = rows.index("\n") + 1
        header, body = rows[:first_row_end], rows[first_row_end:]
        body = f'"{HOSTILE_FIRST}",Hacker,' + body.split(",", 2)[2]
        path.write_text(head + sep + header + body, encoding="utf-8")
    return out
