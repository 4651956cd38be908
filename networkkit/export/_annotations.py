"""The member's own met-in-person annotations: a small CSV read like every export file.

The file goes through the export reader (:func:`networkkit.export._csv.read_table`): the
same encodings (UTF-8 with or without a BOM, UTF-16), the same delimiters, and errors that
name the file and line.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from networkkit.errors import AnnotationError, ExportError
from networkkit.export._csv import read_table
from networkkit.export._keys import member_key

__all__ = ["read_annotations"]

_TRUE = {"yes", "y", "true", "1", "ja", "oui", "si", "sí"}
_FALSE = {"no", "n", "false", "0", "nei", "nee", "nein", "non"}
#: Normalised header (letters and digits only) → the column it is.
_COLUMNS = {
    "profileurl": "profile_url",
    "memberkey": "member_key",
    "metinperson": "met_in_person",
    "context": "context",
    "tags": "tags",
}


def _slug(urls: pd.Series) -> pd.Series:
    """Profile URL or slug → member key (the export reader's own rule)."""
    return member_key(pd.Series(urls, dtype="string")).astype("string")


def _read_file(path: str | Path) -> tuple[pd.DataFrame, list[str], np.ndarray]:
    """Read the annotation CSV: (text columns, headers as written, line of each row)."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise AnnotationError(
            "the annotation file does not exist; check the path.", file=name
        ) from None
    try:
        raw = read_table(data, name, match=None, strict=True, reload=lambda: data)
    except ExportError as err:
        raise AnnotationError(
            f"cannot read the annotation file as a UTF-8 CSV: {err.message}; save it as CSV "
            "UTF-8 with a header row.",
            file=name,
            line=err.line,
        ) from None
    frame = pd.DataFrame(
        {
            _COLUMNS.get(key, key): col.to_pandas().fillna("").astype(str)
            for key, col in raw.columns.items()
        }
    )
    lines = np.asarray(raw.row_lines()[: raw.rows], dtype="int64")
    if len(lines) != len(frame):  # a quoted line break the line count cannot follow
        lines = np.arange(len(frame)) + raw.header_line + 1
    return frame, raw.headers, lines


def read_annotations(annotations: str | Path | pd.DataFrame) -> pd.DataFrame:
    """Read the member's own met-in-person annotations.

    The file is a CSV the member keeps by hand, one row per person:

    ================  ==========================================================================
    column            meaning
    ================  ==========================================================================
    ``profile_url``   the person's LinkedIn profile URL (or give ``member_key``, the slug)
    ``member_key``    the profile slug, e.g. ``dana-lee-1a2b``; one of the two is required
    ``met_in_person`` ``yes``/``no``, ``true``/``false``, ``1``/``0`` (also ``y``/``n``, ``ja``/
                      ``nei``…), case-insensitive; required
    ``context``       optional: where or how you met ("NDC Oslo 2024")
    ``tags``          optional: your own labels, e.g. ``"mentor;ex-colleague"``
    ================  ==========================================================================

    It is read like an export file: UTF-8 (with or without a BOM) or UTF-16, comma, tab or
    semicolon delimited. Header names are matched ignoring case, spaces and punctuation.
    Blank rows are skipped.

    Parameters
    ----------
    annotations : str, pathlib.Path or pandas.DataFrame
        The CSV path, or a frame with the same columns.

    Returns
    -------
    pandas.DataFrame
        ``member_key`` (string), ``met`` (bool), ``context`` (string), ``tags`` (string),
        ``line`` (int, the 1-based line in the file), one row per member key (the last row
        wins when a key repeats).

    Raises
    ------
    AnnotationError
        A missing or unreadable file, a header without the required columns, or a row with
        no key or an unreadable ``met_in_person`` value — naming the file and line.
    """
    if isinstance(annotations, pd.DataFrame):
        name = "annotations"
        headers = [str(c) for c in annotations.columns]
        raw = annotations.astype(object).where(annotations.notna(), "").astype(str)
        raw = raw.rename(columns=lambda c: str(c).strip().lower().replace(" ", "_"))
        lines = np.arange(len(raw)) + 2
    else:
        name = str(annotations)
        raw, headers, lines = _read_file(annotations)
    if "met_in_person" not in raw.columns or not {"profile_url", "member_key"} & set(raw.columns):
        raise AnnotationError(
            "the header needs a 'met_in_person' column and a 'profile_url' or 'member_key' "
            f"column (found {headers}).",
            file=name,
            line=1,
        )
    raw = raw.reset_index(drop=True)
    line = pd.Series(lines, index=raw.index)
    text = raw.apply(lambda col: col.astype(str).str.strip())
    blank = (text == "").all(axis=1)
    text, line = text[~blank], line[~blank]
    key = pd.Series(pd.NA, index=text.index, dtype="string")
    if "member_key" in text:
        key = _slug(text["member_key"].mask(text["member_key"] == ""))
    if "profile_url" in text:
        key = key.fillna(_slug(text["profile_url"].mask(text["profile_url"] == "")))
    if key.isna().any():
        raise AnnotationError(
            "this row has neither a profile_url nor a member_key; fill one in or delete the row.",
            file=name,
            line=int(line[key.isna()].iloc[0]),
        )
    value = text["met_in_person"].str.lower()
    met = value.isin(_TRUE)
    known = met | value.isin(_FALSE)
    if not known.all():
        first = known.idxmin()
        raise AnnotationError(
            f"met_in_person is {text.loc[first, 'met_in_person']!r}; write yes or no "
            "(or true/false, 1/0).",
            file=name,
            line=int(line[first]),
            column="met_in_person",
        )
    out = pd.DataFrame(
        {
            "member_key": key,
            "met": met.astype(bool),
            "context": text.get("context", pd.Series("", index=text.index)),
            "tags": text.get("tags", pd.Series("", index=text.index)),
            "line": line.astype("int64"),
        }
    )
    for c in ("context", "tags"):
        out[c] = out[c].astype("string").mask(out[c] == "")
    return out.drop_duplicates("member_key", keep="last").reset_index(drop=True)
