"""Archive → tables: read a LinkedIn data export of any era into canonical DataFrames."""

from networkkit.export._annotations import read_annotations
from networkkit.export._archive import (
    MAX_MEMBER_BYTES,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    total_bytes_budget,
)
from networkkit.export._keys import member_key
from networkkit.export._load import load_export
from networkkit.export._model import Export, Inference, Owner
from networkkit.export._schema import TABLES, empty, frame

__all__ = [
    "MAX_MEMBER_BYTES",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "TABLES",
    "Export",
    "Inference",
    "Owner",
    "empty",
    "frame",
    "load_export",
    "member_key",
    "read_annotations",
    "total_bytes_budget",
]
