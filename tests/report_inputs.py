"""Inputs the report, CLI and browser tests share: small fictional exports of each shape."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd

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
    """A small current-layout export.

    With ``hostile``, the contact the owner exchanged most messages with is renamed
    ``<script>alert(1)</script> Hacker`` in every file, so the name reaches the report's lists.
    """
    out = root / ("hostile" if hostile else "small")
    sample.write_export(out, connections=80, seed=5)
    if hostile:
        connections = pd.read_csv(out / "Connections.csv", skiprows=3, dtype=str)
        messages = pd.read_csv(out / "messages.csv", dtype=str)
        known = set(connections["First Name"] + " " + connections["Last Name"])
        senders = messages["FROM"][messages["FROM"].isin(known)]
        first, last = senders.value_counts().index[0].split(" ", 1)
        for name in ("Connections.csv", "messages.csv", "Invitations.csv"):
            path = out / name
            text = path.read_text(encoding="utf-8")
            text = text.replace(f"{first},{last},", f"{HOSTILE_FIRST},Hacker,")
            text = text.replace(f"{first} {last}", f"{HOSTILE_FIRST} Hacker")
            path.write_text(text, encoding="utf-8")
    return out
