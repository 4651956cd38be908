"""Helpers for the export tests: build zips and folders from the text fixtures at test time."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

EXPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "exports"


def fixture(name: str) -> Path:
    """Path of a committed fixture export folder."""
    return EXPORTS / name


def zip_folder(folder: Path, target: Path, *, prefix: str = "") -> Path:
    """Zip a folder's files (no folder entries, like LinkedIn), optionally one folder down."""
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, prefix + path.relative_to(folder).as_posix())
    return target


def copy_fixture(name: str, target: Path) -> Path:
    """Copy a fixture folder to ``target`` (to modify it in a test)."""
    shutil.copytree(fixture(name), target)
    return target


def write(folder: Path, name: str, text: str, *, encoding: str = "utf-8") -> Path:
    """Write a file below ``folder`` (creating it) with exact bytes (no newline translation)."""
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
