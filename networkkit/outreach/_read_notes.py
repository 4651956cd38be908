"""Values an event-log reader could not read: counted per file and column, never fatal.

A value no reader can make sense of (a time past 2200, a zone abbreviation several zones
use, a step of 1.5) becomes NA, and is counted here the way :func:`networkkit.load_export`
counts a LinkedIn export's unreadable cells (``Inference.unreadable``): one entry per file,
column and reason, with the number of cells and the first line (``file``, ``column``,
``cells``, ``first_line``, ``reason``). Entries here also say whether the rows were dropped
(``dropped``): a row whose thread, event or time cannot be read is no event at all, while an
unreadable optional value (a step, a positive flag) leaves its row in place.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

__all__ = ["first_line", "note", "sentence", "sentences"]

#: The attrs keys of a read log: the entries, and how many rows were dropped in all.
UNREADABLE_ATTR = "unreadable"
DROPPED_ATTR = "rows_dropped"


def first_line(df: pd.DataFrame, pos: int, file: str) -> int | None:
    """Return the file line of row ``pos`` of ``df`` (header is line 1) for CSV files.

    The row's index label is its row in the file (readers keep the index of the frame they
    read), so a subset of the rows still names the right line; None for Parquet and frames.
    """
    if file == "<frame>" or file.endswith((".parquet", ".pq")):
        return None
    label = df.index[pos]
    return int(label) + 2 if isinstance(label, (int, np.integer)) else None


def note(
    notes: list[dict[str, Any]] | None,
    df: pd.DataFrame,
    mask: Any,
    *,
    file: str,
    column: str,
    reason: str,
    dropped: bool,
) -> None:
    """Count the cells of ``df[column]`` where ``mask`` holds, with the first one's line.

    Parameters
    ----------
    notes : list of dict or None
        Where the entry is appended (nothing is recorded when None).
    df : pandas.DataFrame
        The rows as read (its index locates the lines).
    mask : array-like of bool
        The cells that could not be read.
    file, column : str
        Where they are.
    reason : str
        What they are, as a plural noun phrase ("times outside 1900-2200").
    dropped : bool
        Whether their rows were dropped (a required value), else the value became NA.
    """
    flags = np.asarray(pd.Series(mask).fillna(False), dtype=bool)
    if notes is None or not flags.any():
        return
    pos = int(np.flatnonzero(flags)[0])
    label = df.index[pos]
    line = first_line(df, pos, file)
    row = int(label) + 1 if isinstance(label, (int, np.integer)) else pos + 1
    notes.append(
        {
            "file": file,
            "column": column,
            "cells": int(flags.sum()),
            "first_line": line,
            # Parquet and frames have no lines: the row (from 1), for the sentence
            "first_row": row if line is None else None,
            "reason": reason,
            "dropped": dropped,
        }
    )


def sentence(entry: dict[str, Any]) -> str:
    """Say one entry in words, as the export's parse report does.

    Examples
    --------
    >>> sentence({"cells": 2, "reason": "steps that are no touch number", "column": "step",
    ...           "first_line": 4, "dropped": False})
    "2 steps that are no touch number in column 'step' read as missing (first on line 4)"
    """
    if entry.get("first_line") is not None:
        where = f"first on line {entry['first_line']}"
    else:
        where = f"first in row {entry.get('first_row') or 1}"
    fate = "left out with their rows" if entry.get("dropped") else "read as missing"
    return f"{entry['cells']} {entry['reason']} in column {entry['column']!r} {fate} ({where})"


def sentences(notes: list[dict[str, Any]]) -> str:
    """Join the entries' sentences with semicolons (``""`` when there are none)."""
    return "; ".join(sentence(n) for n in notes)
