"""Where the bundled sample lives: the one place that knows it.

The commands and notebooks fall back on the sample when given no input; they ask
:func:`sample_export` and :func:`sample_outreach`, never a path of their own.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["SAMPLE_EXPORT", "SAMPLE_OUTREACH", "sample_export", "sample_outreach"]

#: The sample ships inside the package (package data), so an installed wheel has it too; the
#: repository's ``data/`` is a link to ``networkkit/data``.
_DATA = Path(__file__).resolve().parents[1] / "data"


def sample_export() -> str:
    """Return the path of the bundled sample export (a folder of LinkedIn CSV files)."""
    return str(_DATA / "sample")


def sample_outreach() -> str:
    """Return the path of the bundled sample outreach event log (a canonical CSV)."""
    return str(_DATA / "sample_outreach.csv")


#: The bundled sample export, as a Path (kept for callers of the constant).
SAMPLE_EXPORT = Path(sample_export())
#: The bundled sample outreach event log, as a Path.
SAMPLE_OUTREACH = Path(sample_outreach())
