"""Spreadsheet-style damage to an export folder, as a member editing their files does it.

Each operation reads a CSV file of the folder (any encoding LinkedIn used, with its preamble),
changes it and writes it back the same way. Used by ``test_chaos.py``.
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from pathlib import Path

#: Canonical tables' files, by the name the loader gives them (see networkkit.export).
CORE = (
    "Connections.csv",
    "messages.csv",
    "Messages.csv",
    "Invitations.csv",
    "Profile.csv",
    "Positions.csv",
    "Education.csv",
    "Skills.csv",
    "Endorsement_Received_Info.csv",
    "Endorsement Received Info.csv",
    "Endorsement_Given_Info.csv",
    "Recommendations_Received.csv",
    "Recommendations_Given.csv",
)


@dataclass
class CsvFile:
    """A CSV file as text parts: its encoding, delimiter, preamble, header and rows."""

    path: Path
    encoding: str
    delimiter: str
    preamble: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> CsvFile | None:
        data = path.read_bytes()
        if data.startswith(b"\xff\xfe"):
            encoding, text = "utf-16", data.decode("utf-16")
        else:
            encoding, text = "utf-8", data.decode("utf-8")
        delimiter = "\t" if text.split("\n", 1)[0].count("\t") else ","
        preamble = ""
        if text.startswith("Notes:"):
            # Connections.csv since 2021: a note, a blank line, then the header
            cut = text.index("\n\n") + 2
            preamble, text = text[:cut], text[cut:]
        table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
        if not table or not table[0]:
            return None
        return cls(path, encoding, delimiter, preamble, table[0], table[1:])

    def write(self) -> None:
        buf = io.StringIO()
        quoting = csv.QUOTE_ALL if self.encoding == "utf-16" else csv.QUOTE_MINIMAL
        writer = csv.writer(buf, delimiter=self.delimiter, lineterminator="\n", quoting=quoting)
        writer.writerow(self.header)
        writer.writerows(self.rows)
        text = self.preamble + buf.getvalue()
        data = text.encode("utf-16") if self.encoding == "utf-16" else text.encode("utf-8")
        self.path.write_bytes(data)


def core_files(folder: Path) -> list[Path]:
    """The canonical tables' files in a folder, sorted."""
    return sorted(p for p in folder.iterdir() if p.name in CORE)


def blank_cells(folder: Path, rnd: random.Random, share: float) -> None:
    """Blank a share of the cells of every column (FROM, URLs, dates included) of a file."""
    target = CsvFile.read(rnd.choice(core_files(folder)))
    if target is None:
        return
    for row in target.rows:
        for i in range(len(row)):
            if rnd.random() < share:
                row[i] = ""
    target.write()


def duplicate_rows(folder: Path, rnd: random.Random) -> None:
    """Repeat a few rows of a file (a paste done twice)."""
    target = CsvFile.read(rnd.choice(core_files(folder)))
    if target is None or not target.rows:
        return
    for _ in range(rnd.randint(1, 3)):
        target.rows.insert(rnd.randrange(len(target.rows) + 1), list(rnd.choice(target.rows)))
    target.write()


def reorder_columns(folder: Path, rnd: random.Random) -> None:
    """Move the columns of a file into another order (header and rows alike)."""
    target = CsvFile.read(rnd.choice(core_files(folder)))
    if target is None:
        return
    order = list(range(len(target.header)))
    rnd.shuffle(order)
    target.header = [target.header[i] for i in order]
    target.rows = [[r[i] if i < len(r) else "" for i in order] for r in target.rows]
    target.write()


def rename_header(folder: Path, rnd: random.Random) -> Path | None:
    """Rename one header of a file to a name no layout knows; return the file."""
    path = rnd.choice(core_files(folder))
    target = CsvFile.read(path)
    if target is None:
        return None
    i = rnd.randrange(len(target.header))
    target.header[i] = f"My column {i}"
    target.write()
    return path


def delete_file(folder: Path, rnd: random.Random) -> None:
    """Delete one file, keeping at least one canonical table."""
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    core = core_files(folder)
    choices = [p for p in files if p not in core or len(core) > 1]
    if choices:
        rnd.choice(choices).unlink()


def add_unrelated(folder: Path, rnd: random.Random) -> None:
    """Add files that are no part of an export (notes, a spreadsheet of one's own)."""
    (folder / "notes.txt").write_text("call Dana back on Monday\n", encoding="utf-8")
    (folder / f"My contacts {rnd.randint(1, 9)}.csv").write_text(
        "Who,When\nDana,2024-01-01\n", encoding="utf-8"
    )


def add_copy(folder: Path, rnd: random.Random) -> Path:
    """Add a second copy of one table under another name LinkedIn's reader accepts."""
    path = rnd.choice(core_files(folder))
    copy = path.with_name(path.stem + "_2" + path.suffix)
    copy.write_bytes(path.read_bytes())
    return copy
