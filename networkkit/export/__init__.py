"""Archive → tables: read a LinkedIn data export of any era into canonical DataFrames."""

from networkkit.export._load import load_export
from networkkit.export._model import Export, Owner
from networkkit.export._schema import TABLES, empty, frame

__all__ = ["TABLES", "Export", "Owner", "empty", "frame", "load_export"]
