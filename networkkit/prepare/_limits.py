"""The input sizes networkkit supports on one machine, and the sentence said beyond them.

The figures are measured by ``make bench`` (``benchmarks/README.md``) on this project's 2-core,
24 GiB machine: an export of 30,000 connections, 1,000,000 messages and 20,000 invitations
(298 MiB of CSV files) and an outreach log of 1,000,000 threads (3.8 million events) gave
``report all`` in 38-40 s and 3.4 GiB at its peak. Beyond them a report still runs, but
:func:`size_note` says so before it starts, with what to do instead.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

__all__ = ["SUPPORTED", "size_note"]

MIB = 1024 * 1024

#: The largest inputs measured to report on one machine (see the module docstring).
SUPPORTED: dict[str, int] = {
    "export_bytes": 320 * MIB,  # CSV files of the export, uncompressed
    "events": 4_000_000,  # rows of an outreach log read on pandas
}


def _export_bytes(path: Path) -> int:
    """Uncompressed bytes of the CSV files of an export (zip or folder), without reading them."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*.csv") if p.is_file())
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            return sum(i.file_size for i in zf.infolist() if i.filename.lower().endswith(".csv"))
    return path.stat().st_size if path.is_file() else 0


def _event_rows(path: Path) -> int:
    """Rows of an outreach log: Parquet's own metadata, or a count of a CSV's line ends."""
    if path.suffix.lower() in {".parquet", ".pq"}:
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    rows = 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 22), b""):
            rows += chunk.count(b"\n")
    return rows


def size_note(export_path: str, outreach_path: str, *, engine: str = "pandas") -> str | None:
    """Return one sentence when an input is larger than :data:`SUPPORTED`, else None.

    Parameters
    ----------
    export_path : str
        The export (zip, folder or CSV); empty for none.
    outreach_path : str
        The outreach log read on pandas; empty for none (Spark reads any size).
    engine : str, default "pandas"
        The outreach engine; on ``"spark"`` the log is not looked at.

    Returns
    -------
    str or None
        What is beyond the measured sizes and what to do instead.
    """
    said = []
    export = Path(export_path) if export_path else None
    if export is not None and export.exists():
        size = _export_bytes(export)
        if size > SUPPORTED["export_bytes"]:
            said.append(
                f"the export holds {size / MIB:,.0f} MiB of CSV files, more than the "
                f"{SUPPORTED['export_bytes'] / MIB:,.0f} MiB measured to report in about 40 s "
                "and 3.4 GiB; expect longer runs and more memory, or narrow the window with "
                "-p start_date"
            )
    log = Path(outreach_path) if outreach_path and engine != "spark" else None
    if log is not None and log.is_file():
        rows = _event_rows(log)
        if rows > SUPPORTED["events"]:
            said.append(
                f"the outreach log holds about {rows:,} events, more than the "
                f"{SUPPORTED['events']:,} measured on one machine; use --engine spark or "
                "narrow the window with -p start_date"
            )
    return ("; ".join(said) + ".") if said else None
